package costcalculator

import (
	"fmt"
	"strconv"
)

type usage struct {
	invocations int
	seconds     float64
	gigabytes   float64
}

func (u usage) gbSeconds() float64 { return float64(u.invocations) * u.seconds * u.gigabytes }

func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	mem := memorySizeMB
	switch {
	case mem == 0:
		mem = 128
	}
	u := usage{invocations, avgDurationMs / 1000, float64(mem) / 1024}
	billable := u.gbSeconds() - 400000
	if billable < 0 {
		billable = 0
	}
	s := fmt.Sprintf("%.2f", billable*0.0000166667)
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic(err)
	}
	return v
}
