package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gofrs/flock"

	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/quiz"
	"github.com/lectern-dev/lectern/quiz/quiztest"
)

// quizRun runs lectern with piped (non-terminal) streams, progress kept in
// state, and the test lessons unless lessonsDir is "-" (the built-in ones).
func quizRun(t *testing.T, state, lessonsDir, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	env := map[string]string{"XDG_STATE_HOME": state, "XDG_DATA_HOME": state, "HOME": state, "TERM": "xterm-256color"}
	if lessonsDir != "-" {
		env["LECTERN_LESSONS"] = lessonsDir
	}
	var out, errOut bytes.Buffer
	streams := &IOStreams{In: strings.NewReader(stdin), Out: &out, ErrOut: &errOut}
	code = Main(args, streams, func(k string) string { return env[k] })
	return out.String(), errOut.String(), code
}

const tinyLessons = "testdata/quiz-lessons"

// quizGolden compares got with testdata/quiz-golden/NAME.golden; run the
// tests with UPDATE_GOLDEN=1 to rewrite it.
func quizGolden(t *testing.T, name, got string) {
	t.Helper()
	quiztest.Golden(t, filepath.Join("testdata", "quiz-golden", name+".golden"), got)
}

func readQuizProgress(t *testing.T, state, lesson string) *progress.Lesson {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(state, "lectern", progress.FileName))
	if err != nil {
		t.Fatal(err)
	}
	var st progress.State
	if err := json.Unmarshal(data, &st); err != nil {
		t.Fatal(err)
	}
	return st.Lessons[lesson]
}

// TestQuizPlainTranscript covers a right answer, an invalid one asked
// again, a wrong one, and the input ending before the last question.
func TestQuizPlainTranscript(t *testing.T) {
	state := t.TempDir()
	// Seed 3 shows question 1 as a) no servers b) servers c) browser, and
	// question 2 as a) scale b) dependencies c) patch.
	input := "b\nall of them\na, b\nyes\n"
	out, errOut, code := quizRun(t, state, tinyLessons, input, "quiz", "tiny", "--seed", "3")
	if code != 1 || errOut != "" { // stopped before the end: not passed
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	quizGolden(t, "plain-transcript", out)
	if strings.ContainsRune(out, '\x1b') {
		t.Error("plain output has an escape code")
	}
	if _, err := os.Stat(filepath.Join(state, "lectern", progress.FileName)); err == nil {
		t.Error("an unfinished attempt was saved")
	}
}

// TestQuizPlainFullAttempt finishes a full attempt, then retries the
// missed questions and checks what progress keeps.
func TestQuizPlainFullAttempt(t *testing.T) {
	state := t.TempDir()
	out, _, code := quizRun(t, state, tinyLessons, "b\na, b\nno\n$12.50\n", "quiz", "tiny", "--seed", "3")
	if code != 1 {
		t.Fatalf("a failed quiz exits %d, want 1 (as check does)", code)
	}
	quizGolden(t, "plain-full-attempt", out)
	pl := readQuizProgress(t, state, "tiny")
	if pl == nil || pl.Quiz == nil || pl.Quiz.Attempts != 1 || pl.Quiz.BestScore != 2 || pl.Quiz.BestTotal != 4 ||
		pl.Quiz.Passed || pl.Done("quiz") || !slices.Equal(pl.Quiz.LastMissed, []string{"provider", "warm"}) {
		t.Fatalf("progress after 2/4: %+v", pl)
	}

	// Retry: only the two missed questions, both right now; still not passed.
	out, _, code = quizRun(t, state, tinyLessons, "a,b\nt\n", "quiz", "tiny", "--retry", "--seed", "4")
	if code != 0 {
		t.Fatalf("a retry with every question right exits %d", code)
	}
	if !strings.Contains(out, "Question 1 of 2 (select all that apply)") || !strings.Contains(out, "Question 2 of 2 (true or false)") ||
		!strings.Contains(out, "does not pass the quiz") || !strings.HasSuffix(out, "Score: 2/2\n") {
		t.Fatalf("retry output:\n%s", out)
	}
	pl = readQuizProgress(t, state, "tiny")
	if pl.Quiz.Attempts != 1 || pl.Quiz.Passed || pl.Done("quiz") || len(pl.Quiz.LastMissed) != 0 {
		t.Fatalf("progress after the retry: %+v", pl.Quiz)
	}
	out, _, _ = quizRun(t, state, tinyLessons, "", "quiz", "tiny", "--retry")
	if !strings.HasPrefix(out, "Nothing to retry") {
		t.Fatalf("second retry: %q", out)
	}

	// A passing full attempt marks the step done.
	out, _, code = quizRun(t, state, tinyLessons, "b\na,c\nt\n12.5\n", "quiz", "tiny", "--seed", "3")
	if code != 0 {
		t.Fatalf("a passed quiz exits %d", code)
	}
	if !strings.Contains(out, "Passed: 4 of 4 right (100%).") || !strings.Contains(out, "Saved: attempt 2, best score 4/4. The Quick Quiz step is done.") ||
		!strings.HasSuffix(out, "Score: 4/4\n") {
		t.Fatalf("passing attempt:\n%s", out)
	}
	pl = readQuizProgress(t, state, "tiny")
	if pl.Quiz.Attempts != 2 || pl.Quiz.BestScore != 4 || !pl.Quiz.Passed || !pl.Done("quiz") {
		t.Fatalf("progress after passing: %+v", pl.Quiz)
	}
}

// A lesson's second quiz step (--step, by number or id) is its own quiz
// with its own record; the heading names it.
func TestQuizSecondStep(t *testing.T) {
	state := t.TempDir()
	out, errOut, code := quizRun(t, state, fixturePack, "a\nt\n", "quiz", "alpha", "--step", "review", "--seed", "1")
	if errOut != "" || !strings.HasPrefix(out, "Alpha: Review Quiz\n2 questions.") || !strings.HasSuffix(out, "Score: 2/2\n") {
		t.Fatalf("exit %d, stderr %q:\n%s", code, errOut, out)
	}
	pl := readQuizProgress(t, state, "alpha")
	if q := pl.QuizOf("review", false); q == nil || !q.Passed || !pl.Done("review") || pl.Quiz != nil || pl.Done("quiz") {
		t.Fatalf("progress: %+v", pl)
	}
	// The step named by number; a step that is not a quiz is refused.
	if out, _, code := quizRun(t, state, fixturePack, "", "quiz", "alpha", "--step", "7", "--retry"); code != 0 || !strings.Contains(out, "lectern quiz alpha --step 7") {
		t.Fatalf("--step 7 --retry: exit %d\n%s", code, out)
	}
	if _, errOut, code := quizRun(t, state, fixturePack, "", "quiz", "alpha", "--step", "2"); code != 2 || !strings.Contains(errOut, "not a quiz step of alpha (quiz steps: 4 (quiz), 7 (review))") {
		t.Fatalf("--step 2: exit %d %q", code, errOut)
	}
	// Without --step: the first not passed yet.
	if out, _, _ := quizRun(t, state, fixturePack, "", "quiz", "alpha"); !strings.HasPrefix(out, "Alpha: Quick Quiz\n") {
		t.Fatalf("default step:\n%s", out)
	}
}

func TestQuizUsageErrors(t *testing.T) {
	state := t.TempDir()
	if _, errOut, code := quizRun(t, state, tinyLessons, "", "quiz", "nope"); code != 2 || !strings.Contains(errOut, `unknown lesson "nope"`) {
		t.Errorf("unknown lesson: exit %d, %q", code, errOut)
	}
	if _, _, code := quizRun(t, state, tinyLessons, "", "quiz", "--seed", "x"); code != 2 {
		t.Errorf("bad seed: exit %d", code)
	}
}

// TestQuizTUIQuitKeepsTheAttempt finishes the full-screen quiz and quits
// at once (enter on the results, or q on the last feedback) while another
// process holds the progress lock: the attempt must be saved by the time
// the command returns, not dropped with a save still waiting in the
// background.
func TestQuizTUIQuitKeepsTheAttempt(t *testing.T) {
	for name, quit := range map[string]string{"enter on the results": "\r\r", "q on the last feedback": "q"} {
		t.Run(name, func(t *testing.T) {
			state := t.TempDir()
			var out, errOut bytes.Buffer
			env := map[string]string{"XDG_STATE_HOME": state, "HOME": state, "LECTERN_LESSONS": tinyLessons}
			app := newApp(&IOStreams{Out: &out, ErrOut: &errOut, InTTY: true, OutTTY: true}, func(k string) string { return env[k] })
			l, err := app.Lesson("tiny", "")
			if err != nil {
				t.Fatal(err)
			}
			// Every answer right, worked out from the seed the quiz shuffles with.
			const seed = 3
			a := quiz.NewAttempt(l.Quiz, quiz.NewRand(seed))
			var keys strings.Builder
			for i := range a.Len() {
				it := a.Item(i)
				if it.Q.Kind == quiz.Numeric {
					keys.WriteString(quiz.FormatNumber(it.Q.Number))
				} else {
					for _, c := range it.CorrectShown() {
						keys.WriteString(strconv.Itoa(c + 1))
					}
				}
				keys.WriteString("\r") // submit
				if i < a.Len()-1 {
					keys.WriteString("\r") // next question
				}
			}
			keys.WriteString(quit)
			app.IO.In = strings.NewReader(keys.String())

			// lectern quiz reads progress before the screen opens; then
			// another lectern holds the lock for a while.
			app.LoadProgress()
			if err := os.MkdirAll(app.StateDir, 0o755); err != nil {
				t.Fatal(err)
			}
			lock := flock.New(app.Progress().Path() + ".lock")
			if err := lock.Lock(); err != nil {
				t.Fatal(err)
			}
			const hold = 700 * time.Millisecond
			start := time.Now()
			time.AfterFunc(hold, func() { lock.Unlock() })

			done := make(chan error, 1)
			go func() { done <- runQuizTUI(app, l, 2, seed, false) }()
			select {
			case err = <-done:
			case <-time.After(30 * time.Second):
				t.Fatal("the quiz did not end")
			}
			if err != nil {
				t.Fatal(err)
			}
			if time.Since(start) < hold {
				t.Error("returned before the progress lock was free")
			}
			pl := readQuizProgress(t, state, "tiny")
			if pl == nil || pl.Quiz == nil || pl.Quiz.Attempts != 1 || !pl.Quiz.Passed || !pl.Done("quiz") {
				t.Fatalf("the finished attempt was not saved: %+v", pl)
			}
			if !strings.HasSuffix(out.String(), "Tiny quiz: 4/4, passed\n") || errOut.Len() > 0 {
				t.Errorf("stdout ends %q, stderr %q", out.String()[max(out.Len()-40, 0):], errOut.String())
			}
		})
	}
}

// The full-screen quiz exits 1 when the attempt did not pass, as check.
func TestQuizTUIFailExitsOne(t *testing.T) {
	state := t.TempDir()
	var out, errOut bytes.Buffer
	env := map[string]string{"XDG_STATE_HOME": state, "HOME": state, "LECTERN_LESSONS": tinyLessons}
	app := newApp(&IOStreams{Out: &out, ErrOut: &errOut, InTTY: true, OutTTY: true}, func(k string) string { return env[k] })
	l, err := app.Lesson("tiny", "")
	if err != nil {
		t.Fatal(err)
	}
	const seed = 3
	a := quiz.NewAttempt(l.Quiz, quiz.NewRand(seed))
	var keys strings.Builder
	for i := range a.Len() {
		it := a.Item(i)
		if it.Q.Kind == quiz.Numeric {
			keys.WriteString("0")
		} else {
			wrong := 0
			for slices.Contains(it.CorrectShown(), wrong) {
				wrong++
			}
			keys.WriteString(strconv.Itoa(wrong + 1)) // picks it (toggles it on for select-all)
		}
		keys.WriteString("\r")
		if i < a.Len()-1 {
			keys.WriteString("\r")
		}
	}
	keys.WriteString("q")
	app.IO.In = strings.NewReader(keys.String())
	done := make(chan error, 1)
	go func() { done <- runQuizTUI(app, l, 2, seed, false) }()
	select {
	case err = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the quiz did not end")
	}
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 1 {
		t.Fatalf("a failed quiz in the TUI: %v", err)
	}
	if !strings.Contains(out.String(), "Tiny quiz: 0/4") {
		t.Fatalf("stdout %q", out.String())
	}
}
