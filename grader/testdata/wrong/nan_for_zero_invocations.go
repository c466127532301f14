package costcalculator

import "math"

// Works out the cost per invocation first: 0/0 is NaN when there are none.
func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	if memorySizeMB == 0 {
		memorySizeMB = 128
	}
	gbs := float64(invocations) * (avgDurationMs / 1000) * (float64(memorySizeMB) / 1024)
	perInvocation := math.Max(0, gbs-400000) * 0.0000166667 / float64(invocations)
	return math.Round(perInvocation*float64(invocations)*100) / 100
}
