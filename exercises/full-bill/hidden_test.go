package fullbill_test

import (
	"testing"

	fullbill "github.com/lectern-dev/lectern/exercises/full-bill"
)

// These tests are hidden from the learner. Every expected amount is at
// least $0.0008 away from a half-cent and every break-even crossing at
// least 0.06 requests away from a whole number, so any correct ordering
// of the float64 arithmetic gives the same answers (see the exercises
// package's tests). What they catch is listed in this folder's README.

func fn(name string, invocations int, ms float64, mb int, arch fullbill.Arch) fullbill.Function {
	return fullbill.Function{Name: name, Invocations: invocations, AvgDurationMs: ms, MemoryMB: mb, Arch: arch}
}

func TestMonthlyBill(t *testing.T) {
	x86, arm := fullbill.X86, fullbill.ARM64
	checkBills(t, []billCase{
		{"no functions at all", nil, 0, 0, 0},
		{"a function that never ran", []fullbill.Function{fn("idle", 0, 100, 128, x86)}, 0, 0, 0},
		{"exactly both free tiers", []fullbill.Function{fn("edge", 1_000_000, 400, 1024, x86)}, 0, 0, 0},
		{"50,000 requests past the free million",
			[]fullbill.Function{fn("tiny", 1_050_000, 1, 128, x86)}, 0.01, 0, 0.01},
		{"two functions share one free tier",
			[]fullbill.Function{fn("a", 800_000, 375, 1024, x86), fn("b", 800_000, 375, 1024, x86)},
			0.12, 3.33, 3.45},
		{"five small functions are over the free tier together",
			[]fullbill.Function{fn("a", 300_000, 1000, 320, x86), fn("b", 300_000, 1000, 320, x86),
				fn("c", 300_000, 1000, 320, x86), fn("d", 300_000, 1000, 320, x86), fn("e", 300_000, 1000, 320, x86)},
			0.10, 1.15, 1.25},
		{"memory 0 is 128 MB and arch \"\" is x86",
			[]fullbill.Function{fn("defaults", 30_000_000, 200, 0, "")}, 5.80, 5.83, 11.63},
		{"the free GB-seconds go to x86 first",
			[]fullbill.Function{fn("web", 1_000_000, 100, 1024, x86), fn("jobs", 1_000_000, 500, 1024, arm)},
			0.20, 2.67, 2.87},
		{"x86 uses up the free GB-seconds, arm64 pays for all of its own",
			[]fullbill.Function{fn("web", 1_000_000, 500, 1024, x86), fn("jobs", 1_000_000, 100, 1024, arm)},
			0.20, 3.00, 3.20},
		{"arch \"\" counts as x86 for the free tier",
			[]fullbill.Function{fn("web", 1_000_000, 500, 1024, ""), fn("jobs", 1_000_000, 100, 1024, arm)},
			0.20, 3.00, 3.20},
		{"the total adds the rounded lines",
			[]fullbill.Function{fn("api", 7_170_000, 100, 1024, x86)}, 1.23, 5.28, 6.51},
		{"fractional durations on both architectures",
			[]fullbill.Function{fn("thumbs", 12_345_678, 87.5, 1536, arm), fn("api", 2_345_678, 333.3, 0, x86)},
			2.74, 17.57, 20.31},
		{"three billion requests at 10,240 MB",
			[]fullbill.Function{fn("big", 3_000_000_000, 900, 10240, x86)}, 599.80, 449994.23, 450594.03},
		{"two billion arm64 requests at 4 GB",
			[]fullbill.Function{fn("batch", 2_000_000_000, 1000, 4096, arm)}, 399.80, 106661.87, 107061.67},
	})
}

func TestBreakEven(t *testing.T) {
	checkBreakEvens(t, []breakEvenCase{
		{"memory 0 is 128 MB", 50, 100, 0, 139_265_197},
		{"long heavy runs: compute pays before the free million is used",
			50, 10_000, 10240, 34_000},
		{"a $1 server: compute alone crosses it", 1, 1000, 512, 920_000},
		{"a $20 server against 1 GB, 120 ms", 20, 120, 1024, 12_212_106},
		{"a $100 server against 10 GB, 30 ms", 100, 30, 10240, 20_551_246},
		{"a $500 server against one vCPU (1,769 MB), 1 s", 500, 1000, 1769, 17_482_758},
	})
}
