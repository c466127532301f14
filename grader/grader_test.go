package grader

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestMain(m *testing.M) {
	RunWorkerIfRequested()
	os.Exit(m.Run())
}

// costCalcTask is the fixture most grader tests grade against: a copy of
// the serverless lesson's cost calculator (testdata/costcalc), frozen so
// that the shipped challenge can change without touching these tests.
var (
	costCalcTask    *Task
	costCalcStarter []byte
)

func costCalculator(t testing.TB) *Task {
	t.Helper()
	if costCalcTask != nil {
		return costCalcTask
	}
	read := func(name string) []byte {
		data, err := os.ReadFile(filepath.Join("testdata", "costcalc", name))
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	costCalcStarter = read("starter.go")
	costCalcTask = &Task{
		ID:          "cost-calculator",
		ImportPath:  "example.com/costcalculator",
		Tests:       []File{{Name: "example_test.go", Source: read("example_test.go")}, {Name: "hidden_test.go", Source: read("hidden_test.go"), Hidden: true}},
		Functions:   []Function{{Name: "CalculateCost", Signature: "func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64"}},
		Imports:     []string{"errors", "fmt", "math", "sort", "strconv", "strings", "unicode", "unicode/utf8"},
		Reference:   read("solution.go"),
		TimeLimit:   2 * time.Second,
		MemoryLimit: 64 << 20,
	}
	return costCalcTask
}

func grade(t testing.TB, src string) *Verdict {
	t.Helper()
	return Grade(context.Background(), costCalculator(t), "solution.go", []byte(src))
}
