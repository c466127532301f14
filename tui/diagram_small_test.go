package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// In the smallest window, every stop's text can be read to its end: one
// too long for the room below the drawing is part of what scrolls, shown
// from its start (it was cut, "a taller window shows the rest", with no
// way on).
func TestDiagramStopTextInTheSmallestWindow(t *testing.T) {
	h := newHarness(t, false, nil)
	h.send(tea.WindowSizeMsg{Width: 40, Height: 12})
	h.key("enter", "n", "n")
	step, ok := h.m.lesson.steps[2].(*diagramStep)
	if !ok {
		t.Fatalf("step 3 is a %T", h.m.lesson.steps[2])
	}
	long := 0
	for i, stop := range step.tour.d.Tour {
		h.key("space")
		if step.stopTitle != "" {
			long++
		}
		words := strings.Fields(stop.Text)
		start, end := strings.Join(words[:3], " "), strings.Join(words[len(words)-3:], " ")
		s := flat(h.screen())
		if strings.Contains(s, "a taller window shows the rest") || !strings.Contains(s, start) {
			t.Fatalf("stop %d: its text does not start on screen (%q):\n%s", i+1, start, h.screen())
		}
		seen := s
		for range 10 {
			h.key("j")
			seen += flat(h.screen())
		}
		if !strings.Contains(seen, end) {
			t.Fatalf("stop %d: scrolling never shows the end of its text (%q)", i+1, end)
		}
		h.key("k", "k", "k", "k", "k", "k", "k", "k", "k", "k")
	}
	if long == 0 {
		t.Fatal("no stop of the fixture is too long for the window: the test tests nothing")
	}
}
