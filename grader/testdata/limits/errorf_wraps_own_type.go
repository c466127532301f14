package costcalculator

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// fmt.Errorf's %w with a value of a type declared here: yaegi v0.16.1
// formats it as "%!w(...)" instead of calling its Error method.

type tierError struct{ tier string }

func (e *tierError) Error() string { return "tier " + e.tier }

func describe(gbs float64) error {
	err := fmt.Errorf("billing: %w", &tierError{"paid"})
	if gbs <= 400000 {
		err = fmt.Errorf("billing: %w", &tierError{"free"})
	}
	return err
}

func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	if memorySizeMB == 0 {
		memorySizeMB = 128
	}
	gbs := float64(invocations) * (avgDurationMs / 1000) * (float64(memorySizeMB) / 1024)
	if strings.HasSuffix(describe(gbs).Error(), "tier free") {
		return 0
	}
	_ = errors.New
	return math.Round((gbs-400000)*0.0000166667*100) / 100
}
