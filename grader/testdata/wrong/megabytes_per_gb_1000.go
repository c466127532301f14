package costcalculator

import "math"

func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	if memorySizeMB == 0 {
		memorySizeMB = 128
	}
	gbs := float64(invocations) * (avgDurationMs / 1000) * (float64(memorySizeMB) / 1000)
	return math.Round(math.Max(0, gbs-400000)*0.0000166667*100) / 100
}
