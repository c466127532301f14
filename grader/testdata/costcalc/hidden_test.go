package costcalculator_test

import (
	"math"
	"testing"

	"example.com/costcalculator"
)

// These tests are hidden from the learner. Every expected value is at least
// $0.001 away from a half-cent, so any correct ordering of the arithmetic
// rounds the same way (see the exercises package tests).
func TestCalculateCost(t *testing.T) {
	tests := []struct {
		name          string
		invocations   int
		avgDurationMs float64
		memorySizeMB  int
		want          float64
	}{
		{"zero invocations", 0, 100, 128, 0},
		{"zero invocations with default memory", 0, 0, 0, 0},
		{"inside the free tier", 1_000_000, 100, 128, 0},
		{"exactly 400,000 GB-seconds", 3_200_000, 1000, 128, 0},
		{"exactly 400,000 GB-seconds at 1 GB", 1_000_000, 400, 1024, 0},
		{"just above the free tier", 3_204_800, 1000, 128, 0.01},
		{"12,500 GB-seconds above the free tier", 3_300_000, 1000, 128, 0.21},
		{"default memory is 128 MB", 10_000_000, 500, 0, 3.75},
		{"default memory inside the free tier", 2_000_000, 1000, 0, 0},
		{"default memory above the free tier", 30_000_000, 200, 0, 5.83},
		{"rounds up to the nearest cent", 4_000_000, 200, 1024, 6.67},
		{"rounds down to the nearest cent", 6_000_000, 150, 1536, 15.83},
		{"fractional duration", 12_345_678, 87.5, 1024, 11.34},
		{"fractional duration, odd memory size", 1_000_001, 999.9, 3008, 42.29},
		{"fractional duration, small bill", 9_999_999, 77.7, 640, 1.43},
		{"a billion invocations at 10,240 MB", 1_000_000_000, 100, 10240, 16660.03},
		{"a billion one-second invocations at 10,240 MB", 1_000_000_000, 1000, 10240, 166660.33},
		{"a billion tiny invocations stay free", 1_000_000_000, 1, 128, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := costcalculator.CalculateCost(tt.invocations, tt.avgDurationMs, tt.memorySizeMB)
			// Written so that NaN (which compares false with everything) fails.
			if !(math.Abs(got-tt.want) <= 1e-9) {
				t.Errorf("CalculateCost(%d, %v, %d) = %v, want %.2f",
					tt.invocations, tt.avgDurationMs, tt.memorySizeMB, got, tt.want)
			}
		})
	}
}
