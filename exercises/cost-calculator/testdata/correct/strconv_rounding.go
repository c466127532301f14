package costcalculator

import "strconv"

// Rounds by formatting with two decimals and parsing back: strconv rounds
// to nearest like math.Round for values that are not exact half-cents.
func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	gb := 0.125
	if memorySizeMB != 0 {
		gb = float64(memorySizeMB) / 1024
	}
	over := float64(invocations)*avgDurationMs/1000*gb - 400000
	if over <= 0 {
		return 0
	}
	v, err := strconv.ParseFloat(strconv.FormatFloat(over*0.0000166667, 'f', 2, 64), 64)
	if err != nil {
		return 0
	}
	return v
}
