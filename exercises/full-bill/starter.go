//go:build lectern_starter

package fullbill

// MonthlyBill returns the account's Lambda bill for the month: requests
// and compute, each rounded to the cent, with one free tier for the whole
// account (its free GB-seconds go to x86 usage first).
//
// Read the prompt for the price list, then replace the body.
func MonthlyBill(fns []Function) Bill {
	// Your code here: requests, GB-seconds per architecture, the free tier.
	return Bill{}
}

// BreakEven returns the smallest number of monthly requests at which one
// x86 function, alone in its account, costs more than serverMonthlyUSD.
func BreakEven(serverMonthlyUSD, avgDurationMs float64, memoryMB int) int {
	// Your code here: the answer can be hundreds of millions, so don't
	// count up one request at a time.
	return 0
}
