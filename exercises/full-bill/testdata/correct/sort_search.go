package fullbill

import (
	"math"
	"sort"
)

// sort.Search finds the first n for which the server is cheaper; the
// bill is built from a small table of prices.

var computePrice = map[Arch]float64{X86: 0.0000166667, ARM64: 0.0000133334}

func arch(a Arch) Arch {
	if a == ARM64 {
		return ARM64
	}
	return X86
}

func usage(f Function) float64 {
	mb := f.MemoryMB
	if mb <= 0 {
		mb = 128
	}
	return float64(f.Invocations) * f.AvgDurationMs * float64(mb) / (1000 * 1024)
}

func roundCents(x float64) float64 { return math.Round(x*100) / 100 }

func MonthlyBill(fns []Function) Bill {
	total := 0
	gbs := map[Arch]float64{}
	for _, f := range fns {
		total += f.Invocations
		gbs[arch(f.Arch)] += usage(f)
	}
	free := 400000.0
	compute := 0.0
	for _, a := range []Arch{X86, ARM64} { // the free tier's order
		used := math.Min(free, gbs[a])
		free -= used
		compute += (gbs[a] - used) * computePrice[a]
	}
	var b Bill
	if total > 1_000_000 {
		b.RequestsUSD = roundCents(float64(total-1_000_000) * 0.0000002)
	}
	b.ComputeUSD = roundCents(compute)
	b.TotalUSD = b.RequestsUSD + b.ComputeUSD
	return b
}

func BreakEven(serverMonthlyUSD, avgDurationMs float64, memoryMB int) int {
	f := Function{AvgDurationMs: avgDurationMs, MemoryMB: memoryMB}
	exact := func(n int) float64 {
		f.Invocations = n
		req := math.Max(0, float64(n)-1_000_000) * 0.0000002
		return req + math.Max(0, usage(f)-400000)*computePrice[X86]
	}
	return sort.Search(1<<50, func(n int) bool { return exact(n) > serverMonthlyUSD })
}
