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
	room := h.height - strings.Count(b.String(), "\n")
	if h.height <= 0 {
		room = 1 << 30 // no size yet: everything
	}
	// Only the cards that fit are drawn (a pack may hold a hundred
	// lessons): from the first while the selected one is among them, else
	// ending with the selected one.
	from, to := h.window(st, cardW, room)
	if from > 0 {
		b.WriteString(s.Muted.Render(fmt.Sprintf("↑ %d more", from)) + "\n")
	}
	for i := from; i < to; i++ {
		l := h.lessons[i]
		if i == from || l.Track != h.lessons[i-1].Track {
			b.WriteString("\n" + s.Subtitle.Render(strings.ToUpper(l.Track)) + "\n")
		}
		b.WriteString(h.card(l, st, i == h.selected, cardW) + "\n")
	}
	if to < len(h.lessons) {
		b.WriteString(s.Muted.Render(fmt.Sprintf("↓ %d more", len(h.lessons)-to)) + "\n")
	}
	return b.String()
}

// window is the range of lessons whose cards fit in room lines: from the
// first when the selected one is then shown, else the ones before and
// including the selected. Only those cards are drawn.
func (h *homeModel) window(st *progress.State, cardW, room int) (from, to int) {
	cards := map[int]int{}
	card := func(i int) int {
		if _, ok := cards[i]; !ok {
			cards[i] = strings.Count(h.card(h.lessons[i], st, i == h.selected, cardW), "\n") + 1
		}
		return cards[i]
	}
	// heading is what the track's heading over card i takes: it is drawn
	// over the first card shown and where the track changes.
	heading := func(i int, first bool) int {
		if first || h.lessons[i].Track != h.lessons[i-1].Track {
			return 2
		}
		return 0
	}
	more := func(from, to int) int { // the "↑/↓ N more" lines
		n := 0
		if from > 0 {
			n++
		}
		if to < len(h.lessons) {
			n++
		}
		return n
	}
	used := 0
	for to < len(h.lessons) {
		n := card(to) + heading(to, to == 0)
		if to > 0 && used+n+more(0, to+1) > room {
			break
		}
		used += n
		to++
	}
	if h.selected < to {
		return 0, to
	}
	from, to = h.selected, h.selected+1
	used = card(from)
	for from > 0 && used+card(from-1)+heading(from-1, true)+more(from-1, to) <= room {
		from--
		used += card(from) + heading(from+1, false)
	}
	return from, to
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
