package costcalculator

import "math"

// The price as 166,667 dollars per 10^10 GB-seconds, scaled back at the
// end; switch on the memory.
func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	var gb float64
	switch {
	case memorySizeMB == 0:
		gb = 0.125
	default:
		gb = float64(memorySizeMB) / 1024
	}
	billable := math.Max(float64(invocations)*(avgDurationMs/1000)*gb-400000, 0)
	tenBillionths := billable * 166667 // dollars × 10^10
	return math.Round(tenBillionths/1e8) / 100
}
