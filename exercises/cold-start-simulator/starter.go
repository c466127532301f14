//go:build lectern_starter

package coldstart

// Simulate plays the requests, in arrival order, against a platform that
// gives each instance one request at a time, and reports the cold starts,
// the peak number of instances, the p50 and p99 latency and the billed
// init GB-seconds.
//
// Read the prompt for the rules, then replace the body.
func Simulate(cfg Config, reqs []Request) Result {
	// Your code here: keep the instances in the order they were created.
	return Result{}
}
