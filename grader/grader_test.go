package grader

import (
	"context"
	"os"
	"testing"

	"github.com/lectern-dev/lectern/exercises"
)

func TestMain(m *testing.M) {
	RunWorkerIfRequested()
	os.Exit(m.Run())
}

func costCalculator(t testing.TB) *exercises.Challenge {
	t.Helper()
	ch, err := exercises.Get("cost-calculator")
	if err != nil {
		t.Fatal(err)
	}
	return ch
}

func grade(t testing.TB, src string) *Verdict {
	t.Helper()
	return Grade(context.Background(), costCalculator(t), "solution.go", []byte(src))
}
