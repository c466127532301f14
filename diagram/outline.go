package diagram

import (
	"fmt"
	"strings"

	"github.com/lectern-dev/lectern/lessons"
)

// Outline is the diagram as a numbered text path, for a screen reader:
// each box once, in flow order, with where its arrows go ("2. Cold start?
// A decision: yes goes to 3, Init runtime; no goes to 4, Execute
// function."). It has no box drawing at all.
func Outline(d *lessons.Diagram) []string {
	if d == nil || len(d.Nodes) == 0 {
		return nil
	}
	ord := order(d)
	num := map[string]int{}
	for p, ni := range ord {
		num[d.Nodes[ni].ID] = p + 1
	}
	var out []string
	for p, ni := range ord {
		n := d.Nodes[ni]
		line := fmt.Sprintf("%d. %s", p+1, n.Label)
		if n.Note != "" {
			line += " (" + n.Note + ")"
		}
		if !strings.HasSuffix(line, "?") && !strings.HasSuffix(line, "!") && !strings.HasSuffix(line, ".") {
			line += "."
		}
		var outs []lessons.Edge
		for _, e := range d.Edges {
			if e.From == n.ID {
				outs = append(outs, e)
			}
		}
		switch {
		case len(outs) == 0:
			line += " The end."
		case n.Shape == lessons.ShapeDecision || len(outs) > 1:
			var ways []string
			for _, e := range outs {
				way := fmt.Sprintf("goes to %d, %s", num[e.To], label(d, e.To))
				if e.Label != "" {
					way = e.Label + " " + way
				}
				ways = append(ways, way)
			}
			kind := "Then"
			if n.Shape == lessons.ShapeDecision {
				kind = "A decision:"
			}
			line += " " + kind + " " + strings.Join(ways, "; ") + "."
		default:
			e := outs[0]
			next := fmt.Sprintf("%d, %s", num[e.To], label(d, e.To))
			if num[e.To] == p+2 {
				next = fmt.Sprintf("%d", num[e.To])
			}
			if e.Label != "" {
				line += fmt.Sprintf(" Then, %s, to %s.", e.Label, next)
			} else {
				line += fmt.Sprintf(" Then to %s.", next)
			}
		}
		out = append(out, line)
	}
	return out
}
