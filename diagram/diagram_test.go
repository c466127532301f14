package diagram

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/lectern-dev/lectern/lessons"
)

// serverless is a copy of the serverless lesson's diagram, kept here so
// that the drawing tests do not change when the lesson does.
func serverless(t *testing.T) *lessons.Diagram {
	t.Helper()
	data, err := os.ReadFile("testdata/serverless-diagram.yaml")
	if err != nil {
		t.Fatal(err)
	}
	d, err := lessons.ParseDiagram("serverless-diagram.yaml", data)
	if err != nil {
		t.Fatalf("loading the diagram: %v", err)
	}
	return d
}

// Golden files hold the drawing with styles stripped; run
// `go test ./diagram -update` after an intended change and read the diff.
func TestGoldenServerless(t *testing.T) {
	d := serverless(t)
	for _, c := range []struct {
		name string
		o    Options
	}{
		{"plain-80", Options{Width: 80, FocusEdge: -1}},
		{"plain-40", Options{Width: 40, FocusEdge: -1}},
		{"focus-cold-80", Options{Width: 80, FocusNode: "cold", FocusEdge: -1}},
		{"focus-no-edge-40", Options{Width: 40, FocusEdge: d.EdgeIndex("cold", "execute")}},
		{"warm-path-compact-60", Options{Width: 60, Compact: true, FocusNode: "execute", FocusEdge: -1,
			TrailNodes: map[string]bool{"request": true, "cold": true},
			TrailEdges: map[int]bool{d.EdgeIndex("request", "cold"): true, d.EdgeIndex("cold", "execute"): true}, DimOthers: true}},
		{"narrow-24", Options{Width: 24, FocusEdge: -1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			styled := Draw(d, withStyle(c.o))
			got := ansi.Strip(styled.String())
			golden.RequireEqual(t, []byte(got+"\n"))
			for i, l := range strings.Split(got, "\n") {
				if w := ansi.StringWidth(l); w > c.o.Width {
					t.Errorf("line %d is %d wide, over %d: %q", i+1, w, c.o.Width, l)
				}
			}
		})
	}
}

func withStyle(o Options) Options {
	o.Style = func(r Role, s string) string { return fmt.Sprintf("\x1b[%dm%s\x1b[0m", 31+int(r), s) }
	return o
}

func TestEveryNodeAndLabelIsDrawn(t *testing.T) {
	d := serverless(t)
	for _, w := range []int{24, 40, 80, 120} {
		out := Render(d, Options{Width: w})
		flat := strings.Join(strings.Fields(out), " ")
		for _, n := range d.Nodes {
			for _, word := range strings.Fields(n.Label) {
				if !strings.Contains(flat, word) {
					t.Errorf("width %d: node %q word %q missing:\n%s", w, n.ID, word, out)
				}
			}
		}
		for _, e := range d.Edges {
			if e.Label != "" && !strings.Contains(out, e.Label) {
				t.Errorf("width %d: edge label %q missing:\n%s", w, e.Label, out)
			}
		}
	}
}

func TestFocusIsVisibleWithoutColour(t *testing.T) {
	d := serverless(t)
	plain := Render(d, Options{Width: 80})
	focused := Draw(d, Options{Width: 80, FocusNode: "init", FocusEdge: -1})
	if strings.Contains(plain, "╔") {
		t.Fatal("an unfocused drawing has a double border")
	}
	rows := focused.NodeRows["init"]
	if !strings.Contains(focused.Lines[rows[0]], "╔") || !strings.Contains(focused.Lines[rows[1]], "╚") {
		t.Fatalf("focused node rows %v lack a double border:\n%s", rows, focused)
	}
	edge := Draw(d, Options{Width: 80, FocusEdge: d.EdgeIndex("cold", "execute")})
	if !strings.ContainsAny(edge.String(), "┃━") {
		t.Fatalf("focused edge not drawn heavy:\n%s", edge)
	}
}

func TestNodeRowsFollowFlowOrder(t *testing.T) {
	d := serverless(t)
	r := Draw(d, Options{Width: 80, FocusEdge: -1})
	prev := -1
	for _, id := range []string{"request", "cold", "init", "execute", "respond", "idle"} {
		rows, ok := r.NodeRows[id]
		if !ok || rows[0] <= prev {
			t.Fatalf("node %s at rows %v, want below row %d", id, rows, prev)
		}
		prev = rows[1]
	}
}

func TestLoopBackEdgeGoesLeft(t *testing.T) {
	d := &lessons.Diagram{
		Nodes: []lessons.Node{{ID: "a", Label: "Start", Shape: "box"}, {ID: "b", Label: "Work", Shape: "box"}, {ID: "c", Label: "Check", Shape: "decision"}},
		Edges: []lessons.Edge{{From: "a", To: "b"}, {From: "b", To: "c"}, {From: "c", To: "b", Label: "again"}},
	}
	out := Render(d, Options{Width: 40})
	if !strings.Contains(out, "►") || !strings.Contains(out, "again") {
		t.Fatalf("loop-back edge not drawn on the left:\n%s", out)
	}
}

func TestEmptyDiagram(t *testing.T) {
	if got := Render(&lessons.Diagram{}, Options{Width: 40}); got != "" {
		t.Fatalf("empty diagram rendered %q", got)
	}
	if got := Render(nil, Options{Width: 40}); got != "" {
		t.Fatalf("nil diagram rendered %q", got)
	}
}

func TestSeveralLanesFromOneBoxKeepTheirLabels(t *testing.T) {
	d := &lessons.Diagram{
		Nodes: []lessons.Node{{ID: "a", Label: "Choose", Shape: "decision"}, {ID: "b", Label: "One"}, {ID: "c", Label: "Two"}, {ID: "d", Label: "Three"}},
		Edges: []lessons.Edge{{From: "a", To: "b", Label: "one"}, {From: "a", To: "c", Label: "two"}, {From: "a", To: "d", Label: "three"}, {From: "b", To: "c"}, {From: "c", To: "d"}},
	}
	out := Render(d, Options{Width: 60})
	for _, want := range []string{"one", "two", "three"} {
		if !strings.Contains(out, want) {
			t.Errorf("label %q lost:\n%s", want, out)
		}
	}
}

// Every tour stop's focus shows without colour: the drawing with the stop
// in focus differs from the plain one in more than a couple of characters
// (a node gets a double border, an arrow heavy lines and a mark), at
// every width and in the compact form.
func TestEveryStopsFocusIsVisibleWithoutColour(t *testing.T) {
	d := serverless(t)
	for _, compact := range []bool{false, true} {
		for _, w := range []int{24, 29, 40, 60, 80} {
			plain := Draw(d, Options{Width: w, FocusEdge: -1, Compact: compact}).Lines
			for n, stop := range d.Tour {
				o := Options{Width: w, FocusNode: stop.Node, FocusEdge: stop.Edge, Compact: compact}
				if stop.Node != "" {
					o.FocusEdge = -1
				}
				focused := Draw(d, o).Lines
				if changed := changedCells(plain, focused); changed < 6 {
					t.Errorf("width %d (compact %v), stop %d (%s): only %d characters change:\n%s", w, compact, n+1,
						StopName(d, stop), changed, strings.Join(focused, "\n"))
				}
			}
		}
	}
}

func changedCells(a, b []string) int {
	n := 0
	for i := range max(len(a), len(b)) {
		var ra, rb []rune
		if i < len(a) {
			ra = []rune(a[i])
		}
		if i < len(b) {
			rb = []rune(b[i])
		}
		for j := range max(len(ra), len(rb)) {
			if j >= len(ra) || j >= len(rb) || ra[j] != rb[j] {
				n++
			}
		}
	}
	return n
}

// What lectern read prints (the drawing at the text width) and the
// column the TUI gives it at 120×40, drawn with every connector: no blank
// row between two boxes, no label floating without its line.
func TestGoldenReadAndWideLayouts(t *testing.T) {
	d := serverless(t)
	for _, c := range []struct {
		name string
		o    Options
	}{
		{"read-80", Options{Width: 80, FocusEdge: -1}},
		{"read-120", Options{Width: 120, FocusEdge: -1}},
		{"tui-120x40-column", Options{Width: 29, FocusEdge: d.EdgeIndex("init", "execute")}},
		{"tui-120x40-yes", Options{Width: 29, FocusEdge: d.EdgeIndex("cold", "init")}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := Draw(d, c.o)
			got := r.String()
			golden.RequireEqual(t, []byte(got+"\n"))
			lines := r.Lines
			for i := 1; i+1 < len(lines); i++ {
				// A row between a box's bottom and the next box's top
				// carries the arrow: never blank.
				if strings.Contains(lines[i-1], "┘") && strings.TrimSpace(lines[i]) == "" {
					t.Errorf("row %d between two boxes is blank:\n%s", i+1, got)
				}
			}
		})
	}
}

// The outline is the diagram for a screen reader: every box once, in flow
// order, every arrow said in words, no box drawing.
func TestOutlineSaysEveryBoxAndArrow(t *testing.T) {
	d := serverless(t)
	got := strings.Join(Outline(d), "\n")
	want := `1. Request arrives. Then to 2.
2. Cold start? A decision: yes goes to 3, Init runtime; no goes to 4, Execute function.
3. Init runtime (cold path). Then to 4.
4. Execute function. Then to 5.
5. Return response. Then to 6.
6. Warm / shut down. The end.`
	if got != want {
		t.Fatalf("outline:\n%s\nwant\n%s", got, want)
	}
	if strings.ContainsAny(got, "│─┌┐└┘╔═") {
		t.Fatal("box drawing in the outline")
	}
}
