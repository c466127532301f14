package tui

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/lectern-dev/lectern/progress"
)

// The whole program, through Bubble Tea's real loop: start at the home
// screen, open the lesson, move on, quit — and the move is on disk.
func TestProgramOpensMovesAndSavesOnQuit(t *testing.T) {
	store := progress.Open(t.TempDir())
	m := New(Options{Lessons: fixture(t), Store: store, Now: time.Now})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	waitFor := func(s string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
			teatest.WithDuration(5*time.Second))
	}
	waitFor("TESTING")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitFor("Why This Matters")
	tm.Send(tea.KeyPressMsg{Code: 'n', Text: "n"})
	waitFor("Define Terms")
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	st, _, err := store.Load()
	if err != nil {
		t.Fatal(err)
	}
	if got := st.Lessons["alpha"].CurrentStep; got != "terms" {
		t.Fatalf("saved step %q after quitting, want terms", got)
	}
}
