package costcalculator

import (
	"errors"
	"fmt"
	"math"
)

// errors.As into a type declared here: yaegi v0.16.1 panics with "errors:
// *target must be interface or implement error".

type freeTierError struct{ gbs float64 }

func (e *freeTierError) Error() string { return fmt.Sprintf("%.0f GB-seconds are free", e.gbs) }

func billable(gbs float64) (float64, error) {
	if gbs <= 400000 {
		return 0, &freeTierError{gbs}
	}
	return gbs - 400000, nil
}

func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	if memorySizeMB == 0 {
		memorySizeMB = 128
	}
	gbs := float64(invocations) * (avgDurationMs / 1000) * (float64(memorySizeMB) / 1024)
	b, err := billable(gbs)
	var free *freeTierError
	if errors.As(err, &free) {
		return 0
	}
	return math.Round(b*0.0000166667*100) / 100
}
