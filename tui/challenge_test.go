package tui

import (
	"context"
	"os/exec"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/lectern-dev/lectern/progress"
)

// fakeChallenges stands in for the grader: the first grade fails, the
// next passes.
type fakeChallenges struct{ grades int }

func (f *fakeChallenges) Prompt(string) (string, bool) { return "Write **CalculateCost**.", true }
func (f *fakeChallenges) Workspace(string) (string, string, error) {
	return "/work/solution.go", "package main\n\nfunc CalculateCost() {}\n", nil
}
func (f *fakeChallenges) Hints(string) []string {
	return []string{"Think in GB-seconds.", "Subtract 400,000.", "Round with math.Round."}
}
func (f *fakeChallenges) EditorCmd(path string) *exec.Cmd { return exec.Command("true", path) }
func (f *fakeChallenges) Grade(context.Context, string) GradeReport {
	f.grades++
	if f.grades == 1 {
		return GradeReport{Status: "fail", Passed: 1, Total: 2, Summary: "1 passed, 1 failed", Tests: []GradeTest{
			{Name: "TestA/zero", Status: "pass"},
			{Name: "TestA/paid", Status: "fail", Message: "CalculateCost(4000000, 200, 1024) = 0, want 6.67"},
		}}
	}
	return GradeReport{Status: "pass", Passed: 2, Total: 2, Duration: 5 * time.Millisecond,
		Tests: []GradeTest{{Name: "TestA/zero", Status: "pass"}, {Name: "TestA/paid", Status: "pass"}}}
}

func TestChallengeStepGradesHintsAndCompletes(t *testing.T) {
	store := progress.Open(t.TempDir())
	m := New(Options{Lessons: builtin(t), Store: store, Challenges: &fakeChallenges{}, Now: time.Now})
	h := &harness{t: t, m: m, store: store}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.key("enter", "n", "n", "n", "n", "n", "n")
	s := h.screen()
	if !strings.Contains(s, "Step 7/9: Coding Challenge") || !strings.Contains(s, "enter: grade") {
		t.Fatalf("challenge step:\n%s", s)
	}
	h.key("enter")
	s = h.screen()
	if !strings.Contains(s, "✗ 1 passed, 1 failed") || !strings.Contains(s, "want 6.67") {
		t.Fatalf("failing grade not shown:\n%s", s)
	}
	if i, j := strings.Index(s, "TestA/paid"), strings.Index(s, "TestA/zero"); i < 0 || j < 0 || i > j {
		t.Fatalf("failing tests should come first:\n%s", s)
	}
	h.key("h")
	if s := h.screen(); !strings.Contains(s, "Hint 1/3: Think in GB-seconds.") {
		t.Fatalf("hint not shown:\n%s", s)
	}
	if got := h.disk().Challenges["cost-calculator"]; got == nil || got.HintsRevealed != 1 || len(got.Attempts) != 1 || got.Attempts[0].Verdict != "fail" {
		t.Fatalf("progress after a failing grade and a hint: %+v", got)
	}
	if h.disk().Lessons["serverless"].Done("challenge") {
		t.Fatal("a failing grade marked the step done")
	}
	h.key("enter")
	if s := h.screen(); !strings.Contains(s, "All 2 tests pass") {
		t.Fatalf("passing grade not shown:\n%s", s)
	}
	if !h.disk().Lessons["serverless"].Done("challenge") || !h.disk().Challenges["cost-calculator"].Passed {
		t.Fatal("passing the hidden tests did not complete the step")
	}
}

func TestInterpreterLimitationIsNotShownAsAMistake(t *testing.T) {
	c := &Common{Keys: DefaultKeyMap(), Styles: NewStyles(false, true)}
	st := &progress.State{Version: 1}
	m := newChallengeModel(c, builtin(t)[0], builtin(t)[0].Steps[6], &fakeChallenges{}, st, func(change func(*progress.State)) tea.Cmd { change(st); return nil })
	m.setSize(80, 30)
	m.update(gradedMsg{id: "cost-calculator", report: GradeReport{Status: "error", Reason: "compile", Unsupported: true,
		Message: "errors.As into a type declared in your file", Total: 1,
		Tests: []GradeTest{{Name: "TestA", Status: "error", Message: "not graded"}}}})
	out := m.view()
	if !strings.Contains(out, "not a mistake in your code") || !strings.Contains(out, "errors.As into a type") || strings.Contains(out, "compile error") {
		t.Fatalf("limitation shown as:\n%s", out)
	}
	if !strings.Contains(out, "? TestA") {
		t.Fatalf("ungraded test not marked '?':\n%s", out)
	}
}
