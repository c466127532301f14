//go:build !lectern_starter

// Package costcalculator is the Serverless Cost Calculator challenge: one
// way to solve it.
package costcalculator

import "math"

const (
	defaultMemoryMB      = 128
	freeGBSeconds        = 400_000
	pricePerGBSecond     = 0.0000166667
	millisecondsPerSec   = 1000
	megabytesPerGigabyte = 1024
)

// CalculateCost returns the monthly bill, in dollars rounded to the cent, of
// a function invoked invocations times for avgDurationMs milliseconds on
// average with memorySizeMB megabytes of memory (0 means the default, 128).
func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	if memorySizeMB == 0 {
		memorySizeMB = defaultMemoryMB
	}
	seconds := avgDurationMs / millisecondsPerSec
	gigabytes := float64(memorySizeMB) / megabytesPerGigabyte
	gbSeconds := float64(invocations) * seconds * gigabytes
	billable := math.Max(0, gbSeconds-freeGBSeconds)
	return math.Round(billable*pricePerGBSecond*100) / 100
}
