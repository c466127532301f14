package coldstart_test

import (
	"testing"

	coldstart "github.com/lectern-dev/lectern/exercises/cold-start-simulator"
)

// These tests are hidden from the learner. Every expected result but the
// last was worked out by hand; what they catch is listed in this folder's
// README.

type cfg = coldstart.Config
type res = coldstart.Result

func TestSimulate(t *testing.T) {
	// Ten requests to one warm instance, 10 to 100 ms, the first one cold.
	var ten []coldstart.Request
	for i := range 10 {
		ten = append(ten, coldstart.Request{ArrivalMs: i * 10_000, DurationMs: (i + 1) * 10})
	}
	// Two hundred requests, 1 to 200 ms, two seconds apart.
	var twoHundred []coldstart.Request
	for i := range 200 {
		twoHundred = append(twoHundred, coldstart.Request{ArrivalMs: i * 2000, DurationMs: i + 1})
	}
	checkSimulations(t, []simCase{
		{"no requests: the provisioned instances are there all the same",
			cfg{InitMs: 300, IdleTimeoutMs: 1000, Provisioned: 3}, nil,
			res{PeakInstances: 3}},
		{"one request starts cold",
			cfg{InitMs: 250, IdleTimeoutMs: 1000, MemoryMB: 512}, reqs(1000, 40),
			res{ColdStarts: 1, PeakInstances: 1, P50Ms: 290, P99Ms: 290, InitGBSeconds: 0.125}},
		{"one instance serves requests that come one after another",
			cfg{InitMs: 200, IdleTimeoutMs: 5000, MemoryMB: 1024}, reqs(0, 100, 400, 100, 900, 100, 3000, 100),
			res{ColdStarts: 1, PeakInstances: 1, P50Ms: 100, P99Ms: 300, InitGBSeconds: 0.2}},
		{"a burst needs one instance per request",
			cfg{InitMs: 400, IdleTimeoutMs: 60_000, MemoryMB: 2048}, reqs(0, 50, 0, 50, 0, 50, 0, 50, 0, 50),
			res{ColdStarts: 5, PeakInstances: 5, P50Ms: 450, P99Ms: 450, InitGBSeconds: 4}},
		{"idle for exactly the timeout is still warm (memory 0 is 128 MB)",
			cfg{InitMs: 100, IdleTimeoutMs: 1000}, reqs(0, 50, 1150, 50),
			res{ColdStarts: 1, PeakInstances: 1, P50Ms: 50, P99Ms: 150, InitGBSeconds: 0.0125}},
		{"a millisecond past the timeout is cold again",
			cfg{InitMs: 100, IdleTimeoutMs: 1000}, reqs(0, 50, 1151, 50),
			res{ColdStarts: 2, PeakInstances: 1, P50Ms: 150, P99Ms: 150, InitGBSeconds: 0.025}},
		{"a request that arrives as another ends takes its instance",
			cfg{InitMs: 100, IdleTimeoutMs: 1000}, reqs(0, 50, 150, 50),
			res{ColdStarts: 1, PeakInstances: 1, P50Ms: 50, P99Ms: 150, InitGBSeconds: 0.0125}},
		{"an instance is busy while it initialises",
			cfg{InitMs: 500, IdleTimeoutMs: 1000, MemoryMB: 1024}, reqs(0, 100, 550, 100),
			res{ColdStarts: 2, PeakInstances: 2, P50Ms: 600, P99Ms: 600, InitGBSeconds: 1}},
		{"idle time counts from the end of a request, not its start",
			cfg{InitMs: 0, IdleTimeoutMs: 1000, MemoryMB: 1024}, reqs(0, 5000, 5500, 10),
			res{ColdStarts: 1, PeakInstances: 1, P50Ms: 10, P99Ms: 5000, InitGBSeconds: 0}},
		{"the lowest-numbered free instance goes first, not the one idle longest",
			cfg{InitMs: 100, IdleTimeoutMs: 1000, MemoryMB: 1024}, reqs(0, 300, 10, 10, 500, 50, 1150, 50, 1150, 50),
			res{ColdStarts: 3, PeakInstances: 2, P50Ms: 110, P99Ms: 400, InitGBSeconds: 0.3}},
		{"the lowest-numbered free instance goes first, not the one used last",
			cfg{InitMs: 100, IdleTimeoutMs: 1000, MemoryMB: 1024}, reqs(0, 10, 50, 100, 500, 10, 1200, 10, 1200, 10),
			res{ColdStarts: 2, PeakInstances: 2, P50Ms: 10, P99Ms: 200, InitGBSeconds: 0.2}},
		{"provisioned instances go first, are never cold and never shut down",
			cfg{InitMs: 800, IdleTimeoutMs: 1000, Provisioned: 2, MemoryMB: 1024}, reqs(0, 100, 0, 100, 0, 100, 60_000, 100, 60_000, 100),
			res{ColdStarts: 1, PeakInstances: 3, P50Ms: 100, P99Ms: 900, InitGBSeconds: 0.8}},
		{"an idle timeout of 0 keeps an instance only for a request at the moment it frees",
			cfg{InitMs: 100, IdleTimeoutMs: 0}, reqs(0, 100, 200, 100, 400, 100, 401, 100),
			res{ColdStarts: 3, PeakInstances: 2, P50Ms: 200, P99Ms: 200, InitGBSeconds: 0.0375}},
		{"p50 and p99 of ten requests are the 5th and 10th latencies",
			cfg{InitMs: 1000, IdleTimeoutMs: 100_000, MemoryMB: 1024}, ten,
			res{ColdStarts: 1, PeakInstances: 1, P50Ms: 60, P99Ms: 1010, InitGBSeconds: 1}},
		{"p50 and p99 of two hundred requests are the 100th and 198th latencies",
			cfg{InitMs: 1000, IdleTimeoutMs: 100_000, MemoryMB: 1024}, twoHundred,
			res{ColdStarts: 1, PeakInstances: 1, P50Ms: 101, P99Ms: 199, InitGBSeconds: 1}},
	})
}

// bursty is an hour of made-up traffic: bursts of up to 40 requests a few
// milliseconds apart, quiet spells of up to six minutes between them, and
// handlers of 20 to 500 ms. A linear congruential generator makes it the
// same on every run.
func bursty() []coldstart.Request {
	seed := uint32(2026)
	next := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	var out []coldstart.Request
	now := 0
	for now < 3_600_000 {
		for range 1 + next(40) {
			now += next(15)
			out = append(out, coldstart.Request{ArrivalMs: now, DurationMs: 20 + next(481)})
		}
		now += 1000 + next(360_000)
	}
	return out
}

// The same hour against two configurations. The expected results come
// from the reference solution and agree with every other correct
// solution in testdata/correct, written independently.
func TestSimulateAnHourOfBurstyTraffic(t *testing.T) {
	traffic := bursty()
	checkSimulations(t, []simCase{
		{"on demand only",
			cfg{InitMs: 350, IdleTimeoutMs: 300_000, MemoryMB: 1769}, traffic,
			res{ColdStarts: 179, PeakInstances: 34, P50Ms: 402, P99Ms: 843, InitGBSeconds: 108.230322265625}},
		{"with four provisioned instances",
			cfg{InitMs: 350, IdleTimeoutMs: 300_000, Provisioned: 4, MemoryMB: 1769}, traffic,
			res{ColdStarts: 157, PeakInstances: 34, P50Ms: 388, P99Ms: 843, InitGBSeconds: 94.928271484375}},
	})
}
