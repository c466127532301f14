//go:build !lectern_starter

// Package fullbill is the Full Lambda Bill challenge: one way to solve it
// (bill.go declares the types it uses).
package fullbill

import "math"

const (
	freeRequests     = 1_000_000
	pricePerRequest  = 0.20 / 1_000_000
	freeGBSeconds    = 400_000
	x86PerGBSecond   = 0.0000166667
	arm64PerGBSecond = 0.0000133334
	defaultMemoryMB  = 128
)

// gbSeconds is the compute one function used this month.
func gbSeconds(f Function) float64 {
	mem := f.MemoryMB
	if mem == 0 {
		mem = defaultMemoryMB
	}
	return float64(f.Invocations) * (f.AvgDurationMs / 1000) * (float64(mem) / 1024)
}

func cents(usd float64) float64 { return math.Round(usd*100) / 100 }

// MonthlyBill returns the account's bill for the month: one free tier for
// the whole account, its free GB-seconds used by x86 compute first.
func MonthlyBill(fns []Function) Bill {
	var requests int
	var x86, arm float64
	for _, f := range fns {
		requests += f.Invocations
		if f.Arch == ARM64 {
			arm += gbSeconds(f)
		} else {
			x86 += gbSeconds(f)
		}
	}
	req := float64(max(0, requests-freeRequests)) * pricePerRequest

	free := float64(freeGBSeconds)
	x86Billed := math.Max(0, x86-free)
	free = math.Max(0, free-x86)
	armBilled := math.Max(0, arm-free)
	compute := x86Billed*x86PerGBSecond + armBilled*arm64PerGBSecond

	b := Bill{RequestsUSD: cents(req), ComputeUSD: cents(compute)}
	b.TotalUSD = b.RequestsUSD + b.ComputeUSD
	return b
}

// cost is the exact (unrounded) monthly cost of n requests to one x86
// function alone in an account.
func cost(n int, gbsEach float64) float64 {
	req := float64(max(0, n-freeRequests)) * pricePerRequest
	compute := math.Max(0, float64(n)*gbsEach-freeGBSeconds) * x86PerGBSecond
	return req + compute
}

// BreakEven returns the smallest number of monthly requests at which one
// x86 function, alone in its account, costs more than a server at
// serverMonthlyUSD a month.
func BreakEven(serverMonthlyUSD, avgDurationMs float64, memoryMB int) int {
	each := gbSeconds(Function{Invocations: 1, AvgDurationMs: avgDurationMs, MemoryMB: memoryMB})
	// Double until the cost is above the server's, then halve the gap.
	hi := 1
	for cost(hi, each) <= serverMonthlyUSD {
		hi *= 2
	}
	lo := hi / 2 // cost(lo) <= server (or lo is 0)
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		if cost(mid, each) > serverMonthlyUSD {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
}
