package costcalculator

import "math"

func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	return math.Inf(1)
}
