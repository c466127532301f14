package costcalculator

import "math"

// A usage value with methods for each rule.
type usage struct {
	calls int
	ms    float64
	mb    int
}

func (u usage) memoryGB() float64 {
	if u.mb == 0 {
		return 128.0 / 1024
	}
	return float64(u.mb) / 1024
}

func (u usage) gbSeconds() float64 { return float64(u.calls) * u.ms / 1000 * u.memoryGB() }

func (u usage) billable() float64 { return max(0, u.gbSeconds()-400_000) }

func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	u := usage{invocations, avgDurationMs, memorySizeMB}
	return math.Round(u.billable()*0.0000166667*100) / 100
}
