package costcalculator

// CalculateCost returns the monthly cost in dollars, rounded to the cent, of
// a serverless function that ran invocations times, each for avgDurationMs
// milliseconds on average, with memorySizeMB megabytes of memory
// (0 means the default, 128 MB).
//
// Read the prompt for the pricing rules, then replace the body.
func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	// Your code here: GB-seconds, the free tier, the price, cents.
	return 0
}
