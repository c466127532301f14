package coldstart

import "slices"

// The instances as a singly linked list in creation order: shutting one
// down unlinks it, a new one goes at the tail.

type node struct {
	freeAt      int
	provisioned bool
	next        *node
}

type fleet struct {
	head, tail *node
	size       int
}

func (f *fleet) push(n *node) {
	if f.tail == nil {
		f.head, f.tail = n, n
	} else {
		f.tail.next, f.tail = n, n
	}
	f.size++
}

// reap unlinks every on-demand node idle for longer than the timeout.
func (f *fleet) reap(now, timeout int) {
	var prev *node
	for n := f.head; n != nil; n = n.next {
		if !n.provisioned && n.freeAt <= now && now-n.freeAt > timeout {
			if prev == nil {
				f.head = n.next
			} else {
				prev.next = n.next
			}
			if f.tail == n {
				f.tail = prev
			}
			f.size--
			continue
		}
		prev = n
	}
}

func (f *fleet) firstFree(now int) *node {
	for n := f.head; n != nil; n = n.next {
		if n.freeAt <= now {
			return n
		}
	}
	return nil
}

func Simulate(cfg Config, reqs []Request) Result {
	f := &fleet{}
	for range cfg.Provisioned {
		f.push(&node{provisioned: true})
	}
	out := Result{PeakInstances: f.size}
	lat := []int{}
	for _, rq := range reqs {
		f.reap(rq.ArrivalMs, cfg.IdleTimeoutMs)
		if n := f.firstFree(rq.ArrivalMs); n != nil {
			n.freeAt = rq.ArrivalMs + rq.DurationMs
			lat = append(lat, rq.DurationMs)
		} else {
			out.ColdStarts++
			f.push(&node{freeAt: rq.ArrivalMs + cfg.InitMs + rq.DurationMs})
			lat = append(lat, cfg.InitMs+rq.DurationMs)
		}
		out.PeakInstances = max(out.PeakInstances, f.size)
	}
	slices.Sort(lat)
	if n := len(lat); n > 0 {
		out.P50Ms = lat[(50*n+99)/100-1]
		out.P99Ms = lat[(99*n+99)/100-1]
	}
	mem := float64(cfg.MemoryMB)
	if mem == 0 {
		mem = 128
	}
	out.InitGBSeconds = float64(out.ColdStarts) * (float64(cfg.InitMs) / 1000) * (mem / 1024)
	return out
}
