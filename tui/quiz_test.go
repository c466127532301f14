package tui

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/quiz"
	"github.com/lectern-dev/lectern/quiz/quiztest"
)

const quizTestYAML = `pass_percent: 75
questions:
  - id: meaning
    kind: single
    step: why
    prompt: What does "serverless" mean?
    options:
      - text: There are no servers at all.
        explanation: There are servers; someone else runs them.
      - text: Someone else runs the servers.
        correct: true
        explanation: Right, the provider runs them.
      - text: The code runs in the browser.
        explanation: That is client-side code.
  - id: provider
    kind: multi
    step: why
    prompt: Which does the provider do? Select all that apply.
    options:
      - text: Patch the operating system
        correct: true
        explanation: Yes, you never see the OS.
      - text: Scale out with traffic
        correct: true
        explanation: Yes, scaling is automatic.
      - text: Update your dependencies
        explanation: No, your code is still yours.
  - id: warm
    kind: truefalse
    step: costs
    prompt: A warm instance skips the runtime initialisation.
    answer: true
    explanation: It was initialised by an earlier request.
  - id: bill
    kind: numeric
    step: costs
    prompt: 10 requests at $1.25 each cost how much, in dollars?
    answer: 12.5
    tolerance: 0.01
    unit: dollars
    explanation: 10 × $1.25 = $12.50.
`

func quizTestLesson(t *testing.T) *lessons.Lesson {
	t.Helper()
	qz, err := quiz.Parse("quiz.yaml", []byte(quizTestYAML), []string{"why", "costs", "quiz"})
	if err != nil {
		t.Fatal(err)
	}
	steps := []lessons.Step{{ID: "why", Title: "Why This Matters"}, {ID: "costs", Title: "Costs"}, {ID: "quiz", Title: "Quick Quiz", Kind: lessons.KindQuiz, Quiz: qz}}
	return &lessons.Lesson{ID: "tiny", Title: "Tiny", Steps: steps, Quiz: qz}
}

// newTestQuiz opens the quiz of the test lesson's quiz step (step 3).
func newTestQuiz(t *testing.T, prev *progress.Quiz, seed uint64) *quizModel {
	return newQuizModel(quizTestCommon(), quizTestLesson(t), 2, prev, seed)
}

func quizTestCommon() *Common {
	return &Common{Styles: NewStyles(false, true), Keys: DefaultKeyMap()}
}

// press is keyMsg (model_test.go) with the keys only the quiz tests use.
func press(s string) tea.KeyPressMsg {
	extra := map[string]rune{"up": tea.KeyUp, "backspace": tea.KeyBackspace, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown}
	if code, ok := extra[s]; ok {
		return tea.KeyPressMsg{Code: code}
	}
	return keyMsg(s)
}

// send delivers keys and returns the messages the commands produced.
func send(t *testing.T, q *quizModel, keys ...string) []tea.Msg {
	t.Helper()
	var msgs []tea.Msg
	for _, k := range keys {
		cmd := q.Update(press(k))
		if cmd != nil {
			if m := cmd(); m != nil {
				msgs = append(msgs, m)
			}
		}
	}
	return msgs
}

func typeText(t *testing.T, q *quizModel, s string) {
	for _, r := range s {
		send(t, q, string(r))
	}
}

func plainView(q *quizModel) string { return ansi.Strip(q.View()) }

func mustShow(t *testing.T, q *quizModel, want ...string) {
	t.Helper()
	v := plainView(q)
	for _, w := range want {
		if !strings.Contains(v, w) {
			t.Fatalf("screen lacks %q:\n%s", w, v)
		}
	}
}

// pick moves the cursor to shown position p with the 1–9 keys.
func digit(p int) string { return string(rune('1' + p)) }

func TestQuizFlowFeedbackScoreRetry(t *testing.T) {
	q := newTestQuiz(t, nil, 3)
	q.SetSize(70, 40)
	if q.phase != quizAsking || q.Capturing() {
		t.Fatalf("a new quiz without missed questions should start asking; phase %v", q.phase)
	}
	mustShow(t, q, "Question 1 of 4", "choose one", `What does "serverless" mean?`, "▸ 1)", "2)", "3)")

	// Q1 single: right, chosen with ↓/↑ then enter.
	it, _ := q.attempt.Current()
	right := it.CorrectShown()[0]
	for range right + 3 { // wrap around the list once
		send(t, q, "down")
	}
	send(t, q, "up", "up", "up")
	if q.cursor != right {
		t.Fatalf("cursor %d after moving, want %d", q.cursor, right)
	}
	if msgs := send(t, q, "enter"); len(msgs) != 0 {
		t.Fatalf("messages before the end: %v", msgs)
	}
	mustShow(t, q, "✓ Correct.", "Right, the provider runs them.", "review: step 1, Why This Matters", "← your answer")

	// Q2 multi: enter with nothing picked is refused; then one of two right.
	send(t, q, "enter")
	mustShow(t, q, "Question 2 of 4", "select all that apply", "[ ]")
	send(t, q, "enter")
	mustShow(t, q, "Select every option that applies")
	it, _ = q.attempt.Current()
	send(t, q, digit(it.CorrectShown()[0]))
	mustShow(t, q, "[x]")
	send(t, q, "enter")
	mustShow(t, q, "✗ Not quite. The right answers are", " and ", "Yes, scaling is automatic.", "No, your code is still yours.")

	// Q3 true/false: space does nothing, 2 picks False: wrong.
	send(t, q, "enter", "space", "2", "enter")
	mustShow(t, q, "Question 3 of 4", "✗ Not quite. The right answer is 1 (marked ✓).", "It was initialised by an earlier request.", "review: step 2, Costs")

	// Q4 numeric: letters are text while typing, a bad number is explained.
	send(t, q, "enter")
	if !q.Capturing() {
		t.Fatal("typing a number should capture keys")
	}
	if msgs := send(t, q, "esc"); len(msgs) != 1 {
		t.Fatalf("esc while typing sent %v, want closeMsg", msgs)
	} else if c, ok := msgs[0].(closeMsg); !ok || c.from != q {
		t.Fatalf("esc while typing sent %#v, want the quiz to ask to be closed", msgs[0])
	}
	typeText(t, q, "12,5")
	send(t, q, "enter")
	mustShow(t, q, "use a dot for decimals")
	for range 4 {
		send(t, q, "backspace")
	}
	typeText(t, q, "$12.50")
	send(t, q, "enter")
	if len(q.Outcomes()) != 1 {
		t.Fatalf("finishing left %d outcomes, want one", len(q.Outcomes()))
	}
	o := q.Outcomes()[0]
	if o.Score != 2 || o.Total != 4 || o.Passed || !o.Full || strings.Join(o.Missed, ",") != "provider,warm" {
		t.Fatalf("outcome %+v", o)
	}
	mustShow(t, q, "✓ Correct.", "Your answer: 12.5 dollars")

	send(t, q, "enter")
	mustShow(t, q, "Score: 2/4 (50%)", "Not passed yet: passing needs 3 of 4", "✓ 1.", "✗ 2.", "✗ 3.", "✓ 4.", "review: step 2, Costs")

	// r retries only the two missed.
	send(t, q, "r")
	mustShow(t, q, "Question 1 of 2 (retry)", "select all that apply")
	it, _ = q.attempt.Current()
	for _, c := range it.CorrectShown() {
		send(t, q, digit(c))
	}
	send(t, q, "enter", "enter", "1")
	send(t, q, "enter")
	if len(q.Outcomes()) != 2 {
		t.Fatalf("the retry left %d outcomes, want two", len(q.Outcomes()))
	}
	if o := q.Outcomes()[1]; o.Full || o.Passed || o.Score != 2 || len(o.Missed) != 0 {
		t.Fatalf("retry outcome %+v", o)
	}
	send(t, q, "enter")
	mustShow(t, q, "Score: 2/2", "A retry is practice")
	if strings.Contains(plainView(q), "retry missed") {
		t.Error("r offered with nothing missed")
	}

	// a takes the whole quiz again; enter on the results leaves.
	send(t, q, "a")
	mustShow(t, q, "Question 1 of 4")
	q.phase = quizResults
	msgs := send(t, q, "enter")
	if len(msgs) != 1 {
		t.Fatalf("enter on results sent %v", msgs)
	}
	if c, ok := msgs[0].(closeMsg); !ok || c.from != q {
		t.Fatalf("enter on results sent %#v, want the quiz to ask to be closed", msgs[0])
	}
}

func TestQuizPassingAttempt(t *testing.T) {
	q := newTestQuiz(t, nil, 1)
	q.SetSize(60, 30)
	for !q.attempt.Done() {
		it, _ := q.attempt.Current()
		switch it.Q.Kind {
		case quiz.Numeric:
			typeText(t, q, "12.5")
		case quiz.Multi:
			for _, c := range it.CorrectShown() {
				send(t, q, digit(c))
			}
		default:
			send(t, q, digit(it.CorrectShown()[0]))
		}
		send(t, q, "enter", "enter")
	}
	if outs := q.Outcomes(); len(outs) != 1 || !outs[0].Passed {
		t.Fatalf("outcomes %+v", outs)
	}
	mustShow(t, q, "Score: 4/4 (100%)", "✓ Passed. The Quick Quiz step is done.")
	if strings.Contains(plainView(q), "retry missed") {
		t.Error("retry offered after a perfect score")
	}
}

func TestQuizIntroOffersRetryOfLastMissed(t *testing.T) {
	prev := &progress.Quiz{Attempts: 2, BestScore: 2, BestTotal: 4, LastMissed: []string{"warm", "gone"}}
	q := newTestQuiz(t, prev, 5)
	q.SetSize(60, 20)
	mustShow(t, q, "Quick Quiz", "So far: 2 attempts, best score 2/4, not passed yet.", "You missed 1 question last time", "enter  take the whole quiz: 4 questions, 3 right (75%)", "r      retry just the ones you missed")
	send(t, q, "r")
	mustShow(t, q, "Question 1 of 1 (retry)", "A warm instance")

	q = newTestQuiz(t, prev, 5)
	send(t, q, "enter")
	mustShow(t, q, "Question 1 of 4")
}

// TestQuizFitsAnySize draws every screen at sizes from nothing to small
// and checks each line fits.
func TestQuizFitsAnySize(t *testing.T) {
	for w := 0; w <= 42; w += 3 {
		for h := 0; h <= 14; h++ {
			q := newTestQuiz(t, nil, 2)
			q.SetSize(w, h)
			check := func(stage string) {
				v := q.View()
				lines := strings.Split(v, "\n")
				if v != "" && len(lines) > h {
					t.Fatalf("%dx%d %s: %d lines", w, h, stage, len(lines))
				}
				for _, l := range lines {
					if ansi.StringWidth(l) > w {
						t.Fatalf("%dx%d %s: line %q is %d wide", w, h, stage, l, ansi.StringWidth(l))
					}
				}
			}
			for i := 0; !q.attempt.Done() && i < 10; i++ {
				check("question")
				send(t, q, "down", "down", "down", "1", "space")
				if q.numeric() {
					typeText(t, q, "12345678901234567890")
				}
				send(t, q, "enter")
				check("feedback")
				send(t, q, "pgdown", "down", "enter")
			}
			check("results")
			send(t, q, "pgdown", "down", "down")
			check("results scrolled")
		}
	}
}

func TestQuizScrollKeepsCursorVisible(t *testing.T) {
	q := newTestQuiz(t, nil, 3)
	q.SetSize(40, 5)
	send(t, q, "3")
	v := plainView(q)
	if !strings.Contains(v, "▸ 3)") {
		t.Fatalf("cursor on option 3 not visible:\n%s", v)
	}
	if !strings.Contains(v, "more above") {
		t.Errorf("no 'more above' marker:\n%s", v)
	}
	send(t, q, "1")
	if v := plainView(q); !strings.Contains(v, "▸ 1)") {
		t.Fatalf("cursor on option 1 not visible:\n%s", v)
	}
}

// TestQuizScreens keeps the look of each screen (no colour) in golden
// files under testdata/quiz-*; rewrite them with UPDATE_GOLDEN=1.
func TestQuizScreens(t *testing.T) {
	q := newTestQuiz(t, nil, 3)
	q.SetSize(60, 22)
	quizGolden(t, "quiz-question", plainView(q))
	send(t, q, "3", "enter")
	quizGolden(t, "quiz-feedback-single", plainView(q))
	send(t, q, "enter", "1", "2", "enter")
	quizGolden(t, "quiz-feedback-multi", plainView(q))
	send(t, q, "enter", "1", "enter", "enter")
	typeText(t, q, "13")
	quizGolden(t, "quiz-numeric", plainView(q))
	send(t, q, "enter", "enter")
	quizGolden(t, "quiz-results", plainView(q))
}

// TestQuizFullHelpListsEveryKey tries every key on every screen: each
// one that does something must be in FullHelp, which also holds the short
// help and, except while typing a number, the paging keys.
func TestQuizFullHelpListsEveryKey(t *testing.T) {
	candidates := []string{"enter", "space", "esc", "up", "down", "left", "right", "end", "pgup", "pgdown", "backspace", "?"}
	for r := 'a'; r <= 'z'; r++ {
		candidates = append(candidates, string(r))
	}
	for r := '0'; r <= '9'; r++ {
		candidates = append(candidates, string(r))
	}
	// Each screen is reached by these keys from a new quiz; "=" types the
	// rest as a number.
	screens := []struct {
		name string
		prev *progress.Quiz
		keys []string
	}{
		{"intro", &progress.Quiz{Attempts: 1, BestTotal: 4, LastMissed: []string{"warm"}}, nil},
		{"single", nil, nil},
		{"single feedback", nil, []string{"1", "enter"}},
		{"multi", nil, []string{"1", "enter", "enter"}},
		{"truefalse", nil, []string{"1", "enter", "enter", "1", "enter", "enter"}},
		{"numeric", nil, []string{"1", "enter", "enter", "1", "enter", "enter", "1", "enter", "enter"}},
		{"last feedback", nil, []string{"1", "enter", "enter", "1", "enter", "enter", "1", "enter", "enter", "=12.5", "enter"}},
		{"results", nil, []string{"1", "enter", "enter", "1", "enter", "enter", "1", "enter", "enter", "=12.5", "enter", "enter"}},
	}
	open := func(prev *progress.Quiz, keys []string) *quizModel {
		q := newTestQuiz(t, prev, 3)
		q.SetSize(40, 6) // small, so that there is something to scroll
		for _, k := range keys {
			if n, ok := strings.CutPrefix(k, "="); ok {
				typeText(t, q, n)
			} else {
				send(t, q, k)
			}
		}
		return q
	}
	state := func(q *quizModel) string {
		return fmt.Sprint(plainView(q), q.phase, q.cursor, q.picked, q.scroll, q.input.Value())
	}
	for _, sc := range screens {
		q := open(sc.prev, sc.keys)
		full := slices.Concat(q.FullHelp()...)
		listed := func(k string) bool {
			return slices.ContainsFunc(full, func(b key.Binding) bool { return key.Matches(press(k), b) })
		}
		for _, b := range q.ShortHelp() {
			if !slices.ContainsFunc(full, func(f key.Binding) bool { return f.Help() == b.Help() }) {
				t.Errorf("%s: short help %q is not in the full help", sc.name, b.Help())
			}
		}
		if q.Capturing() {
			if !listed("enter") || !listed("esc") {
				t.Errorf("%s: typing a number, the full help lacks enter or esc: %v", sc.name, full)
			}
			continue
		}
		for _, k := range []string{"pgup", "pgdown"} {
			if !listed(k) {
				t.Errorf("%s: the full help lacks %s", sc.name, k)
			}
		}
		for _, k := range candidates {
			q := open(sc.prev, sc.keys)
			before := state(q)
			cmd := q.Update(press(k))
			if (cmd != nil || state(q) != before) && !listed(k) {
				t.Errorf("%s: %q does something but is not in the full help", sc.name, k)
			}
		}
	}
}

func quizGolden(t *testing.T, name, got string) {
	t.Helper()
	quiztest.Golden(t, filepath.Join("testdata", name+".golden"), got)
}

// A select-all question's footer keeps "space toggle" at 40×12; feedback
// never splits "← your answer" over two lines.
func TestQuizFooterAndFeedbackAtNarrowWidths(t *testing.T) {
	h := newHarness(t, false, nil)
	h.send(tea.WindowSizeMsg{Width: 40, Height: 12})
	h.key("enter", "n", "n", "n", "enter")
	qs := h.m.lesson.steps[3].(*quizStep)
	for i := 0; i < 4; i++ {
		it, _ := qs.quiz.attempt.Current()
		if it.Q.Kind == quiz.Multi {
			if f := footer(h); !strings.Contains(f, "space toggle") {
				t.Fatalf("a select-all question at 40×12: footer %q", f)
			}
		}
		if it.Q.Kind == quiz.Numeric {
			for _, r := range "1" {
				h.key(string(r))
			}
		} else {
			h.key("1")
			if it.Q.Kind == quiz.Multi {
				h.key("space")
			}
		}
		h.key("enter")
		for w := 30; w <= 60; w++ {
			qs.quiz.SetSize(w, 30)
			if v := plainView(qs.quiz); strings.Contains(v, "← your") && !strings.Contains(v, "← your answer") {
				t.Fatalf("width %d splits ← your answer:\n%s", w, v)
			}
		}
		qs.quiz.SetSize(40, 10)
		h.key("enter")
	}
}

func TestWrapProseKeepsNumbersWithUnits(t *testing.T) {
	s := "The platform starts a sandbox, loads the runtime and your code: typically 100–1000 ms, at 128 MB."
	for w := 12; w < 60; w++ {
		out := wrapProse(s, w)
		for _, whole := range []string{"100–1000 ms", "128 MB"} {
			if !strings.Contains(out, whole) {
				t.Fatalf("width %d splits %q:\n%s", w, whole, out)
			}
		}
		if strings.Contains(out, "\u00a0") {
			t.Fatal("a no-break space is left on screen")
		}
	}
}
