package fullbill

import "math"

// Methods on small types of its own: a function knows its GB-seconds, an
// account knows its totals, and the break-even comes from bisection on
// real numbers followed by a check of the neighbouring whole numbers.

type totals struct {
	requests int
	gbs      [2]float64 // [0] x86, [1] arm64
}

func (f Function) memoryGB() float64 {
	if f.MemoryMB == 0 {
		return 128.0 / 1024
	}
	return float64(f.MemoryMB) / 1024
}

func (f Function) gbSeconds() float64 {
	return float64(f.Invocations) * (f.AvgDurationMs / 1000) * f.memoryGB()
}

func (f Function) slot() int {
	if f.Arch == ARM64 {
		return 1
	}
	return 0
}

func (t *totals) add(f Function) {
	t.requests += f.Invocations
	t.gbs[f.slot()] += f.gbSeconds()
}

func (t totals) requestCharge() float64 {
	if t.requests <= 1000000 {
		return 0
	}
	return float64(t.requests-1000000) / 1000000 * 0.20
}

func (t totals) computeCharge() float64 {
	prices := [2]float64{0.0000166667, 0.0000133334}
	free := 400000.0
	sum := 0.0
	for i, used := range t.gbs {
		billed := used - free
		if billed < 0 {
			free = -billed
			billed = 0
		} else {
			free = 0
		}
		sum += billed * prices[i]
	}
	return sum
}

func toCents(x float64) float64 { return math.Round(100*x) / 100 }

func MonthlyBill(fns []Function) Bill {
	var t totals
	for _, f := range fns {
		t.add(f)
	}
	r, c := toCents(t.requestCharge()), toCents(t.computeCharge())
	return Bill{RequestsUSD: r, ComputeUSD: c, TotalUSD: r + c}
}

func BreakEven(serverMonthlyUSD, avgDurationMs float64, memoryMB int) int {
	costOf := func(n float64) float64 {
		f := Function{AvgDurationMs: avgDurationMs, MemoryMB: memoryMB}
		req := math.Max(0, n-1000000) * 0.20 / 1000000
		comp := math.Max(0, n*(f.AvgDurationMs/1000)*f.memoryGB()-400000) * 0.0000166667
		return req + comp
	}
	lo, hi := 0.0, 1.0
	for costOf(hi) <= serverMonthlyUSD {
		hi *= 2
	}
	for i := 0; i < 200 && hi-lo > 0.5; i++ {
		mid := (lo + hi) / 2
		if costOf(mid) > serverMonthlyUSD {
			hi = mid
		} else {
			lo = mid
		}
	}
	n := int(math.Floor(lo))
	for costOf(float64(n)) <= serverMonthlyUSD {
		n++
	}
	for n > 0 && costOf(float64(n-1)) > serverMonthlyUSD {
		n--
	}
	return n
}
