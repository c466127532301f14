package costcalculator

import "math"

// A learner type with an Error method, used through the error interface:
// correct Go that yaegi v0.16.1 cannot run ("reflect: Method index out of
// range").

type inputError struct{ what string }

func (e inputError) Error() string { return "invalid " + e.what }

func validate(invocations int, avgDurationMs float64) string {
	var err error = inputError{"input"}
	if invocations >= 0 && avgDurationMs >= 0 {
		return "ok: " + err.Error() + " checked"
	}
	return err.Error()
}

func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	if validate(invocations, avgDurationMs)[:2] != "ok" {
		return 0
	}
	if memorySizeMB == 0 {
		memorySizeMB = 128
	}
	gbs := float64(invocations) * (avgDurationMs / 1000) * (float64(memorySizeMB) / 1024)
	return math.Round(math.Max(0, gbs-400000)*0.0000166667*100) / 100
}
