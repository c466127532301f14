package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/quiz"
	"github.com/lectern-dev/lectern/render"
)

// Every kind the loader accepts has a component, and nothing else does.
func TestEveryKindHasAStep(t *testing.T) {
	for _, k := range lessons.Kinds() {
		if stepKinds[k] == nil {
			t.Errorf("step kind %q has no entry in stepKinds (add step_%s.go)", k, k)
		}
	}
	if len(stepKinds) != len(lessons.Kinds()) {
		t.Errorf("stepKinds has %d entries for %d kinds", len(stepKinds), len(lessons.Kinds()))
	}
}

// answerAll answers every question of the running quiz of step i rightly
// and returns after the last answer's feedback.
func answerAll(h *harness, i int) {
	h.t.Helper()
	qm := h.m.lesson.steps[i].(*quizStep).quiz
	if qm == nil {
		h.t.Fatalf("the quiz of step %d is not running:\n%s", i+1, h.screen())
	}
	for !qm.attempt.Done() {
		it, _ := qm.attempt.Current()
		switch it.Q.Kind {
		case quiz.Numeric:
			for _, r := range quiz.FormatNumber(it.Q.Number) {
				h.key(string(r))
			}
		case quiz.Multi:
			for _, c := range it.CorrectShown() {
				h.key(digit(c))
			}
		default:
			h.key(digit(it.CorrectShown()[0]))
		}
		h.key("enter")
		if !qm.attempt.Done() {
			h.key("enter")
		}
	}
}

// The second quiz step runs its own quiz and keeps its own record; the
// first step's record and call to action are untouched.
func TestSecondQuizStepHasItsOwnQuiz(t *testing.T) {
	h := newHarness(t, false, nil)
	h.send(tea.WindowSizeMsg{Width: 100, Height: 40})
	h.key("enter", "n", "n", "n", "n", "n", "n")
	if s := h.screen(); !strings.Contains(s, "Step 7/9: Review Quiz") || !strings.Contains(s, "start the quiz (2 questions, 80% to pass)") {
		t.Fatalf("second quiz step:\n%s", s)
	}
	h.key("enter")
	if s := h.screen(); !strings.Contains(s, "Question 1 of 2") {
		t.Fatalf("the second quiz step did not run its own quiz:\n%s", s)
	}
	answerAll(h, 6)
	h.key("enter")
	if s := h.screen(); !strings.Contains(s, "Review Quiz results") || !strings.Contains(s, "The Review Quiz step is done.") {
		t.Fatalf("results:\n%s", s)
	}
	h.key("enter") // back to the page
	if s := h.screen(); !strings.Contains(s, "Best so far: 2/2 (passed), 1 attempt(s).") {
		t.Fatalf("back on the page:\n%s", s)
	}
	l := h.disk().Lessons["alpha"]
	if q := l.QuizOf("review", false); q == nil || !q.Passed || !l.Done("review") || l.Quiz != nil || l.Done("quiz") {
		t.Fatalf("progress: %+v, quizzes %+v", l, l.Quizzes)
	}
	h.key("p", "p", "p")
	if s := h.screen(); !strings.Contains(s, "Step 4/9: Quick Quiz") || strings.Contains(s, "Best so far") {
		t.Fatalf("the first quiz step shows the second's record:\n%s", s)
	}
}

// esc closes a running quiz (back to its page); esc again goes home.
func TestEscClosesTheQuizThenTheLesson(t *testing.T) {
	h := newHarness(t, false, nil)
	h.key("enter", "n", "n", "n", "enter")
	if s := h.screen(); !strings.Contains(s, "Question 1 of 4") || !strings.Contains(s, "esc back") {
		t.Fatalf("quiz:\n%s", s)
	}
	h.key("n") // taken by the quiz: no moving on while it runs
	h.key("esc")
	if s := h.screen(); !strings.Contains(s, "Step 4/9: Quick Quiz") || !strings.Contains(s, "Press enter to start the quiz") {
		t.Fatalf("esc did not close the quiz:\n%s", s)
	}
	h.key("esc")
	if s := h.screen(); strings.Contains(s, "Step 4/9") || !strings.Contains(s, "TESTING") {
		t.Fatalf("esc did not go home:\n%s", s)
	}
}

// The second diagram step tours its own diagram.
func TestSecondDiagramStepHasItsOwnDiagram(t *testing.T) {
	h := newHarness(t, false, nil)
	h.key("enter", "n", "n", "n", "n", "n")
	s := h.screen()
	if !strings.Contains(s, "Step 6/9: Second Diagram") || !strings.Contains(s, "Commit") || strings.Contains(s, "Request arrives") {
		t.Fatalf("second diagram step:\n%s", s)
	}
	h.key("space", "space", "space")
	if s := h.screen(); !strings.Contains(s, "Tour 3/3 · Live") {
		t.Fatalf("tour of the second diagram:\n%s", s)
	}
	h.key("n")
	if l := h.disk().Lessons["alpha"]; !l.Done("flow") || l.Done("visual") {
		t.Fatalf("done: %v", l.StepsDone)
	}
}

// lectern quiz: the root opened on one quiz step, alone. The quiz starts
// at once; leaving it ends the program once the attempt is saved.
func TestFocusedQuizStep(t *testing.T) {
	store := progress.Open(t.TempDir())
	m := New(Options{Lessons: fixture(t), Store: store, Seed: 1, Focus: &Focus{Lesson: "alpha", Step: "review"}})
	h := &harness{t: t, m: m, store: store}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, msg := range run(m.Init()) {
		h.send(msg)
	}
	s := h.screen()
	if !strings.Contains(s, "Alpha · Review Quiz") || !strings.Contains(s, "Question 1 of 2") || strings.Contains(s, "Step 7/9") || strings.Contains(s, "done ·") {
		t.Fatalf("focused quiz:\n%s", s)
	}
	if !strings.Contains(s, "esc quit") {
		t.Fatalf("leaving is not said to quit:\n%s", s)
	}
	answerAll(h, 6)
	h.key("enter")
	_, cmd := h.m.Update(keyMsg("enter")) // leave from the results
	quit := false
	for queue := run(cmd); len(queue) > 0 && !quit; {
		msg := queue[0]
		queue = queue[1:]
		_, c := h.m.Update(msg)
		more, q := runKeepQuit(c)
		queue, quit = append(queue, more...), q
	}
	if !quit {
		t.Fatal("leaving the focused quiz did not end the program")
	}
	if o, ok := h.m.QuizOutcome(); !ok || o.Score != 2 || !o.Passed {
		t.Fatalf("QuizOutcome = %+v, %v", o, ok)
	}
	l := h.disk().Lessons["alpha"]
	if q := l.QuizOf("review", false); q == nil || !q.Passed || l.CurrentStep != "" {
		t.Fatalf("progress after the focused quiz: %+v", l)
	}
}

// A focused quiz with Retry asks only what was missed last time.
func TestFocusedQuizRetry(t *testing.T) {
	st := &progress.State{Version: 1}
	st.Lesson("alpha").QuizRecord("review", false).LastMissed = []string{"pair-done"}
	m := New(Options{Lessons: fixture(t), State: st, Seed: 1, Focus: &Focus{Lesson: "alpha", Step: "review", Retry: true}})
	h := &harness{t: t, m: m}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, msg := range run(m.Init()) {
		h.send(msg)
	}
	if s := h.screen(); !strings.Contains(s, "Question 1 of 1 (retry)") || !strings.Contains(s, "pair step is done") {
		t.Fatalf("focused retry:\n%s", s)
	}
}

// What lectern read prints of each kind.
func TestStepText(t *testing.T) {
	l := alpha(t)
	text := func(id string) string {
		t.Helper()
		out, err := StepText(l, l.StepIndex(id), TextOptions{Width: 80, Style: render.Plain, Challenges: &fakeChallenges{}})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	for id, wants := range map[string][]string{
		"why":    {"Why this matters", "The last line of the first page."},
		"terms":  {"Define terms", "Cold start", "See also: Warm instance"},
		"visual": {"Visual model", "Request arrives", "Tour (9 stops):", " 1. Request arrives: A trigger fires"},
		"flow":   {"Second diagram", "Commit", "Tour (3 stops):"},
		"quiz":   {"Quick quiz", "4 questions. Take the quiz with: lectern quiz alpha --step 4"},
		"review": {"2 questions. Take the quiz with: lectern quiz alpha --step 7"},
		"add":    {"First challenge", "Write adder.", "Solve it with: lectern check adder"},
		"pair":   {"Write greet.", "Solve it with: lectern check greet", "Write shout.", "Solve it with: lectern check shout"},
	} {
		out := text(id)
		for _, want := range wants {
			if !strings.Contains(out, want) {
				t.Errorf("%s: text lacks %q:\n%s", id, want, out)
			}
		}
	}
	// With one quiz step the command needs no --step.
	b := fixture(t)[1]
	if out, _ := StepText(b, 2, TextOptions{Width: 80, Style: render.Plain}); !strings.Contains(out, "Take the quiz with: lectern quiz beta\n") && !strings.HasSuffix(out, "lectern quiz beta") {
		t.Errorf("beta's quiz:\n%s", out)
	}
}

// The checkpoint step shows every other step with the learner's standing.
func TestCheckpointShowsWhereTheLearnerStands(t *testing.T) {
	st := &progress.State{Version: 1}
	at := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	st.Lesson("alpha").MarkDone("why", at)
	st.Lesson("alpha").QuizRecord("quiz", true).Attempts = 1
	st.Lesson("alpha").Quiz.BestScore, st.Lesson("alpha").Quiz.BestTotal = 3, 4
	st.RecordAttempt("greet", progress.Attempt{At: at, Verdict: "pass"}, nil)
	st.Lesson("alpha").CurrentStep = "recap"
	h := newHarness(t, false, st)
	h.send(tea.WindowSizeMsg{Width: 100, Height: 40})
	h.key("enter")
	s := h.screen()
	for _, want := range []string{"Step 9/9: Recap", "Where you are: 1 of 9 steps done", "✓ 1. Why This Matters", "· 2. Define Terms",
		"· 4. Quick Quiz — best 3/4", "· 8. Challenge Pair — 1 of 2 passed", "· 7. Review Quiz "} {
		if !strings.Contains(s, want) {
			t.Errorf("checkpoint lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "9. Recap") || strings.Contains(s, "Review Quiz —") {
		t.Errorf("the checkpoint lists itself, or a record the review quiz does not have:\n%s", s)
	}
	h.key("p", "n") // back to it after reading step 8: not done yet, still listed
	if s := h.screen(); !strings.Contains(s, "· 8. Challenge Pair") {
		t.Errorf("after coming back:\n%s", s)
	}
	out, err := StepText(alpha(t), 8, TextOptions{Width: 40, Style: render.Plain})
	if err != nil || !strings.Contains(out, "  1. Why This Matters") || strings.Contains(out, "9. Recap") {
		t.Fatalf("text: %v\n%s", err, out)
	}
}

// tickStep is a live step, as the planned lab will be: it ticks while it
// is on screen and stops once another step is (shownMsg). It is not a kind
// the loader knows; the test puts it in stepKinds for its lesson.
type tickStep struct {
	*pageStep
	shown, stopped bool
	ticks          int
}

type tickMsg struct{ to *tickStep }

func (s *tickStep) tick() tea.Cmd { return func() tea.Msg { return tickMsg{to: s} } }

func (s *tickStep) Init() tea.Cmd { return tea.Batch(s.pageStep.Init(), s.tick()) }

func (s *tickStep) Update(msg tea.Msg) (bool, tea.Cmd) {
	switch msg := msg.(type) {
	case shownMsg:
		s.shown = msg.step == s
		return false, nil
	case tickMsg:
		if msg.to != s {
			return false, nil
		}
		if !s.shown {
			s.stopped = true
			return true, nil // no next tick: stopped
		}
		s.ticks++
		return true, s.tick()
	}
	return s.pageStep.Update(msg)
}

// A live step keeps ticking while shown, its ticks reach it while the
// learner reads it, and it stops when they move on — with nothing but the
// Step contract and the messages every step gets.
func TestALiveStepTicksWhileShown(t *testing.T) {
	var ticker *tickStep
	stepKinds["tick"] = func(env *StepEnv) Step {
		ticker = &tickStep{pageStep: newMarkdownStep(env, env.Step().Markdown)}
		return ticker
	}
	defer delete(stepKinds, "tick")
	l := &lessons.Lesson{ID: "live", Title: "Live", Version: 1, Steps: []lessons.Step{
		{ID: "a", Title: "A", Kind: lessons.KindPage, Markdown: "A"},
		{ID: "lab", Title: "Lab", Kind: "tick", Markdown: "Lab"},
		{ID: "b", Title: "B", Kind: lessons.KindPage, Markdown: "B"},
	}}
	m := New(Options{Lessons: []*lessons.Lesson{l}})
	h := &harness{t: t, m: m}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.key("enter")
	// Arriving at the lab starts its ticks; deliver a few by hand (the
	// harness would run an endless ticker forever).
	_, cmd := h.m.Update(keyMsg("n"))
	pending := 0
	var tick tea.Msg
	for _, msg := range run(cmd) {
		if _, ok := msg.(tickMsg); ok {
			tick, pending = msg, pending+1
			continue
		}
		h.send(msg)
	}
	if pending != 1 || !ticker.shown {
		t.Fatalf("arriving at the lab: %d ticks pending, shown %v", pending, ticker.shown)
	}
	for range 3 {
		_, cmd := h.m.Update(tick)
		if next := run(cmd); len(next) != 1 {
			t.Fatalf("a tick while shown asked for %d more", len(next))
		} else {
			tick = next[0]
		}
	}
	h.key("n") // move on: the lab is no longer shown
	if _, cmd := h.m.Update(tick); len(run(cmd)) != 0 || !ticker.stopped || ticker.ticks != 3 {
		t.Fatalf("after moving on: ticks %d, stopped %v", ticker.ticks, ticker.stopped)
	}
}

// Keys that arrive before the first WindowSizeMsg (piped, or typed ahead)
// are handled when the size was given, not dropped as "too small".
func TestKeysBeforeTheFirstResize(t *testing.T) {
	store := progress.Open(t.TempDir())
	m := New(Options{Lessons: fixture(t), Store: store, Seed: 1, Width: 80, Height: 24, Focus: &Focus{Lesson: "alpha", Step: "review"}})
	h := &harness{t: t, m: m, store: store}
	for _, msg := range run(m.Init()) {
		h.send(msg)
	}
	if s := h.screen(); !strings.Contains(s, "Question 1 of 2") {
		t.Fatalf("before any resize:\n%s", s)
	}
	answerAll(h, 6)
	if l := h.disk().Lessons["alpha"]; l.QuizOf("review", false) == nil {
		t.Fatalf("the attempt answered before any resize was not saved: %+v", l)
	}
}

// lectern quiz: esc half-way asks before ending the program.
func TestFocusedQuizAsksBeforeLosingAnswers(t *testing.T) {
	m := New(Options{Lessons: fixture(t), Seed: 1, Focus: &Focus{Lesson: "alpha", Step: "quiz"}})
	h := &harness{t: t, m: m}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, msg := range run(m.Init()) {
		h.send(msg)
	}
	h.key("1", "enter", "enter", "esc")
	if s := h.screen(); !strings.Contains(s, "Quit? Your quiz answers so far (1 of 4) would be lost.") || h.m.quitting {
		t.Fatalf("esc half-way:\n%s", s)
	}
	h.key("n", "enter")
	if s := h.screen(); !strings.Contains(s, "Question 2 of 4") {
		t.Fatalf("n and enter do not resume:\n%s", s)
	}
	h.key("esc", "y")
	if !h.m.quitting {
		t.Fatal("y does not end the program")
	}
}
