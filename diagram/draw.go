package diagram

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/lessons"
)

// Line directions, combined in a cell so crossing and joining lines pick
// the right box-drawing character.
const (
	up uint8 = 1 << iota
	down
	left
	right
)

type cell struct {
	r     rune // explicit character; 0 means "draw from mask"
	mask  uint8
	heavy bool
	role  Role
}

type grid struct {
	w, h  int
	cells [][]cell
}

func newGrid(w, h int) *grid {
	g := &grid{w: w, h: h, cells: make([][]cell, h)}
	for y := range g.cells {
		g.cells[y] = make([]cell, w)
	}
	return g
}

func (g *grid) at(x, y int) *cell {
	if x < 0 || y < 0 || x >= g.w || y >= g.h {
		return nil
	}
	return &g.cells[y][x]
}

func (g *grid) put(x, y int, r rune, role Role) {
	if c := g.at(x, y); c != nil {
		c.r, c.role = r, role
	}
}

func (g *grid) text(x, y int, s string, role Role) {
	for _, r := range s {
		g.put(x, y, r, role)
		x += max(1, ansi.StringWidth(string(r)))
	}
}

// seg draws a horizontal or vertical line between two cells, inclusive.
func (g *grid) seg(x1, y1, x2, y2 int, heavy bool, role Role) {
	if y1 == y2 {
		if x1 > x2 {
			x1, x2 = x2, x1
		}
		for x := x1; x <= x2; x++ {
			if c := g.at(x, y1); c != nil {
				if x > x1 {
					c.mask |= left
				}
				if x < x2 {
					c.mask |= right
				}
				g.mark(c, heavy, role)
			}
		}
		return
	}
	if y1 > y2 {
		y1, y2 = y2, y1
	}
	for y := y1; y <= y2; y++ {
		if c := g.at(x1, y); c != nil {
			if y > y1 {
				c.mask |= up
			}
			if y < y2 {
				c.mask |= down
			}
			g.mark(c, heavy, role)
		}
	}
}

func (g *grid) mark(c *cell, heavy bool, role Role) {
	if heavy {
		c.heavy = true
	}
	if role > c.role || heavy {
		c.role = role
	}
}

var light = map[uint8]rune{
	up | down: '│', left | right: '─', up: '│', down: '│', left: '─', right: '─',
	down | right: '┌', down | left: '┐', up | right: '└', up | left: '┘',
	up | down | right: '├', up | down | left: '┤', down | left | right: '┬', up | left | right: '┴',
	up | down | left | right: '┼',
}

var heavyRunes = map[uint8]rune{
	up | down: '┃', left | right: '━', up: '┃', down: '┃', left: '━', right: '━',
	down | right: '┏', down | left: '┓', up | right: '┗', up | left: '┛',
	up | down | right: '┣', up | down | left: '┫', down | left | right: '┳', up | left | right: '┻',
	up | down | left | right: '╋',
}

func (c cell) rune() rune {
	if c.r != 0 {
		return c.r
	}
	if c.mask == 0 {
		return ' '
	}
	if c.heavy {
		return heavyRunes[c.mask]
	}
	return light[c.mask]
}

func (g *grid) lines(style func(Role, string) string) []string {
	out := make([]string, g.h)
	for y, row := range g.cells {
		var b, run strings.Builder
		runRole := RoleNormal
		flush := func() {
			if run.Len() == 0 {
				return
			}
			if style != nil && runRole != RoleNormal {
				b.WriteString(style(runRole, run.String()))
			} else {
				b.WriteString(run.String())
			}
			run.Reset()
		}
		for x := 0; x < len(row); x++ {
			c := row[x]
			role := c.role
			if c.r == 0 && c.mask == 0 {
				role = RoleNormal // keep spaces unstyled
			}
			if role != runRole {
				flush()
				runRole = role
			}
			run.WriteRune(c.rune())
			if c.r != 0 && ansi.StringWidth(string(c.r)) == 2 {
				x++ // a wide rune covers the next cell
			}
		}
		flush()
		out[y] = strings.TrimRight(b.String(), " ")
		if style == nil {
			out[y] = strings.TrimRight(out[y], " ")
		}
	}
	return out
}

type box struct {
	x, y, w, h int
	lines      []string
	decision   bool
}

func (b box) right() int  { return b.x + b.w - 1 }
func (b box) bottom() int { return b.y + b.h - 1 }
func (b box) mid() int    { return b.x + b.w/2 }

type lane struct {
	edge     int
	from, to int // positions in flow order
	back     bool
	x        int
	row      int // the row it leaves its source box
}

// Draw lays out and draws d.
func Draw(d *lessons.Diagram, o Options) Result {
	res := Result{NodeRows: map[string][2]int{}, EdgeRows: map[int][2]int{}}
	if d == nil || len(d.Nodes) == 0 {
		return res
	}
	width := max(o.Width, 16)
	ord := order(d)
	pos := make([]int, len(d.Nodes)) // node index -> position in flow order
	for p, n := range ord {
		pos[n] = p
	}

	// Classify edges: neighbours in flow order are drawn straight down;
	// the rest go in lanes, forward skips on the right, loops back on the left.
	var lanes []lane
	spine := map[int]int{} // position of the upper node -> edge index
	for i, e := range d.Edges {
		f, t := d.NodeIndex(e.From), d.NodeIndex(e.To)
		if f < 0 || t < 0 {
			continue
		}
		switch pf, pt := pos[f], pos[t]; {
		case pt == pf+1:
			spine[pf] = i
		default:
			lanes = append(lanes, lane{edge: i, from: pf, to: pt, back: pt < pf})
		}
	}
	labelRoom := func(back bool) (room, n int) {
		for _, l := range lanes {
			if l.back == back {
				n++
				room = max(room, ansi.StringWidth(d.Edges[l.edge].Label)+2)
			}
		}
		return room, n
	}
	rightRoom, nRight := labelRoom(false)
	leftRoom, nLeft := labelRoom(true)
	laneWidth := func(room, n int) int {
		if n == 0 {
			return 0
		}
		return room + 4 + 2*(n-1) // "├─ label ─┐" then one column per extra lane
	}

	longest := 0
	for _, n := range d.Nodes {
		longest = max(longest, ansi.StringWidth(n.Label), ansi.StringWidth(nodeNote(n)))
	}
	boxW := longest + 4
	inlineLanes := true
	avail := width - 1 - laneWidth(rightRoom, nRight) - laneWidth(leftRoom, nLeft)
	if avail < 12 {
		// Too narrow for lanes: skipped edges become a note under their box.
		inlineLanes = false
		avail = width - 1
	}
	boxW = max(6, min(boxW, avail))
	x0 := 1
	if inlineLanes {
		x0 += laneWidth(leftRoom, nLeft)
	}

	// Box contents and heights.
	boxes := make([]box, len(ord))
	notes := make([][]string, len(ord)) // "no → Execute function" when lanes don't fit
	y := 0
	gap := 1
	if o.Compact {
		gap = 0
	}
	for p, ni := range ord {
		n := d.Nodes[ni]
		inner := boxW - 4
		lines := wrap(n.Label, inner)
		if note := nodeNote(n); note != "" {
			if len(lines) == 1 && ansi.StringWidth(lines[0])+1+ansi.StringWidth(note) <= inner {
				lines[0] += " " + note
			} else {
				lines = append(lines, wrap(note, inner)...)
			}
		}
		// A box is tall enough for each lane leaving it to have a row of
		// its own, so their labels never overwrite each other.
		out := 0
		for _, l := range lanes {
			if l.from == p {
				out++
			}
		}
		h := len(lines) + 2
		if inlineLanes {
			h = max(h, out+2)
		}
		boxes[p] = box{x: x0, y: y, w: boxW, h: h, lines: lines, decision: n.Shape == lessons.ShapeDecision}
		y += boxes[p].h
		if !inlineLanes {
			for _, l := range lanes {
				if l.from == p {
					e := d.Edges[l.edge]
					notes[p] = append(notes[p], wrap(strings.TrimSpace(e.Label+" ↷ "+label(d, e.To)), width-x0-3)...)
				}
			}
			y += len(notes[p])
		}
		if p < len(ord)-1 {
			// The arrow in focus keeps its row even in the compact form,
			// so that it can be drawn heavy and marked.
			if ei, ok := spine[p]; ok && o.FocusEdge >= 0 && ei == o.FocusEdge {
				y++
			} else {
				y += gap
			}
		}
	}
	g := newGrid(width, y)

	focusEdge := func(i int) bool { return o.FocusEdge >= 0 && i == o.FocusEdge }
	edgeRole := func(i int) (Role, bool) {
		switch {
		case focusEdge(i):
			return RoleFocus, true
		case o.TrailEdges[i]:
			return RoleTrail, true
		}
		return RoleNormal, false
	}

	// Lanes first, so boxes and arrowheads are drawn over their ends.
	if inlineLanes {
		rx, lx := boxes[0].right()+rightRoom+4, x0-leftRoom-4
		outUsed := map[int]int{}
		for i := range lanes {
			l := &lanes[i]
			src, dst := boxes[l.from], boxes[l.to]
			l.row = src.y + 1 + outUsed[l.from]
			outUsed[l.from]++
			dstRow := dst.y + 1
			role, heavy := edgeRole(l.edge)
			lbl := edgeLabel(d, l.edge, focusEdge(l.edge))
			if !l.back {
				l.x = rx
				rx += 2
				g.seg(src.right(), l.row, l.x, l.row, heavy, role)
				g.seg(l.x, l.row, l.x, dstRow, heavy, role)
				g.seg(l.x, dstRow, dst.right()+1, dstRow, heavy, role)
				g.put(dst.right()+1, dstRow, '◄', role)
				if lbl != "" {
					g.text(src.right()+2, l.row, " "+lbl+" ", RoleLabel)
				}
			} else {
				l.x = lx
				lx -= 2
				g.seg(src.x, l.row, l.x, l.row, heavy, role)
				g.seg(l.x, l.row, l.x, dstRow, heavy, role)
				g.seg(l.x, dstRow, dst.x-1, dstRow, heavy, role)
				g.put(dst.x-1, dstRow, '►', role)
				if lbl != "" {
					g.text(l.x+1, l.row, " "+lbl+" ", RoleLabel)
				}
			}
			res.EdgeRows[l.edge] = [2]int{min(l.row, dstRow), max(l.row, dstRow)}
		}
	}

	// Boxes.
	for p, b := range boxes {
		id := d.Nodes[ord[p]].ID
		role := RoleNormal
		switch {
		case id == o.FocusNode:
			role = RoleFocus
		case o.TrailNodes[id]:
			role = RoleTrail
		case o.DimOthers:
			role = RoleDim
		}
		drawBox(g, b, role)
		res.NodeRows[id] = [2]int{b.y, b.bottom()}
		for i, n := range notes[p] {
			g.text(b.x+2, b.bottom()+1+i, n, RoleLabel)
		}
	}

	// Straight arrows between neighbours; their labels stop before the
	// first lane on the right.
	firstLane := width
	for _, l := range lanes {
		if inlineLanes && !l.back {
			firstLane = min(firstLane, l.x)
		}
	}
	for p := 0; p+1 < len(boxes); p++ {
		ei, ok := spine[p]
		if !ok {
			continue
		}
		top, bot := boxes[p], boxes[p+1]
		x := top.mid()
		role, heavy := edgeRole(ei)
		from := top.bottom()
		if !inlineLanes {
			from += len(notes[p])
		}
		tee := '┬'
		if heavy {
			tee = '┳'
		}
		// The line runs from the box's bottom border to the arrowhead on
		// the next box, through the notes and the gap between them (a
		// segment of its own for the gap would be a single cell, which
		// has no line of its own).
		g.seg(x, top.bottom(), x, bot.y, heavy, role)
		g.put(x, top.bottom(), tee, role)
		g.put(x, bot.y, '▼', role)
		lbl := edgeLabel(d, ei, focusEdge(ei))
		if lbl == "" && focusEdge(ei) {
			// An arrow without a label still says it is the one in focus,
			// so the focus shows without colour: in words where they fit
			// (before the first lane, or inside the next box's border),
			// else a mark.
			room := firstLane - (x + 2)
			if bot.y-from <= 1 {
				room = bot.right() - (x + 2) - 2
			}
			lbl = "◄ this arrow"
			if ansi.StringWidth(lbl) > room {
				lbl = "◄"
			}
		}
		if lbl != "" {
			if bot.y-from > 1 {
				g.text(x+2, bot.y-1, lbl, RoleLabel)
			} else {
				g.text(x+2, bot.y, " "+lbl+" ", RoleLabel)
			}
		}
		res.EdgeRows[ei] = [2]int{top.bottom(), bot.y}
	}

	res.Lines = g.lines(o.Style)
	return res
}

// edgeLabel is an edge's label; a focused edge's label is marked so the
// focus shows without colour even where the edge has no line of its own.
func edgeLabel(d *lessons.Diagram, i int, focused bool) string {
	l := d.Edges[i].Label
	if l != "" && focused {
		return "»" + l + "«"
	}
	return l
}

func nodeNote(n lessons.Node) string {
	if n.Note == "" {
		return ""
	}
	return "(" + n.Note + ")"
}

// drawBox draws a node: a single border normally, a double border when in
// focus, a heavy one on the trail; decisions have pointed sides.
func drawBox(g *grid, b box, role Role) {
	tl, tr, bl, br, hz, vt := '┌', '┐', '└', '┘', '─', '│'
	switch role {
	case RoleFocus:
		tl, tr, bl, br, hz, vt = '╔', '╗', '╚', '╝', '═', '║'
	case RoleTrail:
		tl, tr, bl, br, hz, vt = '┏', '┓', '┗', '┛', '━', '┃'
	}
	if b.decision && role != RoleFocus && role != RoleTrail {
		tl, tr, bl, br = '╭', '╮', '╰', '╯'
	}
	for x := b.x; x <= b.right(); x++ {
		g.put(x, b.y, hz, role)
		g.put(x, b.bottom(), hz, role)
	}
	g.put(b.x, b.y, tl, role)
	g.put(b.right(), b.y, tr, role)
	g.put(b.x, b.bottom(), bl, role)
	g.put(b.right(), b.bottom(), br, role)
	for y := b.y + 1; y < b.bottom(); y++ {
		l, r := vt, vt
		if b.decision {
			l, r = '<', '>'
		}
		g.put(b.x, y, l, role)
		g.put(b.right(), y, r, role)
		for x := b.x + 1; x < b.right(); x++ {
			g.put(x, y, ' ', role)
		}
	}
	inner := b.w - 2
	for i, line := range b.lines {
		w := ansi.StringWidth(line)
		g.text(b.x+1+(inner-w)/2, b.y+1+i, line, role)
	}
}
