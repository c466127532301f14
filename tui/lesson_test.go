package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/lectern-dev/lectern/progress"
)

// footer is the last line of the screen.
func footer(h *harness) string {
	lines := strings.Split(h.screen(), "\n")
	return lines[len(lines)-1]
}

// At 80 columns the footer of every step names the glossary, help and
// quit, and →/n next once the step is done (after the tour's last stop,
// after passing a challenge).
func TestFooterSaysWhatToPressNext(t *testing.T) {
	h := challengeHarness(t)
	h.key("enter")
	for i := 0; i < 9; i++ {
		f := footer(h)
		for _, want := range []string{"g glossary", "? all keys", "q quit"} {
			if !strings.Contains(f, want) {
				t.Errorf("step %d: footer lacks %q: %q", i+1, want, f)
			}
		}
		h.key("n")
	}
	h = challengeHarness(t)
	h.key("enter", "n", "n")
	for range 9 {
		h.key("space")
	}
	if f := footer(h); !strings.Contains(f, "→/n next") || !strings.Contains(f, "g glossary") {
		t.Errorf("after the tour's last stop: %q", f)
	}
	h.key("n", "n", "enter", "enter") // the challenge: fails, then passes
	if f := footer(h); !strings.Contains(f, "→/n next") {
		t.Errorf("after passing the challenge: %q", f)
	}
}

// A step not yet done says what it takes, beside the progress bar.
func TestProgressBarSaysWhatIsLeft(t *testing.T) {
	h := newHarness(t, false, nil)
	h.key("enter")
	if s := h.screen(); !strings.Contains(s, "read to the end to mark it done") {
		t.Fatalf("a page not read to its end does not say so:\n%s", s)
	}
	h.key("end")
	if s := h.screen(); strings.Contains(s, "read to the end") || !strings.Contains(s, "0/9 done · ✓ counted as done when you move on") {
		t.Fatalf("at the end, the bar does not say moving on counts the step:\n%s", s)
	}
	h.key("n", "n")
	if s := h.screen(); !strings.Contains(s, "finish the tour to mark it done") {
		t.Fatalf("the tour does not say what is left:\n%s", s)
	}
	h.send(tea.WindowSizeMsg{Width: 40, Height: 12})
	if s := h.screen(); !strings.Contains(s, "finish the tour to mark it done") {
		t.Fatalf("at 40 columns:\n%s", s)
	}
}

// After the last step comes a summary: what was done, the quiz, the
// challenges, what is left and what to do next; → says finish there.
func TestSummaryAfterTheLastStep(t *testing.T) {
	h := challengeHarness(t)
	h.key("enter", "n", "n", "n", "n", "enter", "enter") // the first challenge passes
	for range 4 {
		h.key("n")
	}
	if s := h.screen(); !strings.Contains(s, "Step 9/9") || !strings.Contains(footer(h), "→/n finish") {
		t.Fatalf("the last step does not offer to finish:\n%s", s)
	}
	h.key("end", "n")
	s := h.screen()
	for _, want := range []string{"Alpha · Summary", "End of Alpha: 3 of 9 steps done.", "✓ 5. First Challenge",
		"The adder challenge: passed, 2 attempts", "· 4. Quick Quiz", "quiz not taken yet", "What next", "enter or esc",
		"Beta", "lectern progress"} {
		if !strings.Contains(strings.Join(strings.Fields(s), " "), want) {
			t.Errorf("the summary lacks %q:\n%s", want, s)
		}
	}
	if !h.disk().Lessons["alpha"].Done("recap") {
		t.Fatal("the last step read to its end is not done")
	}
	h.key("left")
	if s := h.screen(); !strings.Contains(s, "Step 9/9") {
		t.Fatalf("← does not go back to the last step:\n%s", s)
	}
	h.key("n", "esc")
	if s := h.screen(); !strings.Contains(s, "TESTING") {
		t.Fatalf("esc does not go home from the summary:\n%s", s)
	}
}

func TestSummaryOfACompletedLesson(t *testing.T) {
	st := &progress.State{Version: 1}
	for _, id := range alpha(t).StepIDs() {
		st.Lesson("alpha").MarkDone(id, time.Now())
	}
	st.Lesson("alpha").CurrentStep = "recap"
	h := newHarness(t, false, st)
	h.key("enter", "n")
	if s := h.screen(); !strings.Contains(s, "✓ Lesson complete: Alpha.") {
		t.Fatalf("summary of a completed lesson:\n%s", s)
	}
}

// The scroll position and the tour stop are where the learner left them:
// coming back to the step, and in the next run.
func TestPlacesAreKeptAcrossSteps(t *testing.T) {
	h := newHarness(t, false, nil)
	h.send(tea.WindowSizeMsg{Width: 80, Height: 12})
	h.key("enter", "down", "down", "down")
	top := strings.Split(h.screen(), "\n")[1]
	h.key("n", "n", "space", "space", "space", "p", "p")
	if got := strings.Split(h.screen(), "\n")[1]; got != top {
		t.Fatalf("coming back scrolled elsewhere:\n%q\nwant\n%q", got, top)
	}
	h.key("q")
	saved := h.disk()
	l := saved.Lessons["alpha"]
	if l.PlaceOf("why") != (progress.Place{Scroll: 3}) || l.PlaceOf("visual") != (progress.Place{Stop: 3}) {
		t.Fatalf("places saved: %+v", l.Places)
	}
	// The next run.
	h2 := &harness{t: t, m: New(Options{Lessons: fixture(t), Store: h.store, State: saved, Now: time.Now}), store: h.store}
	h2.send(tea.WindowSizeMsg{Width: 80, Height: 12})
	h2.key("enter")
	if got := strings.Split(h2.screen(), "\n")[1]; got != top {
		t.Fatalf("the next run starts elsewhere:\n%q\nwant\n%q", got, top)
	}
	h2.key("n", "n")
	if s := h2.screen(); !strings.Contains(s, "Tour 3/9") {
		t.Fatalf("the tour stop was not kept:\n%s", s)
	}
}

// Leaving a quiz half-way keeps it: the page offers to resume it or start
// again, going home and back keeps it, and quitting asks first.
func TestQuizLeftHalfWayIsKept(t *testing.T) {
	h := newHarness(t, false, nil)
	h.key("enter", "n", "n", "n", "enter", "1", "enter", "enter")
	if s := h.screen(); !strings.Contains(s, "Question 2 of 4") {
		t.Fatalf("second question:\n%s", s)
	}
	h.key("esc")
	if s := h.screen(); !strings.Contains(s, "waiting at question 2 of 4") || !strings.Contains(footer(h), "enter resume quiz") {
		t.Fatalf("the page does not offer to resume:\n%s", s)
	}
	h.key("esc", "enter") // home and back
	if s := h.screen(); !strings.Contains(s, "waiting at question 2 of 4") {
		t.Fatalf("going home lost the quiz:\n%s", s)
	}
	h.key("q")
	if s := h.screen(); !strings.Contains(s, "Quit? Your quiz answers so far (1 of 4) would be lost. y quits · n stays") {
		t.Fatalf("quitting does not ask:\n%s", s)
	}
	h.key("n")
	if h.m.quitting {
		t.Fatal("n quit")
	}
	h.key("enter")
	if s := h.screen(); !strings.Contains(s, "Question 2 of 4") {
		t.Fatalf("enter does not resume:\n%s", s)
	}
	h.key("esc", "a")
	if s := h.screen(); !strings.Contains(s, "Question 1 of 4") {
		t.Fatalf("a does not start again:\n%s", s)
	}
	h.key("q")
	if !h.m.quitting {
		t.Fatal("quitting before answering anything asked first")
	}
}

func TestQuitConfirmedQuits(t *testing.T) {
	h := newHarness(t, false, nil)
	h.key("enter", "n", "n", "n", "enter", "1", "enter", "q", "y")
	if !h.m.quitting {
		t.Fatal("y did not quit")
	}
}

// The glossary's header and footer name the same keys.
func TestGlossaryKeysAgree(t *testing.T) {
	h := newHarness(t, false, nil)
	h.key("enter", "g")
	lines := strings.Split(h.screen(), "\n")
	header, foot := lines[1], lines[len(lines)-1]
	for _, want := range []string{"↑/↓ browse", "esc/g close"} {
		if !strings.Contains(header, want) || !strings.Contains(foot, want) {
			t.Errorf("%q in one of header %q, footer %q only", want, header, foot)
		}
	}
}

// A notice is wrapped, never cut: the backup path of a damaged file and
// why progress is not saved are whole at 40 columns.
func TestNoticesAreNeverCut(t *testing.T) {
	backup := "/home/learner/.local/state/lectern/progress.json.corrupt-20261127T120000.000000000"
	notice := "Started fresh: the progress file was unreadable (invalid character 'x'); it was kept as " + backup
	problem := "Progress won't be saved: ~/.local/state/lectern: permission denied"
	m := New(Options{Lessons: fixture(t), Notice: notice, SaveProblem: problem})
	h := &harness{t: t, m: m}
	h.send(tea.WindowSizeMsg{Width: 40, Height: 24})
	flat := strings.Join(strings.Fields(strings.ReplaceAll(h.screen(), "\n", "")), "")
	for _, want := range []string{backup, "Progresswon'tbesaved:~/.local/state/lectern:permissiondenied"} {
		if !strings.Contains(flat, strings.ReplaceAll(want, " ", "")) {
			t.Errorf("home at 40 columns cuts %q:\n%s", want, h.screen())
		}
	}
	h.key("enter")
	if flat := strings.Join(strings.Fields(strings.ReplaceAll(h.screen(), "\n", "")), ""); !strings.Contains(flat, "Progresswon'tbesaved:~/.local/state/lectern:permissiondenied") {
		t.Errorf("the lesson at 40 columns cuts the save problem:\n%s", h.screen())
	}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	n := 0
	for _, l := range strings.Split(h.screen(), "\n") {
		if strings.Contains(l, "won't be saved") {
			n++
			if !strings.Contains(l, "permission denied") {
				t.Errorf("at 80 columns the problem takes more than a line: %q", l)
			}
		}
	}
	if n != 1 {
		t.Errorf("the save problem shows %d times", n)
	}
}

// The step list shows whole titles on a wide terminal.
func TestStepListTitlesAreWhole(t *testing.T) {
	h := newHarness(t, false, nil)
	h.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	h.key("enter")
	for _, step := range alpha(t).Steps {
		if !strings.Contains(h.screen(), step.Title) {
			t.Errorf("the step list cuts %q:\n%s", step.Title, h.screen())
		}
	}
}
