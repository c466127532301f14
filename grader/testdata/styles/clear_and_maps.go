package costcalculator

import (
	"math"
	"sort"
)

func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	parts := map[string]float64{"junk": 1}
	clear(parts)
	parts["invocations"] = float64(invocations)
	parts["seconds"] = avgDurationMs / 1000
	mem := float64(memorySizeMB)
	if mem == 0 {
		mem = 128
	}
	parts["gigabytes"] = mem / 1024
	keys := make([]string, 0, len(parts))
	for k := range parts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	gbs := 1.0
	for _, k := range keys {
		gbs *= parts[k]
	}
	scratch := []int{1, 2, 3}
	clear(scratch)
	if scratch[0] != 0 {
		return -1
	}
	return math.Round(math.Max(0, gbs-400000)*0.0000166667*100) / 100
}
