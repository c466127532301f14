package coldstart

import (
	"math"
	"sort"
)

// Two parallel slices (when each instance is free, whether it is
// provisioned), rebuilt at every arrival; percentiles with math.Ceil.

func Simulate(cfg Config, reqs []Request) Result {
	var freeAt []int
	var fixed []bool
	for i := 0; i < cfg.Provisioned; i++ {
		freeAt = append(freeAt, 0)
		fixed = append(fixed, true)
	}
	r := Result{PeakInstances: len(freeAt)}
	var lat []int
	for _, q := range reqs {
		t := q.ArrivalMs
		var f2 []int
		var p2 []bool
		for i := range freeAt {
			if fixed[i] || freeAt[i] > t || t-freeAt[i] <= cfg.IdleTimeoutMs {
				f2 = append(f2, freeAt[i])
				p2 = append(p2, fixed[i])
			}
		}
		freeAt, fixed = f2, p2
		chosen := -1
		for i, f := range freeAt {
			if f <= t {
				chosen = i
				break
			}
		}
		if chosen >= 0 {
			freeAt[chosen] = t + q.DurationMs
			lat = append(lat, q.DurationMs)
		} else {
			r.ColdStarts++
			freeAt = append(freeAt, t+cfg.InitMs+q.DurationMs)
			fixed = append(fixed, false)
			lat = append(lat, cfg.InitMs+q.DurationMs)
		}
		if len(freeAt) > r.PeakInstances {
			r.PeakInstances = len(freeAt)
		}
	}
	sort.Ints(lat)
	pick := func(p float64) int {
		if len(lat) == 0 {
			return 0
		}
		return lat[int(math.Ceil(p/100*float64(len(lat))))-1]
	}
	r.P50Ms, r.P99Ms = pick(50), pick(99)
	mb := cfg.MemoryMB
	if mb == 0 {
		mb = 128
	}
	r.InitGBSeconds = float64(r.ColdStarts*cfg.InitMs) * float64(mb) / 1024 / 1000
	return r
}
