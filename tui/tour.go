package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/diagram"
	"github.com/lectern-dev/lectern/lessons"
)

// tourModel steps through the Visual Model: the guided tour (one node or
// edge at a time, with narration) or the replay of one of the diagram's
// paths (a cold request, a warm one), node by node with the trail shown.
type tourModel struct {
	c *Common
	d *lessons.Diagram
	// mode 0 is the tour; mode i > 0 replays d.Paths[i-1].
	mode int
	// pos is the current stop; -1 before the first.
	pos int
	// finished is set once the tour's last stop has been reached.
	finished bool
	last     diagram.Result
	// For the side-by-side layout: the drawing's lines and the first one
	// shown, kept so the focus stays in view (set in Update, read by View).
	lines  []string
	offset int
}

func newTourModel(c *Common, d *lessons.Diagram) *tourModel {
	return &tourModel{c: c, d: d, pos: -1}
}

func (t *tourModel) length() int {
	if t.mode == 0 {
		return len(t.d.Tour)
	}
	return len(t.d.Paths[t.mode-1].Nodes)
}

// setPlace puts the tour back at a stop (-1: before the first) of a mode,
// as the learner left it.
func (t *tourModel) setPlace(pos, mode int) {
	if mode < 0 || mode > len(t.d.Paths) {
		mode = 0
	}
	t.mode = mode
	t.pos = max(-1, min(pos, t.length()-1))
	if t.mode == 0 && t.pos == len(t.d.Tour)-1 {
		t.finished = true
	}
}

func (t *tourModel) handles(k tea.KeyPressMsg) bool {
	keys := t.c.Keys
	return key.Matches(k, keys.TourNext, keys.TourBack, keys.TourRestart, keys.TourMode)
}

func (t *tourModel) update(k tea.KeyPressMsg) {
	keys := t.c.Keys
	switch {
	case key.Matches(k, keys.TourNext):
		if t.pos < t.length()-1 {
			t.pos++
		}
	case key.Matches(k, keys.TourBack):
		t.pos = max(t.pos-1, -1)
	case key.Matches(k, keys.TourRestart):
		t.pos = 0
	case key.Matches(k, keys.TourMode):
		t.mode = (t.mode + 1) % (len(t.d.Paths) + 1)
		t.pos = 0
	}
	if t.mode == 0 && t.pos == len(t.d.Tour)-1 {
		t.finished = true
	}
}

// options turns the position into what the drawing highlights.
func (t *tourModel) options(width int) diagram.Options {
	o := diagram.Options{Width: width, FocusEdge: -1}
	if t.pos < 0 {
		return o
	}
	if t.mode == 0 {
		stop := t.d.Tour[t.pos]
		o.FocusNode, o.FocusEdge = stop.Node, stop.Edge
		return o
	}
	p := t.d.Paths[t.mode-1]
	o.DimOthers = true
	o.TrailNodes = map[string]bool{}
	o.TrailEdges = map[int]bool{}
	for i := 0; i < t.pos; i++ {
		o.TrailNodes[p.Nodes[i]] = true
		o.TrailEdges[t.d.EdgeIndex(p.Nodes[i], p.Nodes[i+1])] = true
	}
	o.FocusNode = p.Nodes[t.pos]
	return o
}

func (t *tourModel) drawing(width, height int) string {
	o := t.options(min(width, 80))
	o.Style = t.style
	full := diagram.Draw(t.d, o)
	if len(full.Lines) > height {
		o.Compact = true
		full = diagram.Draw(t.d, o)
	}
	t.last = full
	return full.String()
}

func (t *tourModel) style(r diagram.Role, s string) string {
	st := t.c.Styles
	switch r {
	case diagram.RoleFocus:
		return st.DiagramFocus.Render(s)
	case diagram.RoleTrail:
		return st.DiagramTrail.Render(s)
	case diagram.RoleLabel:
		return st.DiagramLabel.Render(s)
	case diagram.RoleDim:
		return st.DiagramDim.Render(s)
	}
	return s
}

// naturalWidth is how wide the drawing is when given at most max columns.
func (t *tourModel) naturalWidth(maxW int) int {
	r := diagram.Draw(t.d, diagram.Options{Width: max(maxW, 16), FocusEdge: -1})
	w := 0
	for _, l := range r.Lines {
		w = max(w, ansi.StringWidth(l))
	}
	return w
}

// layout draws the diagram for a column of the given size and scrolls it
// so the focused node or edge is visible.
func (t *tourModel) layout(width, height int) {
	t.lines = strings.Split(t.drawing(width, height), "\n")
	rows, ok := t.focusRows()
	if !ok || len(t.lines) <= height {
		t.offset = 0
		return
	}
	if rows[0] < t.offset || rows[1] >= t.offset+height {
		t.offset = max(0, min(rows[0]-max((height-(rows[1]-rows[0]+1))/2, 0), len(t.lines)-height))
	}
}

func (t *tourModel) view() string {
	if t.offset >= len(t.lines) {
		return ""
	}
	return strings.Join(t.lines[t.offset:], "\n")
}

// focusRows is where the highlighted node or edge was drawn.
func (t *tourModel) focusRows() ([2]int, bool) {
	o := t.options(0)
	if o.FocusNode != "" {
		r, ok := t.last.NodeRows[o.FocusNode]
		return r, ok
	}
	if o.FocusEdge >= 0 {
		r, ok := t.last.EdgeRows[o.FocusEdge]
		return r, ok
	}
	return [2]int{}, false
}

// narrationLines is the title and text of the current stop, wrapped to
// width; the panel is as tall as they are (as far as the terminal allows),
// so no stop's text is ever cut.
func (t *tourModel) narrationLines(width int) []string {
	st := t.c.Styles
	var title, text string
	switch {
	case t.pos < 0 && t.mode == 0:
		title = "Guided tour"
		text = fmt.Sprintf("Press space to start the tour (%d stops). t switches to replaying a cold or a warm request.", len(t.d.Tour))
	case t.mode == 0:
		stop := t.d.Tour[t.pos]
		title = fmt.Sprintf("Tour %d/%d · %s", t.pos+1, len(t.d.Tour), diagram.StopName(t.d, stop))
		text = stop.Text
		if t.pos == len(t.d.Tour)-1 {
			text += " (End of the tour: r restarts, → moves on.)"
		}
	default:
		p := t.d.Paths[t.mode-1]
		node := p.Nodes[t.pos]
		title = fmt.Sprintf("%s %d/%d · %s", p.Name, t.pos+1, len(p.Nodes), diagram.StopName(t.d, lessons.TourStop{Node: node, Edge: -1}))
		for _, s := range t.d.Tour {
			if s.Node == node {
				text = s.Text
				break
			}
		}
		if t.pos == len(p.Nodes)-1 {
			text += " (End of this path: t for the next one, r to replay.)"
		}
	}
	var lines []string
	for _, l := range strings.Split(wrapProse("── "+title, max(width, 10)), "\n") {
		lines = append(lines, st.Accent.Render(l))
	}
	for _, l := range strings.Split(wrapProse(strings.TrimSpace(text), max(width-1, 10)), "\n") {
		lines = append(lines, st.Narration.Render(" "+l))
	}
	return lines
}

// narration draws the panel in h lines; if the terminal is too short for
// all of it, the last line says so.
func (t *tourModel) narration(width, h int) string {
	lines := t.narrationLines(width)
	if len(lines) > h && h > 0 {
		lines = append(lines[:h-1], t.c.Styles.Muted.Render("… (a taller window shows the rest)"))
	}
	return strings.Join(fitLines(strings.Join(lines, "\n"), width, h), "\n")
}
