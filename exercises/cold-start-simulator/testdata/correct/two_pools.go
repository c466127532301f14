package coldstart

import "sort"

// Provisioned and on-demand instances in two pools; the provisioned pool
// is searched first, which is the same as lowest number first since the
// provisioned ones are numbered first.

type warmth struct{ until int }

func Simulate(cfg Config, reqs []Request) Result {
	provisioned := make([]int, cfg.Provisioned) // when each is free
	var onDemand []warmth
	res := Result{PeakInstances: cfg.Provisioned}
	latencies := make([]int, len(reqs))
	for i, r := range reqs {
		kept := onDemand[:0]
		for _, w := range onDemand {
			if idle := r.ArrivalMs - w.until; idle <= cfg.IdleTimeoutMs {
				kept = append(kept, w) // busy (idle < 0) or not idle for too long
			}
		}
		onDemand = kept

		placed := false
		for j := range provisioned {
			if provisioned[j] <= r.ArrivalMs {
				provisioned[j] = r.ArrivalMs + r.DurationMs
				latencies[i], placed = r.DurationMs, true
				break
			}
		}
		for j := 0; !placed && j < len(onDemand); j++ {
			if onDemand[j].until <= r.ArrivalMs {
				onDemand[j].until = r.ArrivalMs + r.DurationMs
				latencies[i], placed = r.DurationMs, true
			}
		}
		if !placed {
			res.ColdStarts++
			latencies[i] = cfg.InitMs + r.DurationMs
			onDemand = append(onDemand, warmth{r.ArrivalMs + latencies[i]})
		}
		if n := cfg.Provisioned + len(onDemand); n > res.PeakInstances {
			res.PeakInstances = n
		}
	}
	sort.Ints(latencies)
	at := func(p int) int {
		if len(latencies) == 0 {
			return 0
		}
		rank := p * len(latencies) / 100
		if p*len(latencies)%100 != 0 {
			rank++
		}
		return latencies[rank-1]
	}
	res.P50Ms, res.P99Ms = at(50), at(99)
	gb := 0.125
	if cfg.MemoryMB != 0 {
		gb = float64(cfg.MemoryMB) / 1024
	}
	res.InitGBSeconds = float64(res.ColdStarts) * float64(cfg.InitMs) / 1000 * gb
	return res
}
