package costcalculator

// WRONG: the arithmetic is done in float32, which keeps about 7 digits:
// not enough for the cents of a large bill.

import "math"

func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	if memorySizeMB == 0 {
		memorySizeMB = 128
	}
	gbs := float32(invocations) * (float32(avgDurationMs) / 1000) * (float32(memorySizeMB) / 1024)
	billable := gbs - 400000
	if billable < 0 {
		billable = 0
	}
	return math.Round(float64(billable*0.0000166667)*100) / 100
}
