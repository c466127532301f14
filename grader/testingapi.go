package grader

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"sync"

	"github.com/lectern-dev/lectern/grader/stdlib"
)

// testingAPI is package testing as test files are type-checked against:
// exactly what the sandbox's stand-in (package sandbox: T, B, F, PB, M,
// TB) offers, with the real package's signatures and method layout (the
// methods shared by T, B and F live on an embedded common, so vet's printf
// check knows t.Errorf by its usual name). A test file that uses more of
// package testing than this gets a type error naming what is missing,
// marked as a limitation of Lectern. TestTestingAPIMatchesSandbox keeps
// the two in step.
const testingAPI = `package testing

import "time"

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
	private()
}

type common struct{ _ int }

func (c *common) Cleanup(f func())                  {}
func (c *common) Error(args ...any)                 {}
func (c *common) Errorf(format string, args ...any) {}
func (c *common) Fail()                             {}
func (c *common) FailNow()                          {}
func (c *common) Failed() bool                      { return false }
func (c *common) Fatal(args ...any)                 {}
func (c *common) Fatalf(format string, args ...any) {}
func (c *common) Helper()                           {}
func (c *common) Log(args ...any)                   {}
func (c *common) Logf(format string, args ...any)   {}
func (c *common) Name() string                      { return "" }
func (c *common) Skip(args ...any)                  {}
func (c *common) SkipNow()                          {}
func (c *common) Skipf(format string, args ...any)  {}
func (c *common) Skipped() bool                     { return false }
func (c *common) private()                          {}

type T struct{ common }

func (t *T) Parallel()                              {}
func (t *T) Run(name string, f func(t *T)) bool     { return false }

type B struct {
	common
	N int
}

func (b *B) Loop() bool                             { return false }
func (b *B) ResetTimer()                            {}
func (b *B) StartTimer()                            {}
func (b *B) StopTimer()                             {}
func (b *B) ReportAllocs()                          {}
func (b *B) SetBytes(n int64)                       {}
func (b *B) ReportMetric(n float64, unit string)    {}
func (b *B) Elapsed() time.Duration                 { return 0 }
func (b *B) SetParallelism(p int)                   {}
func (b *B) Run(name string, f func(b *B)) bool     { return false }
func (b *B) RunParallel(body func(*PB))             {}

type PB struct{ _ int }

func (pb *PB) Next() bool { return false }

type F struct{ common }

func (f *F) Add(args ...any) {}
func (f *F) Fuzz(ff any)     {}

type M struct{ _ int }

func (m *M) Run() int { return 0 }

type BenchmarkResult struct {
	N int
	T time.Duration
}

func Short() bool                            { return false }
func Verbose() bool                          { return false }
func Testing() bool                          { return true }
func Benchmark(f func(b *B)) BenchmarkResult { return BenchmarkResult{} }
`

var (
	testingOnce sync.Once
	testingPkg  *types.Package
	testingErr  error
)

// testingPackage returns the type-checked testingAPI (once per process).
func testingPackage() (*types.Package, error) {
	testingOnce.Do(func() {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "testing.go", testingAPI, parser.SkipObjectResolution)
		if err != nil {
			testingErr = err
			return
		}
		conf := types.Config{Importer: stdlib.SharedImporter{}, GoVersion: goVersion}
		testingPkg, testingErr = conf.Check("testing", fset, []*ast.File{f}, nil)
	})
	return testingPkg, testingErr
}
