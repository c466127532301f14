package costcalculator

import "math"

// One named quantity per line, as the prompt lists the rules.
func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	memory := memorySizeMB
	if memory == 0 {
		memory = 128
	}
	seconds := avgDurationMs / 1000
	gigabytes := float64(memory) / 1024
	usage := float64(invocations) * seconds * gigabytes
	billable := usage - 400000
	if billable < 0 {
		billable = 0
	}
	dollars := billable * 0.0000166667
	return math.Round(dollars*100) / 100
}
