package costcalculator

type number interface{ ~int | ~float64 }

func maxOf[T number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Dollars float64

func (d Dollars) Cents() int64 { return int64(float64(d)*100 + 0.5) }

func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	memory := map[bool]int{true: 128, false: memorySizeMB}[memorySizeMB == 0]
	gbs := float64(invocations) * (avgDurationMs / 1000.0) * (float64(memory) / 1024.0)
	cost := Dollars(maxOf(gbs-400000, 0) * 0.0000166667)
	cost = min(cost, Dollars(1e12))
	return float64(cost.Cents()) / 100
}
