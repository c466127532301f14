package fullbill

import "math"

// A generic sum over the functions, with filters per architecture, and a
// break-even search that steps down from a power of two.

func sumOf[T any](xs []T, f func(T) float64) float64 {
	var s float64
	for _, x := range xs {
		s += f(x)
	}
	return s
}

func isARM(f Function) bool { return f.Arch == ARM64 }

func gbSecondsOf(f Function) float64 {
	mem := f.MemoryMB
	if mem == 0 {
		mem = 128
	}
	return float64(f.Invocations) * float64(mem) / 1024 * f.AvgDurationMs / 1000
}

func MonthlyBill(fns []Function) Bill {
	requests := sumOf(fns, func(f Function) float64 { return float64(f.Invocations) })
	x86 := sumOf(fns, func(f Function) float64 {
		if isARM(f) {
			return 0
		}
		return gbSecondsOf(f)
	})
	arm := sumOf(fns, func(f Function) float64 {
		if isARM(f) {
			return gbSecondsOf(f)
		}
		return 0
	})
	x86Free := min(x86, 400000)
	armFree := min(arm, 400000-x86Free)
	requestsUSD := max(0, requests-1e6) * 2e-7
	computeUSD := (x86-x86Free)*0.0000166667 + (arm-armFree)*0.0000133334
	b := Bill{
		RequestsUSD: math.Round(requestsUSD*100) / 100,
		ComputeUSD:  math.Round(computeUSD*100) / 100,
	}
	b.TotalUSD = b.RequestsUSD + b.ComputeUSD
	return b
}

func BreakEven(serverMonthlyUSD, avgDurationMs float64, memoryMB int) int {
	one := []Function{{AvgDurationMs: avgDurationMs, MemoryMB: memoryMB}}
	exceeds := func(n int) bool {
		one[0].Invocations = n
		req := max(0, float64(n)-1e6) * 2e-7
		comp := max(0, sumOf(one, gbSecondsOf)-400000) * 0.0000166667
		return req+comp > serverMonthlyUSD
	}
	// Build the largest n that does not exceed, bit by bit from the top.
	n := 0
	for step := 1 << 45; step > 0; step >>= 1 {
		if !exceeds(n + step) {
			n += step
		}
	}
	return n + 1
}
