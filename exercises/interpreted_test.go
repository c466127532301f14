package exercises_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/lectern-dev/lectern/exercises"
	"github.com/lectern-dev/lectern/grader"
)

func TestMain(m *testing.M) {
	grader.RunWorkerIfRequested()
	os.Exit(m.Run())
}

// TestThroughTheGrader is the rustlings-style check of every challenge as
// the learner meets it: through the interpreter, the reference solution
// passes every test and the starter compiles but fails.
func TestThroughTheGrader(t *testing.T) {
	all, err := exercises.LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	for _, ch := range all {
		t.Run(ch.ID, func(t *testing.T) {
			v := grader.Grade(context.Background(), ch.Task(), "solution.go", ch.Solution)
			if v.Status != grader.Pass || v.Total() == 0 {
				var b strings.Builder
				_ = grader.WriteText(&b, v)
				t.Fatalf("reference solution: %s (%s)\n%s", v.Status, v.Reason, b.String())
			}
			v = grader.Grade(context.Background(), ch.Task(), "solution.go", ch.Starter)
			if v.Status != grader.Fail {
				var b strings.Builder
				_ = grader.WriteText(&b, v)
				t.Fatalf("starter: %s (%s), want fail (it must compile and fail some tests)\n%s", v.Status, v.Reason, b.String())
			}
		})
	}
}
