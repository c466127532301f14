package fullbill

// WRONG: the arithmetic is done in float32, which keeps about 7 digits:
// not enough for the cents of a large bill.

import "math"

func gb32(f Function) float32 {
	mem := f.MemoryMB
	if mem == 0 {
		mem = 128
	}
	return float32(f.Invocations) * (float32(f.AvgDurationMs) / 1000) * (float32(mem) / 1024)
}

func cents32(usd float32) float64 { return math.Round(float64(usd)*100) / 100 }

func MonthlyBill(fns []Function) Bill {
	var requests int
	var x86, arm float32
	for _, f := range fns {
		requests += f.Invocations
		if f.Arch == ARM64 {
			arm += gb32(f)
		} else {
			x86 += gb32(f)
		}
	}
	var req float32
	if requests > 1_000_000 {
		req = float32(requests-1_000_000) * 0.20 / 1_000_000
	}
	free := float32(400_000)
	var x86Billed, armBilled float32
	if x86 > free {
		x86Billed, free = x86-free, 0
	} else {
		free -= x86
	}
	if arm > free {
		armBilled = arm - free
	}
	compute := x86Billed*0.0000166667 + armBilled*0.0000133334
	b := Bill{RequestsUSD: cents32(req), ComputeUSD: cents32(compute)}
	b.TotalUSD = b.RequestsUSD + b.ComputeUSD
	return b
}

func BreakEven(serverMonthlyUSD, avgDurationMs float64, memoryMB int) int {
	each := float64(gb32(Function{Invocations: 1, AvgDurationMs: avgDurationMs, MemoryMB: memoryMB}))
	over := func(n int) bool {
		c := math.Max(0, float64(n)-1e6)*0.2e-6 + math.Max(0, float64(n)*each-400000)*0.0000166667
		return c > serverMonthlyUSD
	}
	hi := 1
	for !over(hi) {
		hi *= 2
	}
	lo := hi / 2
	for hi-lo > 1 {
		if mid := (lo + hi) / 2; over(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
}
