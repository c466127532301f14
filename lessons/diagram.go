package lessons

import (
	"strings"

	"github.com/lectern-dev/lectern/internal/yamlx"
)

// Diagram is a lesson's visual model: a flow of nodes joined by edges, a
// guided tour over them and journeys that can be replayed.
type Diagram struct {
	Title   string
	Caption string
	Nodes   []Node
	Edges   []Edge
	Tour    []TourStop
	Paths   []Path
}

// Node shapes.
const (
	ShapeBox      = "box"
	ShapeDecision = "decision"
)

// Node is one box of the diagram.
type Node struct {
	ID    string
	Label string
	Note  string
	Shape string
}

// Edge is an arrow from one node to another.
type Edge struct {
	From, To string
	Label    string
}

// TourStop highlights one node or one edge (exactly one of Node and Edge is
// set; Edge is an index into Diagram.Edges, -1 when the stop is a node).
type TourStop struct {
	Node string
	Edge int
	Text string
}

// Path is a replayable journey through the diagram.
type Path struct {
	ID    string
	Name  string
	Nodes []string
}

// NodeIndex returns the index of the node with id, or -1.
func (d *Diagram) NodeIndex(id string) int {
	for i, n := range d.Nodes {
		if n.ID == id {
			return i
		}
	}
	return -1
}

// EdgeIndex returns the index of the edge from -> to, or -1.
func (d *Diagram) EdgeIndex(from, to string) int {
	for i, e := range d.Edges {
		if e.From == from && e.To == to {
			return i
		}
	}
	return -1
}

type diagramFile struct {
	Title   string `yaml:"title"`
	Caption string `yaml:"caption"`
	Nodes   []struct {
		ID    string `yaml:"id"`
		Label string `yaml:"label"`
		Note  string `yaml:"note"`
		Shape string `yaml:"shape"`
	} `yaml:"nodes"`
	Edges []struct {
		From  string `yaml:"from"`
		To    string `yaml:"to"`
		Label string `yaml:"label"`
	} `yaml:"edges"`
	Tour []struct {
		Node string `yaml:"node"`
		Edge string `yaml:"edge"`
		Text string `yaml:"text"`
	} `yaml:"tour"`
	Paths []struct {
		ID    string   `yaml:"id"`
		Name  string   `yaml:"name"`
		Nodes []string `yaml:"nodes"`
	} `yaml:"paths"`
}

func loadDiagram(file string, data []byte, ps *yamlx.Problems) *Diagram {
	var df diagramFile
	doc, err := yamlx.Decode(file, data, &df)
	if err != nil {
		addErr(ps, err)
		return nil
	}
	before := len(*ps)
	d := &Diagram{Title: strings.TrimSpace(df.Title), Caption: strings.TrimSpace(df.Caption)}
	if len(df.Nodes) == 0 {
		ps.Add(file, doc.Line(), "no nodes: list the diagram's boxes under nodes:")
	}
	for i, n := range df.Nodes {
		node := Node{ID: n.ID, Label: strings.TrimSpace(n.Label), Note: strings.TrimSpace(n.Note), Shape: n.Shape}
		switch {
		case n.ID == "":
			ps.Add(file, doc.Line("nodes", i), "node %d has no id", i+1)
		case d.NodeIndex(n.ID) >= 0:
			ps.Add(file, doc.Line("nodes", i, "id"), "duplicate node id %q", n.ID)
		}
		if node.Label == "" {
			ps.Add(file, doc.Line("nodes", i), "node %q has no label", n.ID)
		}
		switch node.Shape {
		case "":
			node.Shape = ShapeBox
		case ShapeBox, ShapeDecision:
		default:
			ps.Add(file, doc.Line("nodes", i, "shape"), "unknown shape %q (use box or decision)", n.Shape)
		}
		d.Nodes = append(d.Nodes, node)
	}
	known := func(id string) bool { return d.NodeIndex(id) >= 0 }
	for i, e := range df.Edges {
		ok := true
		for _, end := range []struct{ key, id string }{{"from", e.From}, {"to", e.To}} {
			switch {
			case end.id == "":
				ps.Add(file, doc.Line("edges", i), "edge %d has no %s", i+1, end.key)
				ok = false
			case !known(end.id):
				ps.Add(file, doc.Line("edges", i, end.key), "edge %s: unknown node %q", end.key, end.id)
				ok = false
			}
		}
		if ok && e.From == e.To {
			ps.Add(file, doc.Line("edges", i), "edge from %q to itself", e.From)
		}
		if ok && d.EdgeIndex(e.From, e.To) >= 0 {
			ps.Add(file, doc.Line("edges", i), "duplicate edge %s -> %s", e.From, e.To)
		}
		d.Edges = append(d.Edges, Edge{From: e.From, To: e.To, Label: strings.TrimSpace(e.Label)})
	}
	if len(df.Tour) == 0 {
		ps.Add(file, doc.Line(), "no tour: list the stops of the guided tour under tour:")
	}
	visited := map[string]bool{}
	for i, t := range df.Tour {
		stop := TourStop{Node: t.Node, Edge: -1, Text: strings.TrimSpace(t.Text)}
		switch {
		case t.Node != "" && t.Edge != "":
			ps.Add(file, doc.Line("tour", i), "a tour stop highlights a node or an edge, not both")
		case t.Node != "":
			if !known(t.Node) {
				ps.Add(file, doc.Line("tour", i, "node"), "tour stop: unknown node %q", t.Node)
			}
			visited[t.Node] = true
		case t.Edge != "":
			from, to, found := strings.Cut(t.Edge, "->")
			from, to = strings.TrimSpace(from), strings.TrimSpace(to)
			if !found || from == "" || to == "" {
				ps.Add(file, doc.Line("tour", i, "edge"), "tour stop: edge %q should be written \"from -> to\"", t.Edge)
				break
			}
			if stop.Edge = d.EdgeIndex(from, to); stop.Edge < 0 {
				ps.Add(file, doc.Line("tour", i, "edge"), "tour stop: no edge %s -> %s in edges:", from, to)
			}
		default:
			ps.Add(file, doc.Line("tour", i), "tour stop %d names neither a node nor an edge", i+1)
		}
		if stop.Text == "" {
			ps.Add(file, doc.Line("tour", i), "tour stop %d has no text", i+1)
		}
		d.Tour = append(d.Tour, stop)
	}
	if len(df.Tour) > 0 {
		for _, n := range d.Nodes {
			if n.ID != "" && !visited[n.ID] {
				ps.Add(file, doc.Line("tour"), "the tour never stops at node %q", n.ID)
			}
		}
	}
	pathIDs := map[string]bool{}
	for i, p := range df.Paths {
		switch {
		case p.ID == "":
			ps.Add(file, doc.Line("paths", i), "path %d has no id", i+1)
		case pathIDs[p.ID]:
			ps.Add(file, doc.Line("paths", i, "id"), "duplicate path id %q", p.ID)
		}
		pathIDs[p.ID] = true
		if strings.TrimSpace(p.Name) == "" {
			ps.Add(file, doc.Line("paths", i), "path %q has no name", p.ID)
		}
		if len(p.Nodes) < 2 {
			ps.Add(file, doc.Line("paths", i), "path %q needs at least two nodes", p.ID)
		}
		for j, id := range p.Nodes {
			if !known(id) {
				ps.Add(file, doc.Line("paths", i, "nodes", j), "path %q: unknown node %q", p.ID, id)
			} else if j > 0 && known(p.Nodes[j-1]) && d.EdgeIndex(p.Nodes[j-1], id) < 0 {
				ps.Add(file, doc.Line("paths", i, "nodes", j), "path %q goes %s -> %s, but there is no such edge", p.ID, p.Nodes[j-1], id)
			}
		}
		d.Paths = append(d.Paths, Path{ID: p.ID, Name: strings.TrimSpace(p.Name), Nodes: p.Nodes})
	}
	if len(*ps) > before {
		// The TUI must never draw a diagram that references nodes that
		// don't exist; a broken diagram is reported, not shown.
		return nil
	}
	return d
}

// ParseDiagram reads a diagram file on its own (file names it in
// messages), as a lesson's diagram: is read.
func ParseDiagram(file string, data []byte) (*Diagram, error) {
	var ps yamlx.Problems
	d := loadDiagram(file, data, &ps)
	return d, ps.Err()
}
