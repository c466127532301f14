// Package diagram draws a lesson's flow diagram as box-drawing text: nodes
// stacked top to bottom in flow order, arrows between neighbours, and edges
// that skip ahead (or loop back) routed in lanes beside the boxes. What is
// highlighted stays visible without colour: the focused node gets a double
// border and the edges being followed are drawn with heavy lines.
package diagram

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/lessons"
)

// Role says how a piece of the drawing should be styled.
type Role int

const (
	RoleNormal Role = iota
	RoleFocus       // the node or edge the tour is on
	RoleTrail       // nodes and edges already passed on a replayed path
	RoleLabel       // edge labels
	RoleDim         // nodes off the replayed path
)

// Options control one rendering.
type Options struct {
	// Width is the number of columns available; the drawing never exceeds
	// it (labels wrap inside boxes; lanes give way to notes when narrow).
	Width int
	// Compact drops the connector line between boxes (arrows and labels go
	// in the borders), for short terminals.
	Compact bool
	// FocusNode / FocusEdge select what is highlighted (FocusEdge -1: none).
	FocusNode string
	FocusEdge int
	// TrailNodes / TrailEdges are drawn as already travelled.
	TrailNodes map[string]bool
	TrailEdges map[int]bool
	// DimOthers dims nodes that are neither focused nor on the trail.
	DimOthers bool
	// Style, if set, styles each run of text by role (e.g. with lipgloss);
	// nil leaves the text plain.
	Style func(Role, string) string
}

// Result is a rendered diagram.
type Result struct {
	Lines []string
	// NodeRows gives, per node id, the first and last line of its box, so
	// a scrolling view can keep the focus visible.
	NodeRows map[string][2]int
	// EdgeRows gives, per edge index, the first and last line it spans.
	EdgeRows map[int][2]int
}

// String joins the lines.
func (r Result) String() string { return strings.Join(r.Lines, "\n") }

// Render draws d with no highlight; see Draw for the full form.
func Render(d *lessons.Diagram, o Options) string {
	o.FocusEdge = -1
	return Draw(d, o).String()
}

// StopName names a tour stop for text output ("Cold start?" or
// "Cold start? → Init runtime (yes)").
func StopName(d *lessons.Diagram, s lessons.TourStop) string {
	if s.Edge >= 0 && s.Edge < len(d.Edges) {
		e := d.Edges[s.Edge]
		name := label(d, e.From) + " → " + label(d, e.To)
		if e.Label != "" {
			name += " (" + e.Label + ")"
		}
		return name
	}
	return label(d, s.Node)
}

func label(d *lessons.Diagram, id string) string {
	if i := d.NodeIndex(id); i >= 0 {
		return d.Nodes[i].Label
	}
	return id
}

// order returns node indexes in flow order: a topological order that keeps
// the file's order among equals; nodes on a cycle keep file order.
func order(d *lessons.Diagram) []int {
	n := len(d.Nodes)
	indeg := make([]int, n)
	out := make([][]int, n)
	for _, e := range d.Edges {
		f, t := d.NodeIndex(e.From), d.NodeIndex(e.To)
		if f < 0 || t < 0 {
			continue
		}
		out[f] = append(out[f], t)
		indeg[t]++
	}
	placed := make([]bool, n)
	var res []int
	for len(res) < n {
		next := -1
		for i := 0; i < n; i++ {
			if !placed[i] && indeg[i] == 0 {
				next = i
				break
			}
		}
		if next < 0 { // a cycle: take the first unplaced node in file order
			for i := 0; i < n; i++ {
				if !placed[i] {
					next = i
					break
				}
			}
		}
		placed[next] = true
		res = append(res, next)
		for _, t := range out[next] {
			indeg[t]--
		}
	}
	return res
}

// wrap splits s into lines of at most w cells, breaking at spaces.
func wrap(s string, w int) []string {
	if w < 1 {
		w = 1
	}
	var lines []string
	for _, para := range strings.Split(ansi.Wordwrap(s, w, ""), "\n") {
		for ansi.StringWidth(para) > w { // a single word longer than w
			lines = append(lines, ansi.Truncate(para, w, ""))
			para = ansi.TruncateLeft(para, w, "")
		}
		lines = append(lines, para)
	}
	return lines
}
