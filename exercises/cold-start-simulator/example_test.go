package coldstart_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	coldstart "github.com/lectern-dev/lectern/exercises/cold-start-simulator"
)

// These tests are shown to the learner.

// reqs builds requests from pairs: arrival ms, duration ms, arrival,
// duration...
func reqs(pairs ...int) []coldstart.Request {
	var out []coldstart.Request
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, coldstart.Request{ArrivalMs: pairs[i], DurationMs: pairs[i+1]})
	}
	return out
}

func showConfig(c coldstart.Config) string {
	return fmt.Sprintf("{init %d ms, idle timeout %d ms, provisioned %d, memory %d MB}", c.InitMs, c.IdleTimeoutMs, c.Provisioned, c.MemoryMB)
}

func showRequests(rs []coldstart.Request) string {
	if len(rs) > 12 {
		return fmt.Sprintf("%d requests, from %d ms to %d ms", len(rs), rs[0].ArrivalMs, rs[len(rs)-1].ArrivalMs)
	}
	var parts []string
	for _, r := range rs {
		parts = append(parts, fmt.Sprintf("%d+%d", r.ArrivalMs, r.DurationMs))
	}
	return "[" + strings.Join(parts, " ") + "] (arrival+duration, ms)"
}

func showResult(r coldstart.Result) string {
	return fmt.Sprintf("{cold starts %d, peak %d instances, p50 %d ms, p99 %d ms, init %v GB-s}", r.ColdStarts, r.PeakInstances, r.P50Ms, r.P99Ms, r.InitGBSeconds)
}

type simCase struct {
	name     string
	cfg      coldstart.Config
	requests []coldstart.Request
	want     coldstart.Result
}

func checkSimulations(t *testing.T, cases []simCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := coldstart.Simulate(tt.cfg, tt.requests)
			w := tt.want
			// Written so that NaN (which compares false with everything) fails.
			sameInit := math.Abs(got.InitGBSeconds-w.InitGBSeconds) <= 1e-9*math.Max(1, w.InitGBSeconds)
			if got.ColdStarts != w.ColdStarts || got.PeakInstances != w.PeakInstances || got.P50Ms != w.P50Ms || got.P99Ms != w.P99Ms || !sameInit {
				t.Errorf("Simulate(%s,\n  %s)\n got: %s\nwant: %s", showConfig(tt.cfg), showRequests(tt.requests), showResult(got), showResult(w))
			}
		})
	}
}

func TestSimulateExamples(t *testing.T) {
	example := reqs(0, 100, 200, 100, 700, 100, 800, 100, 20_000, 100)
	checkSimulations(t, []simCase{
		{"the worked example",
			coldstart.Config{InitMs: 500, IdleTimeoutMs: 10_000, MemoryMB: 1024}, example,
			coldstart.Result{ColdStarts: 3, PeakInstances: 2, P50Ms: 600, P99Ms: 600, InitGBSeconds: 1.5}},
		{"one provisioned instance takes the whole trickle",
			coldstart.Config{InitMs: 500, IdleTimeoutMs: 10_000, Provisioned: 1, MemoryMB: 1024}, example,
			coldstart.Result{ColdStarts: 0, PeakInstances: 1, P50Ms: 100, P99Ms: 100, InitGBSeconds: 0}},
		{"no requests",
			coldstart.Config{InitMs: 500, IdleTimeoutMs: 10_000, MemoryMB: 1024}, nil,
			coldstart.Result{}},
	})
}
