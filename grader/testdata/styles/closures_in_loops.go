package costcalculator

import "math"

// Collects closures in loops: correct only with Go 1.22's per-iteration
// loop variables.
func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	if memorySizeMB == 0 {
		memorySizeMB = 128
	}
	factors := []float64{float64(invocations), avgDurationMs / 1000, float64(memorySizeMB) / 1024}
	var getters []func() float64
	for i := 0; i < len(factors); i++ {
		getters = append(getters, func() float64 { return factors[i] })
	}
	var ptrs []*float64
	for _, f := range factors {
		ptrs = append(ptrs, &f)
	}
	gbs := 1.0
	for k, get := range getters {
		if get() != *ptrs[k] {
			return -1
		}
		gbs *= get()
	}
	return math.Round(math.Max(0, gbs-400000)*0.0000166667*100) / 100
}
