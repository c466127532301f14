//go:build !lectern_starter

// Package coldstart is the Cold-Start Simulator challenge: one way to solve
// it (sim.go declares the types it uses).
package coldstart

import "sort"

// instance is one execution environment.
type instance struct {
	freeAt      int  // when its current request ends (it is idle from then on)
	provisioned bool // never shut down
}

// Simulate plays the requests, in order, against a platform that gives
// each instance one request at a time.
func Simulate(cfg Config, reqs []Request) Result {
	memoryMB := cfg.MemoryMB
	if memoryMB == 0 {
		memoryMB = 128
	}
	// Instances in the order they came to exist: the lowest number first.
	var pool []*instance
	for i := 0; i < cfg.Provisioned; i++ {
		pool = append(pool, &instance{provisioned: true})
	}
	res := Result{PeakInstances: len(pool)}
	latencies := make([]int, 0, len(reqs))
	for _, req := range reqs {
		now := req.ArrivalMs
		// Shut down the on-demand instances idle for too long.
		alive := pool[:0]
		for _, in := range pool {
			if in.provisioned || in.freeAt > now || now-in.freeAt <= cfg.IdleTimeoutMs {
				alive = append(alive, in)
			}
		}
		pool = alive
		// The lowest-numbered free instance takes the request.
		var warm *instance
		for _, in := range pool {
			if in.freeAt <= now {
				warm = in
				break
			}
		}
		if warm != nil {
			warm.freeAt = now + req.DurationMs
			latencies = append(latencies, req.DurationMs)
		} else {
			res.ColdStarts++
			pool = append(pool, &instance{freeAt: now + cfg.InitMs + req.DurationMs})
			latencies = append(latencies, cfg.InitMs+req.DurationMs)
		}
		res.PeakInstances = max(res.PeakInstances, len(pool))
	}
	sort.Ints(latencies)
	res.P50Ms = percentile(latencies, 50)
	res.P99Ms = percentile(latencies, 99)
	res.InitGBSeconds = float64(res.ColdStarts) * float64(cfg.InitMs) / 1000 * float64(memoryMB) / 1024
	return res
}

// percentile is the nearest-rank percentile of sorted values: the value
// at rank ceil(p/100 × n), counting from 1; 0 when there are none.
func percentile(sorted []int, p int) int {
	if len(sorted) == 0 {
		return 0
	}
	rank := (p*len(sorted) + 99) / 100
	return sorted[rank-1]
}
