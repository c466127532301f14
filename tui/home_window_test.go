package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
)

// A pack of a hundred lessons: home draws the cards that fit, and the
// selected one is always among them, wherever it is.
func TestHomeShowsTheSelectedLessonOfAHundred(t *testing.T) {
	base := fixture(t)[0]
	var ls []*lessons.Lesson
	for i := range 100 {
		l := *base
		l.ID, l.Title = fmt.Sprintf("l%03d", i), fmt.Sprintf("Lesson %03d", i)
		ls = append(ls, &l)
	}
	m := New(Options{Lessons: ls, State: &progress.State{}, Width: 80, Height: 24})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, sel := range []int{0, 3, 50, 99} {
		for m.home.selected < sel {
			m.Update(keyMsg("down"))
		}
		screen := m.View().Content
		if n := strings.Count(screen, "\n") + 1; n > 24 {
			t.Fatalf("selected %d: %d lines on a 24-line screen", sel, n)
		}
		if !strings.Contains(screen, fmt.Sprintf("▸ Lesson %03d", sel)) {
			t.Fatalf("selected %d is not on screen:\n%s", sel, screen)
		}
		if sel > 3 && !strings.Contains(screen, "↑ ") || sel < 99 && !strings.Contains(screen, "↓ ") {
			t.Fatalf("selected %d: the hidden lessons are not mentioned:\n%s", sel, screen)
		}
	}
}

// ? on the home screen shows more than its footer: the keys every lesson
// has, ahead of opening one.
func TestHomeHelpSaysWhatALessonsKeysAre(t *testing.T) {
	m := New(Options{Lessons: fixture(t), State: &progress.State{}, Width: 80, Height: 24})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	before := m.View().Content
	m.Update(keyMsg("?"))
	after := m.View().Content
	if after == before || !strings.Contains(after, "in a lesson: next step") || !strings.Contains(after, "g glossary") {
		t.Fatalf("? on the home screen:\n%s", after)
	}
}
