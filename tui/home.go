package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
)

// homeModel lists the lessons as cards, grouped by track.
type homeModel struct {
	c             *Common
	lessons       []*lessons.Lesson
	selected      int
	notice        string
	width, height int
}

func newHomeModel(c *Common, ls []*lessons.Lesson, notice string) homeModel {
	return homeModel{c: c, lessons: ls, notice: notice}
}

func (h *homeModel) setSize(w, height int) { h.width, h.height = w, height }

// refresh is called when the learner comes back from a lesson; the notice
// has been read by then.
func (h *homeModel) refresh() { h.notice = "" }

func (h *homeModel) update(msg tea.KeyPressMsg) {
	switch {
	case key.Matches(msg, h.c.Keys.Up):
		h.selected = max(0, h.selected-1)
	case key.Matches(msg, h.c.Keys.Down):
		h.selected = min(len(h.lessons)-1, h.selected+1)
	}
}

func (h *homeModel) view(st *progress.State) string {
	s := h.c.Styles
	var b strings.Builder
	title := s.Title.Render("Lectern")
	if tagline := " · learn in your terminal, offline"; ansi.StringWidth("Lectern"+tagline) <= h.width {
		title += s.Muted.Render(tagline)
	}
	b.WriteString(title + "\n")
	if h.notice != "" {
		// In full, wrapped: it says what happened and where the old
		// file went.
		for _, l := range strings.Split(ansi.Wrap("⚠ "+h.notice, max(h.width, 10), ""), "\n") {
			b.WriteString(s.Warning.Render(l) + "\n")
		}
	}
	if len(h.lessons) == 0 {
		b.WriteString("\nNo lessons found.\n")
		return b.String()
	}
	cardW := min(h.width, 72)
	track := ""
	for i, l := range h.lessons {
		if l.Track != track {
			track = l.Track
			b.WriteString("\n" + s.Subtitle.Render(strings.ToUpper(track)) + "\n")
		}
		b.WriteString(h.card(l, st, i == h.selected, cardW) + "\n")
	}
	return b.String()
}

func (h *homeModel) card(l *lessons.Lesson, st *progress.State, selected bool, w int) string {
	s := h.c.Styles
	done, state := st.Lessons[l.ID].Summary(l.StepIDs())
	style := s.Card
	marker := "  "
	if selected {
		style = s.CardSelected
		marker = "▸ "
	}
	inner := max(w-4, 10)
	stateStyle := s.Muted
	switch state {
	case progress.Completed:
		stateStyle = s.Success
	case progress.InProgress:
		stateStyle = s.Accent
	}
	lines := []string{
		s.Title.Render(ansi.Truncate(marker+l.Title, inner, "…")),
	}
	if l.Summary != "" {
		lines = append(lines, s.Muted.Render(ansi.Wordwrap(l.Summary, inner, "")))
	}
	meta := fmt.Sprintf("%d min · %d/%d · ", l.Minutes, done, len(l.Steps))
	lines = append(lines, ansi.Truncate(meta+stateStyle.Render(state), inner, "…"))
	if selected {
		action := "enter: start"
		if state == progress.InProgress {
			if lp := st.Lessons[l.ID]; lp != nil {
				if i := l.StepIndex(lp.CurrentStep); i >= 0 {
					action = fmt.Sprintf("enter: resume at step %d, %s", i+1, l.Steps[i].Title)
				}
			}
		} else if state == progress.Completed {
			action = "enter: review"
		}
		lines = append(lines, s.Accent.Render(ansi.Truncate(action, inner, "…")))
	}
	return style.Width(min(w, inner+4)).Render(lipgloss.JoinVertical(lipgloss.Left, lines...))
}
