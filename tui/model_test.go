package tui

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/quiz"
)

// fixture loads the lessons of the fixture pack (../testdata/pack): alpha,
// nine steps of every kind, and beta. The tests never use the built-in
// course, which may change.
func fixture(t *testing.T) []*lessons.Lesson {
	t.Helper()
	ls, err := lessons.LoadAll(os.DirFS("../testdata/pack/lessons"), lessons.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return ls
}

// alpha is the fixture lesson the tests walk through.
func alpha(t *testing.T) *lessons.Lesson { return fixture(t)[0] }

type harness struct {
	t     *testing.T
	m     *Model
	store *progress.Store
}

func newHarness(t *testing.T, colour bool, st *progress.State) *harness {
	store := progress.Open(t.TempDir())
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	m := New(Options{Lessons: fixture(t), Store: store, State: st, Colour: colour, Now: func() time.Time { return now }, Seed: 1})
	h := &harness{t: t, m: m, store: store}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	return h
}

// send delivers msg and then runs the commands it returns, feeding their
// messages back in, as the Bubble Tea runtime would (minus the terminal).
func (h *harness) send(msg tea.Msg) {
	h.t.Helper()
	queue := []tea.Msg{msg}
	for n := 0; len(queue) > 0; n++ {
		if n > 500 {
			h.t.Fatal("message loop did not settle")
		}
		next := queue[0]
		queue = queue[1:]
		_, cmd := h.m.Update(next)
		queue = append(queue, run(cmd)...)
	}
}

func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	switch msg := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, run(c)...)
		}
		return out
	case tea.QuitMsg:
		return nil
	}
	// Sequences arrive as an unexported type; run them through reflection-free
	// fallback: anything else is a message for the model.
	if seq, ok := asSequence(msg); ok {
		var out []tea.Msg
		for _, c := range seq {
			out = append(out, run(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

func asSequence(msg tea.Msg) ([]tea.Cmd, bool) {
	if s := fmt.Sprintf("%T", msg); strings.HasSuffix(s, "sequenceMsg") {
		if cmds, ok := msg.([]tea.Cmd); ok {
			return cmds, true
		}
	}
	return nil, false
}

func (h *harness) key(keys ...string) {
	h.t.Helper()
	for _, k := range keys {
		h.send(keyMsg(k))
	}
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

func (h *harness) screen() string { return ansi.Strip(h.m.View().Content) }

func (h *harness) disk() *progress.State {
	st, _, err := h.store.Load()
	if err != nil {
		h.t.Fatal(err)
	}
	return st
}

func TestHomeShowsLessonCard(t *testing.T) {
	h := newHarness(t, false, nil)
	s := h.screen()
	for _, want := range []string{"TESTING", "Alpha", "10 min · 0/9 · Not Started", "enter: start", "Beta", "3 min · 0/3"} {
		if !strings.Contains(s, want) {
			t.Errorf("home lacks %q:\n%s", want, s)
		}
	}
}

func TestMovingOnMarksOnlySeenStepsDone(t *testing.T) {
	h := newHarness(t, false, nil)
	h.key("enter")
	if s := h.screen(); !strings.Contains(s, "Step 1/9: Why This Matters") {
		t.Fatalf("enter did not open step 1:\n%s", s)
	}
	h.key("n") // without scrolling to the end
	if h.disk().Lessons["alpha"].Done("why") {
		t.Fatal("step 1 marked done though the learner never reached its end")
	}
	if got := h.disk().Lessons["alpha"].CurrentStep; got != "terms" {
		t.Fatalf("current step saved as %q, want terms", got)
	}
	h.key("p", "end", "right")
	if !h.disk().Lessons["alpha"].Done("why") {
		t.Fatal("step 1 not done after reading to its end and moving on")
	}
	if s := h.screen(); !strings.Contains(s, "1/9 done") || !strings.Contains(s, "✓1") || !strings.Contains(s, "▸2") {
		t.Fatalf("progress not shown in the compact step list at 80 columns:\n%s", s)
	}
	h.send(tea.WindowSizeMsg{Width: 120, Height: 30})
	if s := h.screen(); !strings.Contains(s, "✓ 1 Why This Matters") || !strings.Contains(s, "▸ 2 Define Terms") {
		t.Fatalf("no full step list at 120 columns:\n%s", s)
	}
}

func TestResumesWhereTheLearnerLeft(t *testing.T) {
	st := &progress.State{Version: 1}
	st.Lesson("alpha").CurrentStep = "quiz"
	st.Lesson("alpha").MarkDone("why", time.Now())
	h := newHarness(t, false, st)
	if s := h.screen(); !strings.Contains(s, "1/9 · In Progress") || !strings.Contains(s, "resume at step 4, Quick Quiz") {
		t.Fatalf("home:\n%s", s)
	}
	h.key("enter")
	if s := h.screen(); !strings.Contains(s, "Step 4/9: Quick Quiz") {
		t.Fatalf("did not resume at step 4:\n%s", s)
	}
	h.key("esc")
	if s := h.screen(); !strings.Contains(s, "Alpha") || strings.Contains(s, "Step 4/9") {
		t.Fatalf("esc did not go home:\n%s", s)
	}
}

func TestTourVisitsEveryStopAndCompletesTheStep(t *testing.T) {
	h := newHarness(t, false, nil)
	h.key("enter", "n", "n")
	d := h.m.opts.Lessons[0].Steps[2].Diagram
	if s := h.screen(); !strings.Contains(s, "Visual Model") || !strings.Contains(s, "Press space to start the tour") {
		t.Fatalf("visual step:\n%s", s)
	}
	for i, stop := range d.Tour {
		h.key("space")
		s := h.screen()
		if want := fmt.Sprintf("Tour %d/%d", i+1, len(d.Tour)); !strings.Contains(s, want) {
			t.Fatalf("after %d presses the screen lacks %q:\n%s", i+1, want, s)
		}
		if stop.Node != "" && !strings.Contains(s, "╔") {
			t.Fatalf("stop %d (node %s) has no highlighted box:\n%s", i+1, stop.Node, s)
		}
		if stop.Edge >= 0 && !strings.ContainsAny(s, "┃━┳") {
			t.Fatalf("stop %d (edge) is not drawn heavy:\n%s", i+1, s)
		}
	}
	h.key("n")
	if !h.disk().Lessons["alpha"].Done("visual") {
		t.Fatal("finishing the tour and moving on did not mark the Visual Model done")
	}
}

func TestReplayColdAndWarmPaths(t *testing.T) {
	h := newHarness(t, false, nil)
	h.key("enter", "n", "n", "t")
	if s := h.screen(); !strings.Contains(s, "Cold request 1/6") {
		t.Fatalf("t did not start the cold replay:\n%s", s)
	}
	h.key("space", "space")
	if s := h.screen(); !strings.Contains(s, "Cold request 3/6 · Init runtime") {
		t.Fatalf("cold replay did not reach init:\n%s", s)
	}
	h.key("t", "space", "space")
	if s := h.screen(); !strings.Contains(s, "Warm request 3/5 · Execute function") {
		t.Fatalf("warm replay did not skip init:\n%s", s)
	}
}

func TestGlossaryOpensFromAnyStep(t *testing.T) {
	h := newHarness(t, false, nil)
	h.key("enter", "n", "n", "n", "g")
	s := h.screen()
	if !strings.Contains(s, "Glossary") || !strings.Contains(s, "Serverless") || !strings.Contains(s, "Glossary 1/5") {
		t.Fatalf("g did not open the glossary:\n%s", s)
	}
	h.key("down")
	if s2 := h.screen(); s2 == s {
		t.Fatal("↓ did not move in the glossary")
	}
	h.key("esc")
	if s := h.screen(); strings.Contains(s, "esc to close") || !strings.Contains(s, "Step 4/9") {
		t.Fatalf("esc did not close the glossary:\n%s", s)
	}
}

func TestEverySizeFitsTheTerminal(t *testing.T) {
	h := newHarness(t, true, nil)
	h.key("enter", "n", "n", "space", "space")
	for _, size := range [][2]int{{80, 24}, {40, 12}, {30, 8}, {120, 40}, {41, 13}, {200, 60}, {1, 1}, {79, 23}} {
		h.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		lines := strings.Split(h.m.View().Content, "\n")
		if len(lines) > size[1] {
			t.Errorf("%dx%d: %d lines", size[0], size[1], len(lines))
		}
		for i, l := range lines {
			if w := ansi.StringWidth(l); w > size[0] {
				t.Errorf("%dx%d: line %d is %d wide: %q", size[0], size[1], i, w, ansi.Strip(l))
			}
		}
	}
	h.send(tea.WindowSizeMsg{Width: 30, Height: 8})
	if s := h.screen(); !strings.Contains(s, "too small") {
		t.Fatalf("30x8 does not ask for a larger window:\n%s", s)
	}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if s := h.screen(); !strings.Contains(s, "Tour 2/") {
		t.Fatalf("state lost across resizes:\n%s", s)
	}
}

func TestNoColourMeansNoEscapeCodes(t *testing.T) {
	h := newHarness(t, false, nil)
	h.key("enter", "n", "n", "space")
	if v := h.m.View().Content; strings.ContainsRune(v, 0x1b) {
		t.Fatalf("colourless UI emitted escape codes: %q", v[:min(len(v), 200)])
	}
	hc := newHarness(t, true, nil)
	hc.key("enter")
	if v := hc.m.View().Content; !strings.ContainsRune(v, 0x1b) {
		t.Fatal("colour UI has no colour at all")
	}
}

func TestUnsavableProgressIsSaid(t *testing.T) {
	m := New(Options{Lessons: fixture(t), SaveProblem: "progress won't be saved: read-only"})
	h := &harness{t: t, m: m}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if s := h.screen(); !strings.Contains(s, "won't be saved") {
		t.Fatalf("save problem not shown:\n%s", s)
	}
	h.key("enter", "n") // must not crash without a store
}

// runKeepQuit runs cmd like run but reports whether it asked to quit.
func runKeepQuit(cmd tea.Cmd) (msgs []tea.Msg, quit bool) {
	if cmd == nil {
		return nil, false
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.QuitMsg:
		return nil, true
	case tea.BatchMsg:
		for _, c := range msg {
			m, q := runKeepQuit(c)
			msgs, quit = append(msgs, m...), quit || q
		}
	default:
		msgs = append(msgs, msg)
	}
	return msgs, quit
}

// A learner who moves on and quits at once (or whose progress file is
// locked by another lectern for a moment) must not lose the move.
func TestQuitWaitsForProgressToBeWritten(t *testing.T) {
	h := newHarness(t, false, nil)
	h.key("enter", "end")
	// Both keys are handled before any command runs, as when the writes
	// are slow.
	_, moved := h.m.Update(keyMsg("right"))
	_, quitting := h.m.Update(keyMsg("q"))
	if _, quit := runKeepQuit(quitting); quit {
		t.Fatal("q quit while progress was still being written")
	}
	if s := h.screen(); !strings.Contains(s, "Saving progress") {
		t.Fatalf("no sign of saving while quitting:\n%s", s)
	}
	queue, _ := runKeepQuit(moved)
	quit := false
	for len(queue) > 0 && !quit {
		msg := queue[0]
		queue = queue[1:]
		_, cmd := h.m.Update(msg)
		more, q := runKeepQuit(cmd)
		queue, quit = append(queue, more...), q
	}
	if !quit {
		t.Fatal("never quit after the writes finished")
	}
	l := h.disk().Lessons["alpha"]
	if l.CurrentStep != "terms" || !l.Done("why") {
		t.Fatalf("on disk after quitting: %+v, want step terms with why done", l)
	}
}

// Every stop's full narration must be readable at 80x24 and at the
// minimum size: nothing cut off without the learner being told.
func TestTourNarrationIsNeverCut(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {100, 30}, {72, 20}} {
		h := newHarness(t, false, nil)
		h.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		h.key("enter", "n", "n")
		d := h.m.opts.Lessons[0].Steps[2].Diagram
		for i, stop := range d.Tour {
			h.key("space")
			flat := strings.Join(strings.Fields(h.screen()), " ")
			for _, word := range strings.Fields(stop.Text) {
				if !strings.Contains(flat, word) {
					t.Fatalf("%dx%d stop %d: narration word %q missing:\n%s", size[0], size[1], i+1, word, h.screen())
				}
			}
		}
		if s := h.screen(); !strings.Contains(s, "restarts,") {
			t.Fatalf("%dx%d: the end-of-tour hint is cut:\n%s", size[0], size[1], s)
		}
	}
	// At the minimum size a long stop may not fit; then the panel says so.
	h := newHarness(t, false, nil)
	h.send(tea.WindowSizeMsg{Width: 40, Height: 12})
	h.key("enter", "n", "n")
	for range h.m.opts.Lessons[0].Steps[2].Diagram.Tour {
		h.key("space")
		s := h.screen()
		if !strings.Contains(s, "Tour ") {
			t.Fatalf("40x12: no narration title:\n%s", s)
		}
	}
}

func TestGlossaryShowsWholeDefinitions(t *testing.T) {
	h := newHarness(t, false, nil)
	h.key("enter", "g")
	terms := h.m.opts.Lessons[0].Glossary
	for i, term := range terms {
		flat := strings.Join(strings.Fields(h.screen()), " ")
		for _, word := range strings.Fields(term.Definition + " " + strings.Join(term.See, " ")) {
			if !strings.Contains(flat, word) {
				t.Fatalf("term %d %q: word %q of its definition is missing:\n%s", i+1, term.Term, word, h.screen())
			}
		}
		h.key("down")
	}
}

func TestHelpAlwaysShowsQuitAndWrapsFullHelp(t *testing.T) {
	h := newHarness(t, false, nil)
	h.send(tea.WindowSizeMsg{Width: 40, Height: 20})
	h.key("enter")
	if s := h.screen(); !strings.Contains(s, "q quit") {
		t.Fatalf("40 columns: short help lacks q quit:\n%s", s)
	}
	h.key("?")
	s := h.screen()
	for _, want := range []string{"q quit", "esc home", "pgup", "pgdn", "home", "end", "g glossary"} {
		if !strings.Contains(s, want) {
			t.Errorf("full help at 40 columns lacks %q:\n%s", want, s)
		}
	}
}

func TestChangedLessonIsMentioned(t *testing.T) {
	st := &progress.State{Version: 1}
	st.Lesson("alpha").ContentVersion = 99
	st.Lesson("alpha").CurrentStep = "quiz"
	h := newHarness(t, false, st)
	h.key("enter")
	if s := h.screen(); !strings.Contains(s, "updated since your last visit") {
		t.Fatalf("no notice that the lesson changed:\n%s", s)
	}
	h.key("n")
	if s := h.screen(); strings.Contains(s, "updated since your last visit") {
		t.Fatalf("the notice outstays the first step:\n%s", s)
	}
}

// Passing the quiz inside the lesson records it — queued in the very Update
// that submits the last answer — and marks the Quick Quiz step done.
func TestQuizInLessonRecordsAPass(t *testing.T) {
	h := newHarness(t, false, nil)
	h.send(tea.WindowSizeMsg{Width: 100, Height: 40})
	h.key("enter", "n", "n", "n", "enter")
	qm := h.m.lesson.steps[3].(*quizStep).quiz
	if qm == nil {
		t.Fatalf("enter on the quiz step did not start the quiz:\n%s", h.screen())
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
		if qm.attempt.Answered() == qm.attempt.Len()-1 {
			// The last answer: the save must be queued before any
			// command runs.
			_, cmd := h.m.Update(keyMsg("enter"))
			if !h.m.saving && len(h.m.pending) == 0 {
				t.Fatal("finishing the quiz queued no progress write")
			}
			for _, msg := range run(cmd) {
				h.send(msg)
			}
			break
		}
		h.key("enter", "enter")
	}
	l := h.disk().Lessons["alpha"]
	if l == nil || l.Quiz == nil || !l.Quiz.Passed || l.Quiz.Attempts != 1 || !l.Done("quiz") {
		t.Fatalf("after a perfect quiz, progress is %+v", l)
	}
}
