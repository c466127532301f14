package tui

import (
	"context"
	"fmt"
	"os/exec"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
)

// fakeChallenges stands in for the grader: a challenge's first grade
// fails, the next passes; code holding "oops" does not compile (line 3).
// Code saved from the editor is kept in code.
type fakeChallenges struct {
	grades map[string]int
	code   map[string]string
	// editor is the external editor ("": none); configured says it came
	// from $EDITOR; editorBin is the program EditorCmd runs.
	editor     string
	configured bool
	editorBin  string
}

func (f *fakeChallenges) Challenge(id string) (ChallengeInfo, bool) {
	return ChallengeInfo{ID: id, Title: "The " + id + " challenge", Prompt: "Write **" + id + "**.",
		Hints: []string{"Think in GB-seconds.", "Subtract 400,000.", "Round with math.Round."}}, true
}
func (f *fakeChallenges) Workspace(id string) (string, string, error) {
	if c, ok := f.code[id]; ok {
		return "/work/" + id + "/solution.go", c, nil
	}
	return "/work/" + id + "/solution.go", "package main\n\nfunc " + id + "() {}\n", nil
}
func (f *fakeChallenges) SaveWorkspace(id, code string) error {
	if f.code == nil {
		f.code = map[string]string{}
	}
	f.code[id] = code
	return nil
}
func (f *fakeChallenges) Solution(id string) (string, bool) {
	return "package main\n\n// The reference.\nfunc " + id + "() {}\n", true
}
func (f *fakeChallenges) ExternalEditor() (string, bool) { return f.editor, f.configured }
func (f *fakeChallenges) EditorCmd(path string) *exec.Cmd {
	bin := f.editorBin
	if bin == "" {
		bin = "true"
	}
	return exec.Command(bin, path)
}
func (f *fakeChallenges) Grade(_ context.Context, id string) GradeReport {
	for n, l := range strings.Split(f.code[id], "\n") {
		if col := strings.Index(l, "oops"); col >= 0 {
			return GradeReport{Status: "error", Reason: "compile", Message: fmt.Sprintf("solution.go:%d:%d: undefined: oops", n+1, col+1),
				Diagnostics: []GradeDiagnostic{{File: "solution.go", Line: n + 1, Col: col + 1, Message: "undefined: oops"}}}
		}
	}
	if f.grades == nil {
		f.grades = map[string]int{}
	}
	f.grades[id]++
	if f.grades[id] == 1 {
		return GradeReport{Status: "fail", Passed: 1, Total: 2, Summary: "1 passed, 1 failed", Tests: []GradeTest{
			{Name: "TestA/zero", Status: "pass"},
			{Name: "TestA/paid", Status: "fail", Message: "CalculateCost(4000000, 200, 1024) = 0, want 6.67"},
		}}
	}
	return GradeReport{Status: "pass", Passed: 2, Total: 2, Duration: 5 * time.Millisecond,
		Tests: []GradeTest{{Name: "TestA/zero", Status: "pass"}, {Name: "TestA/paid", Status: "pass"}}}
}

func challengeHarness(t *testing.T) *harness { return challengeHarnessWith(t, &fakeChallenges{}) }

func challengeHarnessWith(t *testing.T, f *fakeChallenges) *harness {
	store := progress.Open(t.TempDir())
	m := New(Options{Lessons: fixture(t), Store: store, Challenges: f, Now: time.Now})
	h := &harness{t: t, m: m, store: store}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	return h
}

func TestChallengeStepGradesHintsAndCompletes(t *testing.T) {
	h := challengeHarness(t)
	h.key("enter", "n", "n", "n", "n")
	s := h.screen()
	if !strings.Contains(s, "Step 5/9: First Challenge") || !strings.Contains(s, "enter: grade") || !strings.Contains(s, "Write adder.") {
		t.Fatalf("challenge step:\n%s", s)
	}
	if strings.Contains(s, "Challenges:") {
		t.Fatalf("a step with one challenge lists it:\n%s", s)
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
	if got := h.disk().Challenges["adder"]; got == nil || got.HintsRevealed != 1 || len(got.Attempts) != 1 || got.Attempts[0].Verdict != "fail" {
		t.Fatalf("progress after a failing grade and a hint: %+v", got)
	}
	if h.disk().Lessons["alpha"].Done("add") {
		t.Fatal("a failing grade marked the step done")
	}
	h.key("enter")
	if s := h.screen(); !strings.Contains(s, "All 2 tests pass") || !strings.Contains(s, "Step done") {
		t.Fatalf("passing grade not shown:\n%s", s)
	}
	if !h.disk().Lessons["alpha"].Done("add") || !h.disk().Challenges["adder"].Passed {
		t.Fatal("passing the hidden tests did not complete the step")
	}
}

// A step with two challenges lists both with their status; tab switches;
// the step is done only when both pass.
func TestChallengeStepWithTwoChallenges(t *testing.T) {
	h := challengeHarness(t)
	h.send(tea.WindowSizeMsg{Width: 100, Height: 40})
	h.key("enter", "n", "n", "n", "n", "n", "n", "n")
	s := h.screen()
	if !strings.Contains(s, "Step 8/9: Challenge Pair") || !strings.Contains(s, "Challenges: 0 of 2 passed") ||
		!strings.Contains(s, "▸ · The greet challenge") || !strings.Contains(s, "  · The shout challenge") || !strings.Contains(s, "Write greet.") {
		t.Fatalf("pair step:\n%s", s)
	}
	h.key("enter", "enter") // greet fails, then passes
	s = h.screen()
	if !strings.Contains(s, "Challenges: 1 of 2 passed") || !strings.Contains(s, "▸ ✓ The greet challenge") || !strings.Contains(s, "The step is done once every challenge passes") {
		t.Fatalf("after greet passed:\n%s", s)
	}
	if h.disk().Lessons["alpha"].Done("pair") {
		t.Fatal("the step is done with one of its two challenges passed")
	}
	h.key("tab")
	if s := h.screen(); !strings.Contains(s, "▸ · The shout challenge") || !strings.Contains(s, "Write shout.") || strings.Contains(s, "Write greet.") {
		t.Fatalf("tab did not switch to shout:\n%s", s)
	}
	h.key("enter")
	if s := h.screen(); !strings.Contains(s, "▸ ✗ The shout challenge") {
		t.Fatalf("a failed challenge is not marked:\n%s", s)
	}
	h.key("enter")
	if s := h.screen(); !strings.Contains(s, "Challenges: 2 of 2 passed") || !strings.Contains(s, "Step done") {
		t.Fatalf("after both passed:\n%s", s)
	}
	st := h.disk()
	if !st.Lessons["alpha"].Done("pair") || !st.Challenges["greet"].Passed || !st.Challenges["shout"].Passed {
		t.Fatalf("progress after both passed: %+v", st.Lessons["alpha"])
	}
	h.key("shift+tab")
	if s := h.screen(); !strings.Contains(s, "▸ ✓ The greet challenge") {
		t.Fatalf("shift+tab did not go back:\n%s", s)
	}
}

// A grade that ends after the learner moved on is still recorded.
func TestGradeFinishingAfterLeavingIsRecorded(t *testing.T) {
	h := challengeHarness(t)
	h.key("enter", "n", "n", "n", "n")
	_, grading := h.m.Update(keyMsg("enter"))
	h.key("n")
	for _, msg := range run(grading) {
		h.send(msg)
	}
	if c := h.disk().Challenges["adder"]; c == nil || len(c.Attempts) != 1 {
		t.Fatalf("the grade that finished on another step was lost: %+v", c)
	}
}

func TestInterpreterLimitationIsNotShownAsAMistake(t *testing.T) {
	c := &Common{Keys: DefaultKeyMap(), Styles: NewStyles(false, true)}
	st := &progress.State{Version: 1}
	l := alpha(t)
	env := &StepEnv{Common: c, Lesson: l, Index: l.StepIndex("add"), Lessons: []*lessons.Lesson{l}, State: st, Now: time.Now,
		Challenges: &fakeChallenges{}, Save: func(change func(*progress.State)) tea.Cmd { change(st); return nil }}
	m := newStep(env).(*challengeStep)
	m.SetSize(80, 30)
	m.Update(gradedMsg{to: m, id: "adder", report: GradeReport{Status: "error", Reason: "compile", Unsupported: true,
		Message: "errors.As into a type declared in your file", Total: 1,
		Tests: []GradeTest{{Name: "TestA", Status: "error", Message: "not graded"}}}})
	out := m.View()
	if !strings.Contains(out, "not a mistake in your code") || !strings.Contains(out, "errors.As into a type") || strings.Contains(out, "compile error") {
		t.Fatalf("limitation shown as:\n%s", out)
	}
	if !strings.Contains(out, "? TestA") {
		t.Fatalf("ungraded test not marked '?':\n%s", out)
	}
	// A grade addressed to another step is not this one's.
	if handled, _ := m.Update(gradedMsg{to: &challengeStep{}, id: "adder", report: GradeReport{Status: "pass"}}); handled {
		t.Fatal("took another step's grade")
	}
}
