package coldstart

import (
	"slices"
	"sort"
)

// Never removes an instance from the slice: a shut-down one is marked
// dead, skipped when looking for a free one and not counted.

type box struct {
	free   int
	pinned bool
	dead   bool
}

func Simulate(cfg Config, reqs []Request) Result {
	boxes := make([]box, cfg.Provisioned)
	for i := range boxes {
		boxes[i].pinned = true
	}
	out := Result{PeakInstances: cfg.Provisioned}
	var lat []int
	for _, r := range reqs {
		now := r.ArrivalMs
		live := 0
		for i := range boxes {
			b := &boxes[i]
			if !b.dead && !b.pinned && b.free <= now && now-b.free > cfg.IdleTimeoutMs {
				b.dead = true
			}
			if !b.dead {
				live++
			}
		}
		i := slices.IndexFunc(boxes, func(b box) bool { return !b.dead && b.free <= now })
		if i >= 0 {
			boxes[i].free = now + r.DurationMs
			lat = append(lat, r.DurationMs)
		} else {
			boxes = append(boxes, box{free: now + cfg.InitMs + r.DurationMs})
			live++
			out.ColdStarts++
			lat = append(lat, cfg.InitMs+r.DurationMs)
		}
		out.PeakInstances = max(out.PeakInstances, live)
	}
	sort.Sort(sort.IntSlice(lat))
	if len(lat) > 0 {
		out.P50Ms = lat[(len(lat)*50+99)/100-1]
		out.P99Ms = lat[(len(lat)*99+99)/100-1]
	}
	m := cfg.MemoryMB
	if m == 0 {
		m = 128
	}
	out.InitGBSeconds = float64(out.ColdStarts) * float64(cfg.InitMs) / 1000.0 * float64(m) / 1024.0
	return out
}
