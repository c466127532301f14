package costcalculator

import "math"

func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	mem := max(memorySizeMB, 0)
	if mem == 0 {
		mem = 128
	}
	gbs := float64(invocations) * avgDurationMs * float64(mem) / 1000 / 1024
	billable := max(0, gbs-400_000)
	cost := billable * 0.0000166667
	return math.Round(min(cost, math.MaxFloat64/1000)*100) / 100
}
