package costcalculator

import "math"

// Scale by 100 the long way, with Go 1.22 range-over-int loops.
func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	if memorySizeMB == 0 {
		memorySizeMB = 128
	}
	scale := 1.0
	for range 2 {
		scale *= 10
	}
	total := 0.0
	for i := range 1 {
		total += float64(invocations+i) * avgDurationMs / 1000 * float64(memorySizeMB) / 1024
	}
	var n int64 = 3
	for j := range n {
		_ = j
	}
	return math.Round(math.Max(0, total-400000)*0.0000166667*scale) / scale
}
