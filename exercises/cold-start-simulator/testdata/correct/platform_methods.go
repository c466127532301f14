package coldstart

import "sort"

// A platform type with a method per rule: reclaim, assign, launch; the
// latencies kept as a sorted slice with each new one inserted in place.

type vm struct {
	id         int
	free       int
	persistent bool
}

type platform struct {
	cfg       Config
	vms       []vm // by id
	nextID    int
	colds     int
	peak      int
	latencies []int // always sorted
}

func (p *platform) reclaim(now int) {
	kept := p.vms[:0]
	for _, v := range p.vms {
		if v.persistent || v.free > now || now-v.free <= p.cfg.IdleTimeoutMs {
			kept = append(kept, v)
		}
	}
	p.vms = kept
}

func (p *platform) assign(now, duration int) bool {
	for i := range p.vms {
		if p.vms[i].free <= now {
			p.vms[i].free = now + duration
			return true
		}
	}
	return false
}

func (p *platform) launch(now, duration int) {
	p.nextID++
	p.vms = append(p.vms, vm{id: p.nextID, free: now + p.cfg.InitMs + duration})
	p.colds++
}

func (p *platform) record(latency int) {
	i := sort.SearchInts(p.latencies, latency)
	p.latencies = append(p.latencies, 0)
	copy(p.latencies[i+1:], p.latencies[i:])
	p.latencies[i] = latency
}

func (p *platform) percentile(pct int) int {
	n := len(p.latencies)
	if n == 0 {
		return 0
	}
	rank := (pct*n + 99) / 100
	return p.latencies[rank-1]
}

func Simulate(cfg Config, reqs []Request) Result {
	p := &platform{cfg: cfg}
	for range cfg.Provisioned {
		p.nextID++
		p.vms = append(p.vms, vm{id: p.nextID, persistent: true})
	}
	p.peak = len(p.vms)
	for _, r := range reqs {
		p.reclaim(r.ArrivalMs)
		if p.assign(r.ArrivalMs, r.DurationMs) {
			p.record(r.DurationMs)
		} else {
			p.launch(r.ArrivalMs, r.DurationMs)
			p.record(cfg.InitMs + r.DurationMs)
		}
		p.peak = max(p.peak, len(p.vms))
	}
	mem := cfg.MemoryMB
	if mem == 0 {
		mem = 128
	}
	return Result{
		ColdStarts:    p.colds,
		PeakInstances: p.peak,
		P50Ms:         p.percentile(50),
		P99Ms:         p.percentile(99),
		InitGBSeconds: float64(p.colds) * float64(cfg.InitMs) / 1000 * float64(mem) / 1024,
	}
}
