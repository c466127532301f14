package costcalculator

import "math"

const (
	freeTier = 400000.0
	price    = 0.0000166667
)

func gbSeconds(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	return float64(invocations) * (avgDurationMs / 1000) * (float64(memorySizeMB) / 1024)
}

func roundCents(x float64) float64 { return math.Round(x*100) / 100 }

func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	if memorySizeMB == 0 {
		memorySizeMB = 128
	}
	used := gbSeconds(invocations, avgDurationMs, memorySizeMB)
	if used <= freeTier {
		return 0
	}
	return roundCents((used - freeTier) * price)
}
