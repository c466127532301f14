package fullbill

import "math"

// Everything in one function each, with early returns; the break-even
// walks the kinks of the cost line in order and solves the segment where
// the server's price is crossed.

func MonthlyBill(fns []Function) Bill {
	requests := 0
	var gbs [2]float64
	for _, f := range fns {
		requests += f.Invocations
		mem := float64(f.MemoryMB)
		if f.MemoryMB == 0 {
			mem = 128
		}
		i := 0
		if f.Arch == ARM64 {
			i = 1
		}
		gbs[i] += float64(f.Invocations) * (f.AvgDurationMs / 1000.0) * (mem / 1024.0)
	}
	bill := Bill{}
	if extra := requests - 1e6; extra > 0 {
		bill.RequestsUSD = math.Round(float64(extra)*0.2/1e6*100) / 100
	}
	free := 400000.0
	if gbs[0] >= free {
		bill.ComputeUSD = (gbs[0]-free)*0.0000166667 + gbs[1]*0.0000133334
	} else if rest := free - gbs[0]; gbs[1] > rest {
		bill.ComputeUSD = (gbs[1] - rest) * 0.0000133334
	}
	bill.ComputeUSD = math.Round(bill.ComputeUSD*100) / 100
	bill.TotalUSD = bill.RequestsUSD + bill.ComputeUSD
	return bill
}

func BreakEven(serverMonthlyUSD, avgDurationMs float64, memoryMB int) int {
	if memoryMB == 0 {
		memoryMB = 128
	}
	g := avgDurationMs / 1000 * float64(memoryMB) / 1024
	cost := func(n float64) float64 {
		return math.Max(0, n-1e6)*0.2/1e6 + math.Max(0, n*g-400000)*0.0000166667
	}
	slope := func(n float64) float64 { // just after n
		s := 0.0
		if n >= 1e6 {
			s += 0.2 / 1e6
		}
		if n*g >= 400000 {
			s += g * 0.0000166667
		}
		return s
	}
	kinks := []float64{0, 1e6}
	if g > 0 {
		k := 400000 / g
		if k < 1e6 {
			kinks = []float64{0, k, 1e6}
		} else {
			kinks = []float64{0, 1e6, k}
		}
	}
	for i, start := range kinks {
		end := math.Inf(1)
		if i+1 < len(kinks) {
			end = kinks[i+1]
		}
		s := slope(start)
		if s == 0 {
			continue
		}
		x := start + (serverMonthlyUSD-cost(start))/s
		if x < end {
			n := math.Ceil(x)
			if n == x {
				n++
			}
			return int(n)
		}
	}
	return -1 // unreachable: the last segment has a positive slope
}
