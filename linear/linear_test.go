package linear

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/quiz"
	"github.com/lectern-dev/lectern/tui"
)

func fixture(t *testing.T) []*lessons.Lesson {
	t.Helper()
	ls, err := lessons.LoadAll(os.DirFS("../testdata/pack/lessons"), lessons.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return ls
}

// fake grades like the TUI's tests' fake: the first grade of a challenge
// fails, the next passes.
type fake struct{ grades map[string]int }

func (f *fake) Challenge(id string) (tui.ChallengeInfo, bool) {
	return tui.ChallengeInfo{ID: id, Title: "The " + id + " challenge", Prompt: "Write **" + id + "**.", Hints: []string{"First hint.", "Last hint."}}, true
}
func (f *fake) Workspace(id string) (string, string, error) {
	return "/work/" + id + "/solution.go", "package main\n\nfunc " + id + "() {}\n", nil
}
func (f *fake) SaveWorkspace(string, string) error { return nil }
func (f *fake) Solution(id string) (string, bool)  { return "package main // reference\n", true }
func (f *fake) ExternalEditor() (string, bool)     { return "", false }
func (f *fake) EditorCmd(path string) *exec.Cmd    { return exec.Command("true", path) }
func (f *fake) Grade(_ context.Context, id string) tui.GradeReport {
	if f.grades == nil {
		f.grades = map[string]int{}
	}
	f.grades[id]++
	if f.grades[id] == 1 {
		return tui.GradeReport{Status: "fail", Passed: 1, Total: 2, Summary: "1 passed, 1 failed", Tests: []tui.GradeTest{
			{Name: "TestA/zero", Status: "pass"}, {Name: "TestA/paid", Status: "fail", Message: "got 0\nwant 6.67"}}}
	}
	return tui.GradeReport{Status: "pass", Passed: 2, Total: 2}
}

// correct is every answer of step i's quiz, one per line, for seed.
func correct(l *lessons.Lesson, i int, seed uint64) string {
	a := quiz.NewAttempt(l.Steps[i].Quiz, quiz.NewRand(seed))
	var b strings.Builder
	for n := range a.Len() {
		it := a.Item(n)
		switch it.Q.Kind {
		case quiz.Numeric:
			b.WriteString(quiz.FormatNumber(it.Q.Number))
		default:
			var ls []string
			for _, c := range it.CorrectShown() {
				ls = append(ls, quiz.Letter(c))
			}
			b.WriteString(strings.Join(ls, ","))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// The whole course through a pipe: every line plain, no box drawing, no
// escape codes; each feature reachable by a typed command; progress kept.
func TestSessionThroughAPipe(t *testing.T) {
	ls := fixture(t)
	alpha := ls[0]
	input := "1\nnope\nn\nn\nt\nreplay 1\ng cold\ngo 4\nquiz\n" + correct(alpha, 3, 7) + "go 5\ncheck\nhint\nhint\nhint\ncheck\ncompare\ncode\ns\ngo 9\nn\nq\n"
	var out bytes.Buffer
	st := &progress.State{Version: 1}
	saves := 0
	s := &Session{In: strings.NewReader(input), Out: &out, Echo: true, Width: 70, Lessons: ls, State: st, Challenges: &fake{}, Seed: 7,
		Save: func(change func(*progress.State)) error { saves++; return nil },
		Now:  func() time.Time { return time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC) }}
	if err := s.Run(); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	flat := strings.Join(strings.Fields(got), " ")
	for _, want := range []string{
		"Lessons:", "1. Alpha (Testing)", "> 1\n", "Step 1 of 9: Why This Matters (not done yet).", "Step 1 is done: 1 of 9 steps done.",
		`"nope" is not a command here.`,
		"Step 3 of 9: Visual Model", "1. Request arrives. Then to 2.", "A decision: yes goes to 3, Init runtime", "Tour (9 stops):",
		"Stop 1 of 9: Request arrives.", "Cold request, ", "Cold start:",
		"Step 4 of 9: Quick Quiz", "Question 1 of 4", "Score: 4/4", "The Quick Quiz step is done.",
		"Challenge adder (not passed yet). Your code is the file /work/adder/solution.go.",
		"Test 2 of 2 failed: TestA/paid: got 0 want 6.67", "1 of 2 tests pass.", "Hint 1 of 2: First hint.", "Hint 2 of 2: Last hint.", "That was the last hint.",
		"All 2 tests pass.", "Step 5 is done.", "The reference:", "package main // reference", "3: func adder() {}",
		"4. Quick Quiz: done.", "End of Alpha:", "Goodbye. Your progress is kept.",
	} {
		if !strings.Contains(got, want) && !strings.Contains(flat, strings.Join(strings.Fields(want), " ")) {
			t.Errorf("the transcript lacks %q", want)
		}
	}
	if strings.ContainsAny(got, "│─┌┐└┘├┤┬┴┼╔╗╚╝═║┃━┏┓┗┛╭╮╰╯\x1b") {
		t.Errorf("box drawing or escape codes in the transcript:\n%s", got)
	}
	for i, l := range strings.Split(got, "\n") {
		// Announcements are one line each, however long; the rest wraps.
		if len([]rune(l)) > 70 && !strings.HasPrefix(l, "Test ") {
			t.Errorf("line %d is %d wide: %q", i+1, len([]rune(l)), l)
		}
	}
	if !strings.Contains(got, "\nTest 2 of 2 failed: TestA/paid: got 0 want 6.67\n") {
		t.Error("a failing test is not announced in one line")
	}
	l := st.Lessons["alpha"]
	if !l.Done("why") || !l.Done("visual") || !l.Done("quiz") || !l.Done("add") || l.CurrentStep != "recap" || saves == 0 {
		t.Fatalf("progress: %+v (%d saves)", l, saves)
	}
	if c := st.Challenges["adder"]; c == nil || !c.Passed || len(c.Attempts) != 2 || c.HintsRevealed != 2 {
		t.Fatalf("challenge: %+v", c)
	}
}

// The input ending in the middle of the quiz ends the session, keeping
// what was done; a lone lesson opens at once.
func TestSessionEndsWithTheInput(t *testing.T) {
	ls := fixture(t)[:1]
	var out bytes.Buffer
	s := &Session{In: strings.NewReader("go 4\nquiz\nb\n"), Out: &out, Lessons: ls, Seed: 3}
	if err := s.Run(); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); !strings.Contains(got, "Step 1 of 9") || !strings.Contains(got, "Score:") || strings.Contains(got, "Lessons:") {
		t.Fatalf("transcript:\n%s", got)
	}
	out.Reset()
	s = &Session{In: strings.NewReader("s\n"), Out: &out, Lessons: ls, Notice: "Progress won't be saved: ~/.x: permission denied."}
	if err := s.Run(); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); !strings.Contains(got, "Note: Progress won't be saved") || !strings.Contains(got, "End of input: goodbye.") {
		t.Fatalf("transcript:\n%s", got)
	}
}

func TestAnnouncements(t *testing.T) {
	compile := tui.GradeReport{Status: "error", Reason: "compile", Diagnostics: []tui.GradeDiagnostic{{Line: 4, Col: 9, Message: "undefined: c"}, {Line: 7, Message: "missing return"}}}
	if got := strings.Join(Announcements(compile), "|"); got != "Compile error at line 4, column 9: undefined: c|Compile error at line 7: missing return" {
		t.Fatalf("compile: %q", got)
	}
	limit := tui.GradeReport{Status: "error", Reason: "compile", Unsupported: true, Message: "a generic method value"}
	if got := Announcements(limit); len(got) != 1 || !strings.Contains(got[0], "not a mistake in your code") {
		t.Fatalf("limitation: %q", got)
	}
	timeout := tui.GradeReport{Status: "error", Reason: "timeout", Message: "the tests took longer than 2s"}
	if got := Announcements(timeout); len(got) != 1 || got[0] != "Not graded: timeout: the tests took longer than 2s" {
		t.Fatalf("timeout: %q", got)
	}
}
