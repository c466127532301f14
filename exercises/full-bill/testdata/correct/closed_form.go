package fullbill

import "math"

// Closed form: the cost of n requests is piecewise linear, with a kink
// where each free tier runs out. Solve each piece and keep the answer
// that lies inside its own piece.

func memOrDefault(mb int) float64 {
	if mb == 0 {
		return 128
	}
	return float64(mb)
}

func MonthlyBill(fns []Function) Bill {
	var reqs, x86, arm float64
	for _, f := range fns {
		reqs += float64(f.Invocations)
		gbs := float64(f.Invocations) * f.AvgDurationMs / 1000 * memOrDefault(f.MemoryMB) / 1024
		switch f.Arch {
		case ARM64:
			arm += gbs
		default:
			x86 += gbs
		}
	}
	requestUSD := 0.0
	if reqs > 1e6 {
		requestUSD = (reqs - 1e6) * 0.20 / 1e6
	}
	var computeUSD float64
	if x86 >= 400000 {
		computeUSD = (x86-400000)*0.0000166667 + arm*0.0000133334
	} else if arm > 400000-x86 {
		computeUSD = (arm - (400000 - x86)) * 0.0000133334
	}
	r := math.Round(requestUSD*100) / 100
	c := math.Round(computeUSD*100) / 100
	return Bill{RequestsUSD: r, ComputeUSD: c, TotalUSD: r + c}
}

func BreakEven(serverMonthlyUSD, avgDurationMs float64, memoryMB int) int {
	g := avgDurationMs / 1000 * memOrDefault(memoryMB) / 1024 // GB-s per request
	const perReq = 0.20 / 1e6
	const p = 0.0000166667
	kinkReq := 1e6
	kinkGBs := math.Inf(1)
	if g > 0 {
		kinkGBs = 400000 / g
	}
	lo, hi := math.Min(kinkReq, kinkGBs), math.Max(kinkReq, kinkGBs)
	// cost is 0 up to lo; on [lo, hi] only the first tier to run out is
	// charged; beyond hi both are.
	var x float64
	if kinkReq <= kinkGBs {
		x = kinkReq + serverMonthlyUSD/perReq
	} else {
		x = kinkGBs + serverMonthlyUSD/(g*p)
	}
	if x > hi {
		// Both tiers are used up: cost = (n-1e6)perReq + (n g - 400000) p.
		x = (serverMonthlyUSD + 1e6*perReq + 400000*p) / (perReq + g*p)
	}
	_ = lo
	// The smallest whole n with cost(n) > server: the next integer above x.
	return int(math.Floor(x)) + 1
}
