package costcalculator

import "math"

// The whole formula in one expression, with the default folded in by a
// helper and the products multiplied in another order.
func mem(mb int) float64 {
	if mb == 0 {
		return 128
	}
	return float64(mb)
}

func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	return math.Round(math.Max(0, avgDurationMs*mem(memorySizeMB)*float64(invocations)/1024000-400000)*0.0000166667*100) / 100
}
