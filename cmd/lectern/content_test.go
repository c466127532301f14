package main

// Content tests: these check the built-in course itself (the serverless
// lesson and the cost calculator), so a change to the course may need a
// change here. Every other test of this package runs on the fixture pack.

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/quiz"
)

// builtin runs lectern on the built-in course.
func builtin(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return run(t, dir, "", []string{"LECTERN_LESSONS="}, args...)
}

// dev check over the embedded pack: every lesson valid, every challenge
// used, every reference passing and every starter failing in the sandbox.
func TestBuiltinPackPassesDevCheck(t *testing.T) {
	out, errOut, code := builtin(t, t.TempDir(), "dev", "check")
	if code != 0 || !strings.Contains(out, "ok   lesson serverless") || !strings.Contains(out, "ok   challenge cost-calculator: reference passes") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
}

func TestBuiltinLessonReads(t *testing.T) {
	out, errOut, code := builtin(t, t.TempDir(), "read", "serverless")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	l, err := newApp(&IOStreams{}, func(string) string { return "" }).Lesson("serverless", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, title := range []string{"Why This Matters", "Define Terms", "Visual Model", "Code Example",
		"Interactive Experiment", "Quick Quiz", "Coding Challenge", "Real-World Usage", "Connections"} {
		i := slices.IndexFunc(l.Steps, func(s lessons.Step) bool { return s.Title == title })
		if want := fmt.Sprintf("Step %d of %d: %s", i+1, len(l.Steps), title); i < 0 || !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// Facts from the course that must survive into the printed lesson.
	for _, fact := range []string{"$0.20", "400,000", "15 minutes", "100", "1000", "Cold start?", "Provisioned concurrency",
		"V8 isolate", "Cloud provider", "0.0000166667", "128", "Stripe", "webhook", "lectern quiz serverless", "lectern check cost-calculator"} {
		if !strings.Contains(out, fact) {
			t.Errorf("output lacks %q", fact)
		}
	}
	for _, w := range []string{"40", "60", "80"} {
		out, _, _ := builtin(t, t.TempDir(), "read", "--width", w)
		limit, _ := strconv.Atoi(w)
		for i, l := range strings.Split(out, "\n") {
			if n := ansi.StringWidth(l); n > limit {
				t.Errorf("--width %s: line %d is %d wide: %q", w, i+1, n, l)
			}
		}
	}
	if out, _, _ := builtin(t, t.TempDir()); !strings.Contains(out, "lectern read serverless") || !strings.Contains(out, "lectern check cost-calculator FILE") {
		t.Errorf("no-terminal help:\n%s", out)
	}
}

func TestBuiltinChallengeGrades(t *testing.T) {
	dir := t.TempDir()
	cat, err := newApp(&IOStreams{}, func(string) string { return "" }).Catalog()
	if err != nil {
		t.Fatal(err)
	}
	good := writeFile(t, dir, "good.go", string(cat.Challenge("cost-calculator").Solution))
	out, _, code := builtin(t, dir, "check", "cost-calculator", good)
	if code != 0 || !strings.Contains(out, "21 passed, 0 failed") || !strings.Contains(out, "✓ TestCalculateCost/zero_invocations") {
		t.Fatalf("exit %d\n%s", code, out)
	}
	bad := writeFile(t, dir, "bad.go", "package costcalculator\n\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n\treturn 1\n}\n")
	out, _, code = builtin(t, dir, "check", "cost-calculator", bad)
	if code != 1 || !strings.Contains(out, "CalculateCost(0, 100, 128) = 1, want 0.00") || !strings.Contains(out, "0 passed, 21 failed") {
		t.Fatalf("exit %d\n%s", code, out)
	}
	// The Coding Challenge step holds several challenges: it is done once
	// every one of them has passed.
	l := cat.Lesson("serverless")
	step := l.Steps[l.StepIndex("challenge")]
	for _, id := range step.Challenges {
		out, _, _ = builtin(t, dir, "progress")
		if strings.Contains(out, fmt.Sprintf("Serverless (serverless): 1/%d steps", len(l.Steps))) {
			t.Fatalf("the Coding Challenge step is done before %s (one of its %d challenges) has passed:\n%s", id, len(step.Challenges), out)
		}
		if id == "cost-calculator" {
			continue // passed above
		}
		if out, _, code := builtin(t, dir, "check", id, writeFile(t, dir, id+".go", string(cat.Challenge(id).Solution))); code != 0 {
			t.Fatalf("check %s with its reference: exit %d\n%s", id, code, out)
		}
	}
	out, _, _ = builtin(t, dir, "progress")
	if !strings.Contains(out, fmt.Sprintf("Serverless (serverless): 1/%d steps", len(l.Steps))) {
		t.Errorf("passing every challenge did not complete the Coding Challenge step:\n%s", out)
	}
	if out, _, code := builtin(t, dir, "hint", "cost-calculator"); code != 0 || !strings.Contains(out, "Hint 1 of 5:") {
		t.Errorf("hint: exit %d\n%s", code, out)
	}
}

// TestQuizBuiltinLessonPasses answers every question of the shipped quiz
// rightly (worked out from the same seed) and expects a pass.
func TestQuizBuiltinLessonPasses(t *testing.T) {
	state := t.TempDir()
	app := newApp(&IOStreams{}, func(k string) string { return map[string]string{"HOME": state}[k] })
	l, err := app.Lesson("serverless", "")
	if err != nil {
		t.Fatal(err)
	}
	a := quiz.NewAttempt(l.Steps[l.StepIndex("quiz")].Quiz, quiz.NewRand(9))
	var in strings.Builder
	for i := range a.Len() {
		it := a.Item(i)
		switch it.Q.Kind {
		case quiz.Numeric:
			in.WriteString(quiz.FormatNumber(it.Q.Number))
		default:
			var ls []string
			for _, c := range it.CorrectShown() {
				ls = append(ls, quiz.Letter(c))
			}
			in.WriteString(strings.Join(ls, ","))
		}
		in.WriteString("\n")
	}
	out, errOut, code := quizRun(t, state, "-", in.String(), "quiz", "serverless", "--seed", "9", "--plain")
	n := len(l.Steps[l.StepIndex("quiz")].Quiz.Questions)
	if code != 0 || errOut != "" || !strings.HasSuffix(out, "Score: "+strconv.Itoa(n)+"/"+strconv.Itoa(n)+"\n") || strings.Contains(out, "Not quite") {
		t.Fatalf("exit %d, stderr %q, output:\n%s", code, errOut, out)
	}
	if pl := readQuizProgress(t, state, "serverless"); !pl.Done("quiz") || !pl.Quiz.Passed {
		t.Fatalf("progress: %+v", pl)
	}
}
