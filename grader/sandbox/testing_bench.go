package sandbox

import "time"

// TB is the sandbox's testing.TB: what T (and B, F) offer in common.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
}

var _ TB = (*T)(nil)

// B is the sandbox's testing.B. Benchmarks are loaded with the tests but
// not run, so its methods only need to exist; they behave as for a
// benchmark that runs no iterations.
type B struct {
	T
	N int
}

// Loop reports whether another iteration should run: none does.
func (b *B) Loop() bool { return false }

// ResetTimer does nothing: benchmarks are not timed here.
func (b *B) ResetTimer() {}

// StartTimer does nothing.
func (b *B) StartTimer() {}

// StopTimer does nothing.
func (b *B) StopTimer() {}

// ReportAllocs does nothing.
func (b *B) ReportAllocs() {}

// SetBytes does nothing.
func (b *B) SetBytes(n int64) {}

// ReportMetric does nothing.
func (b *B) ReportMetric(n float64, unit string) {}

// Elapsed is always zero.
func (b *B) Elapsed() time.Duration { return 0 }

// SetParallelism does nothing.
func (b *B) SetParallelism(p int) {}

// Run does not run the sub-benchmark.
func (b *B) Run(name string, f func(b *B)) bool { return true }

// RunParallel does not run the body.
func (b *B) RunParallel(body func(*PB)) {}

// PB is the sandbox's testing.PB.
type PB struct{}

// Next reports that there is no iteration to run.
func (pb *PB) Next() bool { return false }

// F is the sandbox's testing.F: fuzz tests load, but are not run.
type F struct {
	T
}

// Add does nothing.
func (f *F) Add(args ...any) {}

// Fuzz does not run the fuzz target.
func (f *F) Fuzz(ff any) {}

// M is the sandbox's testing.M.
type M struct{}

// Run reports success without running anything (TestMain is not run).
func (m *M) Run() int { return 0 }

// BenchmarkResult is the sandbox's testing.BenchmarkResult.
type BenchmarkResult struct {
	N int
	T time.Duration
}
