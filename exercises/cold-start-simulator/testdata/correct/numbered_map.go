package coldstart

import "sort"

// Instances in a map from their number; the numbers are sorted at each
// arrival to find the lowest free one. Latencies are counted per value
// (a histogram) and the percentiles read off it.

type env struct {
	busyUntil int
	keep      bool
}

func Simulate(cfg Config, reqs []Request) Result {
	envs := map[int]*env{}
	next := 1
	for ; next <= cfg.Provisioned; next++ {
		envs[next] = &env{keep: true}
	}
	result := Result{PeakInstances: len(envs)}
	histogram := map[int]int{}
	for _, r := range reqs {
		for id, e := range envs {
			if !e.keep && e.busyUntil <= r.ArrivalMs && r.ArrivalMs-e.busyUntil > cfg.IdleTimeoutMs {
				delete(envs, id)
			}
		}
		ids := make([]int, 0, len(envs))
		for id := range envs {
			ids = append(ids, id)
		}
		sort.Ints(ids)
		latency := -1
		for _, id := range ids {
			if e := envs[id]; e.busyUntil <= r.ArrivalMs {
				e.busyUntil = r.ArrivalMs + r.DurationMs
				latency = r.DurationMs
				break
			}
		}
		if latency < 0 {
			latency = cfg.InitMs + r.DurationMs
			envs[next] = &env{busyUntil: r.ArrivalMs + latency}
			next++
			result.ColdStarts++
		}
		histogram[latency]++
		if len(envs) > result.PeakInstances {
			result.PeakInstances = len(envs)
		}
	}
	values := make([]int, 0, len(histogram))
	for v := range histogram {
		values = append(values, v)
	}
	sort.Ints(values)
	rankValue := func(rank int) int {
		seen := 0
		for _, v := range values {
			seen += histogram[v]
			if seen >= rank {
				return v
			}
		}
		return 0
	}
	if n := len(reqs); n > 0 {
		result.P50Ms = rankValue((n*50 + 99) / 100)
		result.P99Ms = rankValue((n*99 + 99) / 100)
	}
	memory := cfg.MemoryMB
	if memory == 0 {
		memory = 128
	}
	result.InitGBSeconds = float64(result.ColdStarts) * float64(cfg.InitMs) * float64(memory) / (1000 * 1024)
	return result
}
