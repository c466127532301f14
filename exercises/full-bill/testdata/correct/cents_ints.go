package fullbill

import "math"

// Requests are priced in whole units (every 5 requests cost a
// micro-dollar), x86 and arm64 are walked with a switch, and the
// break-even is found by a galloping search from the requests-only
// estimate.

const (
	x86Rate = 0.0000166667
	armRate = 0.0000133334
)

func perRequestGBs(ms float64, mb int) float64 {
	if mb == 0 {
		mb = 128
	}
	return ms / 1000 * float64(mb) / 1024
}

func MonthlyBill(fns []Function) Bill {
	var requests int64
	var x86GBs, armGBs float64
	for i := range fns {
		f := &fns[i]
		requests += int64(f.Invocations)
		g := float64(f.Invocations) * perRequestGBs(f.AvgDurationMs, f.MemoryMB)
		switch {
		case f.Arch == ARM64:
			armGBs += g
		default:
			x86GBs += g
		}
	}
	var microDollars float64
	if billable := requests - 1_000_000; billable > 0 {
		microDollars = float64(billable) / 5 // $0.20 per million = 1 µ$ per 5
	}
	requestsUSD := math.Round(microDollars/1e4) / 100

	freeLeft := 400000.0
	var compute float64
	if x86GBs > freeLeft {
		compute += (x86GBs - freeLeft) * x86Rate
		freeLeft = 0
	} else {
		freeLeft -= x86GBs
	}
	if armGBs > freeLeft {
		compute += (armGBs - freeLeft) * armRate
	}
	computeUSD := math.Round(compute*100) / 100
	return Bill{requestsUSD, computeUSD, requestsUSD + computeUSD}
}

func BreakEven(serverMonthlyUSD, avgDurationMs float64, memoryMB int) int {
	g := perRequestGBs(avgDurationMs, memoryMB)
	over := func(n int) bool {
		c := math.Max(0, float64(n-1_000_000)) / 5_000_000
		c += math.Max(0, float64(n)*g-400000) * x86Rate
		return c > serverMonthlyUSD
	}
	guess := 1_000_000 + int(serverMonthlyUSD*5_000_000) // requests only: an upper bound
	hi := max(guess, 1)
	for !over(hi) { // at the requests-only crossing the cost is at least the price: go past it
		hi *= 2
	}
	step := 1
	lo := hi
	for lo > 0 && over(lo) { // gallop down
		lo -= step
		step *= 2
	}
	lo = max(lo, 0)
	for hi-lo > 1 {
		m := (lo + hi) / 2
		if over(m) {
			hi = m
		} else {
			lo = m
		}
	}
	if over(lo) {
		return lo
	}
	return hi
}
