package fullbill_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	fullbill "github.com/lectern-dev/lectern/exercises/full-bill"
)

// These tests are shown to the learner.

// describe writes an account's functions the way the messages show them.
func describe(fns []fullbill.Function) string {
	if len(fns) == 0 {
		return "no functions"
	}
	var parts []string
	for _, f := range fns {
		arch := string(f.Arch)
		if arch == "" {
			arch = `""`
		}
		parts = append(parts, fmt.Sprintf("%s: %d × %v ms × %d MB on %s", f.Name, f.Invocations, f.AvgDurationMs, f.MemoryMB, arch))
	}
	return strings.Join(parts, "; ")
}

func cents(b fullbill.Bill) string {
	return fmt.Sprintf("requests $%.2f + compute $%.2f = total $%.2f", b.RequestsUSD, b.ComputeUSD, b.TotalUSD)
}

// near is written so that NaN (which compares false with everything) fails.
func near(got, want float64) bool { return math.Abs(got-want) <= 1e-9 }

type billCase struct {
	name                     string
	fns                      []fullbill.Function
	requests, compute, total float64
}

func checkBills(t *testing.T, cases []billCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := fullbill.MonthlyBill(tt.fns)
			if !near(got.RequestsUSD, tt.requests) || !near(got.ComputeUSD, tt.compute) || !near(got.TotalUSD, tt.total) {
				want := fullbill.Bill{RequestsUSD: tt.requests, ComputeUSD: tt.compute, TotalUSD: tt.total}
				t.Errorf("MonthlyBill(%s)\n got: %s (exactly %v, %v, %v)\nwant: %s",
					describe(tt.fns), cents(got), got.RequestsUSD, got.ComputeUSD, got.TotalUSD, cents(want))
			}
		})
	}
}

type breakEvenCase struct {
	name          string
	serverUSD     float64
	avgDurationMs float64
	memoryMB      int
	want          int
}

func checkBreakEvens(t *testing.T, cases []breakEvenCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if got := fullbill.BreakEven(tt.serverUSD, tt.avgDurationMs, tt.memoryMB); got != tt.want {
				t.Errorf("BreakEven(%v, %v, %d) = %d, want %d", tt.serverUSD, tt.avgDurationMs, tt.memoryMB, got, tt.want)
			}
		})
	}
}

func TestMonthlyBillExamples(t *testing.T) {
	checkBills(t, []billCase{
		{"a hobby project inside the free tier",
			[]fullbill.Function{{Name: "hobby", Invocations: 100_000, AvgDurationMs: 100, MemoryMB: 128, Arch: fullbill.X86}},
			0, 0, 0},
		{"the worked example",
			[]fullbill.Function{
				{Name: "api", Invocations: 3_000_000, AvgDurationMs: 120, MemoryMB: 512, Arch: fullbill.X86},
				{Name: "worker", Invocations: 2_000_000, AvgDurationMs: 800, MemoryMB: 1024, Arch: fullbill.ARM64},
			},
			0.80, 18.40, 19.20},
		{"one arm64 function",
			[]fullbill.Function{{Name: "resize", Invocations: 10_000_000, AvgDurationMs: 250, MemoryMB: 1024, Arch: fullbill.ARM64}},
			1.80, 28.00, 29.80},
	})
}

func TestBreakEvenExamples(t *testing.T) {
	checkBreakEvens(t, []breakEvenCase{
		{"a $50 server against 128 MB, 100 ms", 50, 100, 128, 139_265_197},
		{"a $50 server against 512 MB, 200 ms", 50, 200, 512, 30_464_239},
	})
}
