package costcalculator_test

import (
	"math"
	"testing"

	"example.com/costcalculator"
)

// These tests are shown to the learner.
func TestCalculateCostExamples(t *testing.T) {
	tests := []struct {
		name          string
		invocations   int
		avgDurationMs float64
		memorySizeMB  int
		want          float64
	}{
		{"inside the free tier", 1_000_000, 100, 128, 0},
		{"paid usage", 4_000_000, 200, 1024, 6.67},
		{"default memory", 10_000_000, 500, 0, 3.75},
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
