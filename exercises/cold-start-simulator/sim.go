package coldstart

// Request is one request to the function.
type Request struct {
	ArrivalMs  int // when it arrives, in ms from the start; never decreasing
	DurationMs int // how long the handler runs once it has an instance
}

// Config describes the function and the platform.
type Config struct {
	InitMs        int // a cold start's init phase: runtime, code, start-up work
	IdleTimeoutMs int // an on-demand instance idle for longer than this is shut down
	Provisioned   int // pre-warmed instances: never cold, never shut down
	MemoryMB      int // the function's memory, for the billed init; 0 means 128
}

// Result is what the simulation found.
type Result struct {
	ColdStarts    int     // requests that had to wait for a new instance
	PeakInstances int     // the most instances alive at once, provisioned included
	P50Ms, P99Ms  int     // latency percentiles (nearest rank), init included
	InitGBSeconds float64 // the init phases, billed since August 2025
}
