package costcalculator

import "math"

const (
	free  = 400_000.0
	price = 0.0000166667
)

// Early return inside the free tier; cents rounded through an integer.
func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	if memorySizeMB == 0 {
		memorySizeMB = 128
	}
	gbs := float64(invocations) * float64(memorySizeMB) * avgDurationMs / (1024 * 1000)
	if gbs <= free {
		return 0
	}
	cents := int64(math.Round((gbs - free) * price * 100))
	return float64(cents) / 100
}
