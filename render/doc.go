package render

import (
	"regexp"
	"strings"
	"sync"

	xansi "github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/internal/text"
)

// pieceLines is about how many source lines a piece holds: a piece renders
// in a few milliseconds, so the first screen of any page is quick. (A
// variable for the tests, which compare pieces with the whole.)
var pieceLines = 40

// Doc is a Markdown text prepared for rendering: its soft line breaks
// joined, numbers kept with their units, its tables taken out to be laid
// out here, and split into pieces at block boundaries that render
// separately to what the whole would.
type Doc struct {
	pieces []piece
}

type piece struct {
	md     string
	tables map[rune]*table
	// codes are the piece's fenced code blocks, rendered on their own
	// (see Renderers.Piece).
	codes map[rune]string
}

// table looks up the table a placeholder line stands for.
func (p piece) table(line string) (*table, bool) {
	if len(p.tables) == 0 {
		return nil, false
	}
	r := []rune(line)
	if len(r) != 1 {
		return nil, false
	}
	t, ok := p.tables[r[0]]
	return t, ok
}

// tableMark and codeMark are the first private-use characters standing
// for a table and a code block in a piece's Markdown; numberDot and
// numberComma stand for the "." and "," inside numbers, which Glamour
// would otherwise break a line at ("$0." / "00001667").
const (
	tableMark   = '\ue100'
	codeMark    = '\ue200'
	numberDot   = '\ue0f0'
	numberComma = '\ue0f1'
)

// restore puts back what NewDoc replaced inside numbers, and turns the
// no-break spaces that kept numbers with their units back into spaces once
// the text is wrapped (a reader searching for "15 minutes" finds it).
var restore = strings.NewReplacer(string(numberDot), ".", string(numberComma), ",", text.NBSP, " ")

var numberPunct = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\d[.,]\d`) })

// protectNumbers replaces the "." and "," between digits.
func protectNumbers(s string) string {
	for numberPunct().MatchString(s) {
		s = numberPunct().ReplaceAllStringFunc(s, func(m string) string {
			r := numberDot
			if m[1] == ',' {
				r = numberComma
			}
			return m[:1] + string(r) + m[2:]
		})
	}
	return s
}

var (
	delimRow = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$`) })
	refDef   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s*\S`) })
	codeSpan = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile("`+[^`]*`+") })
)

// NewDoc prepares md.
func NewDoc(md string) *Doc {
	lines := strings.Split(Unwrap(md), "\n")
	// Link reference definitions may be used anywhere: every piece gets
	// them (they print nothing).
	var defs []string
	fence := ""
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case fence != "":
			if strings.HasPrefix(t, fence) {
				fence = ""
			}
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			fence = t[:3]
		case refDef().MatchString(l):
			defs = append(defs, l)
		}
	}
	d := &Doc{}
	var cur []string
	tables, codes := map[rune]*table{}, map[rune]string{}
	flush := func() {
		if len(cur) == 0 {
			return
		}
		md := strings.Join(cur, "\n")
		if len(defs) > 0 {
			md += "\n\n" + strings.Join(defs, "\n")
		}
		if strings.TrimSpace(md) != "" {
			d.pieces = append(d.pieces, piece{md: md, tables: tables, codes: codes})
		}
		cur, tables, codes = nil, map[rune]*table{}, map[rune]string{}
	}
	fence = ""
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		if fence != "" {
			cur = append(cur, l)
			if strings.HasPrefix(t, fence) {
				fence = ""
			}
			continue
		}
		if strings.HasPrefix(l, "```") || strings.HasPrefix(l, "~~~") {
			// A code block at the top level is rendered on its own, so
			// its long lines can be wrapped here rather than by Glamour.
			j := i + 1
			for j < len(lines) && !strings.HasPrefix(strings.TrimSpace(lines[j]), l[:3]) {
				j++
			}
			j = min(j+1, len(lines))
			mark := codeMark + rune(len(codes))
			codes[mark] = strings.Join(lines[i:j], "\n")
			cur = append(cur, "", string(mark), "")
			i = j - 1
			continue
		}
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = t[:3]
			cur = append(cur, l)
			continue
		}
		if strings.HasPrefix(l, "|") && i+1 < len(lines) && delimRow().MatchString(lines[i+1]) {
			j := i + 2
			for j < len(lines) && strings.TrimSpace(lines[j]) != "" && strings.Contains(lines[j], "|") {
				j++
			}
			mark := tableMark + rune(len(tables))
			tables[mark] = parseTable(lines[i:j])
			cur = append(cur, "", string(mark), "")
			i = j - 1
			continue
		}
		if t == "" && len(cur) >= pieceLines && i+1 < len(lines) && startsPiece(lines[i+1]) {
			flush()
			continue
		}
		cur = append(cur, keepUnits(l))
	}
	flush()
	if len(d.pieces) == 0 {
		d.pieces = []piece{{md: ""}}
	}
	return d
}

// startsPiece reports whether a block beginning with line, after a blank
// line, renders the same on its own: a heading, a paragraph or a fence —
// not a list item, a table, a quote or an indented line, which may
// continue what came before.
func startsPiece(line string) bool {
	if line == "" || line[0] == ' ' || line[0] == '\t' {
		return false
	}
	if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "```") || strings.HasPrefix(line, "~~~") {
		return true
	}
	return !blockStart().MatchString(line) && !refDef().MatchString(line)
}

// keepUnits applies text.KeepUnits outside code spans.
func keepUnits(l string) string {
	if !strings.ContainsAny(l, "0123456789") {
		return l
	}
	var b strings.Builder
	last := 0
	for _, m := range codeSpan().FindAllStringIndex(l, -1) {
		b.WriteString(protectNumbers(text.KeepUnits(l[last:m[0]])))
		b.WriteString(protectNumbers(l[m[0]:m[1]]))
		last = m[1]
	}
	b.WriteString(protectNumbers(text.KeepUnits(l[last:])))
	return b.String()
}

// Len is the number of pieces.
func (d *Doc) Len() int { return len(d.pieces) }

// table is a Markdown table, laid out by this package rather than by
// Glamour, which cut cells ("avgDurati…") and split numbers over rows.
type table struct {
	head  []string
	align []byte // 'l', 'r' or 'c'
	rows  [][]string
}

var inlineMarks = strings.NewReplacer("**", "", "__", "", "`", "", "\\|", "|")
var link = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`) })
var emph = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(^|\W)[*_]([^*_]+)[*_](\W|$)`) })

func cells(line string) []string {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "|")
	if strings.HasSuffix(line, "|") && !strings.HasSuffix(line, "\\|") {
		line = line[:len(line)-1]
	}
	var out []string
	cell := strings.Builder{}
	for i := 0; i < len(line); i++ {
		if line[i] == '\\' && i+1 < len(line) && line[i+1] == '|' {
			cell.WriteString("\\|")
			i++
			continue
		}
		if line[i] == '|' {
			out = append(out, cell.String())
			cell.Reset()
			continue
		}
		cell.WriteByte(line[i])
	}
	out = append(out, cell.String())
	for i, c := range out {
		c = link().ReplaceAllString(c, "$1")
		c = emph().ReplaceAllString(c, "$1$2$3")
		out[i] = text.KeepUnits(strings.TrimSpace(inlineMarks.Replace(c)))
	}
	return out
}

func parseTable(lines []string) *table {
	t := &table{head: cells(lines[0])}
	for _, d := range cells(lines[1]) {
		a := byte('l')
		switch d = strings.TrimSpace(d); {
		case strings.HasPrefix(d, ":") && strings.HasSuffix(d, ":"):
			a = 'c'
		case strings.HasSuffix(d, ":"):
			a = 'r'
		}
		t.align = append(t.align, a)
	}
	for _, l := range lines[2:] {
		row := cells(l)
		for len(row) < len(t.head) {
			row = append(row, "")
		}
		t.rows = append(t.rows, row[:len(t.head)])
	}
	for len(t.align) < len(t.head) {
		t.align = append(t.align, 'l')
	}
	return t
}

// layout draws the table in width columns: a grid when it fits, else one
// record per row ("• header: value" lines). The Linear style always uses
// records, which a screen reader reads in order.
func (t *table) layout(width int, style Style) []string {
	widths := make([]int, len(t.head))
	for c, h := range t.head {
		widths[c] = xansi.StringWidth(h)
		for _, r := range t.rows {
			widths[c] = max(widths[c], xansi.StringWidth(r[c]))
		}
	}
	sep, cross, rule := " │ ", "─┼─", "─"
	if style == Plain || style == Linear {
		sep, cross, rule = " | ", "-+-", "-"
	}
	total := (len(widths) - 1) * xansi.StringWidth(sep)
	for _, w := range widths {
		total += w
	}
	if total > width || style == Linear {
		return t.records(width)
	}
	bold := func(s string) string {
		if style == Plain {
			return s
		}
		return "\x1b[1m" + s + "\x1b[22m"
	}
	row := func(r []string, head bool) string {
		parts := make([]string, len(r))
		for c, v := range r {
			pad := widths[c] - xansi.StringWidth(v)
			switch t.align[c] {
			case 'r':
				v = strings.Repeat(" ", pad) + v
			case 'c':
				v = strings.Repeat(" ", pad/2) + v + strings.Repeat(" ", pad-pad/2)
			default:
				v += strings.Repeat(" ", pad)
			}
			if head {
				v = bold(v)
			}
			parts[c] = v
		}
		return strings.Join(parts, sep)
	}
	out := []string{row(t.head, true)}
	var rules []string
	for _, w := range widths {
		rules = append(rules, strings.Repeat(rule, w))
	}
	out = append(out, strings.Join(rules, cross))
	for _, r := range t.rows {
		out = append(out, row(r, false))
	}
	return out
}

// records lays out each row as "header: value" lines, wrapped to width.
func (t *table) records(width int) []string {
	var out []string
	for i, r := range t.rows {
		if i > 0 {
			out = append(out, "")
		}
		for c, v := range r {
			lead := "  "
			if c == 0 {
				lead = "• "
			}
			item := t.head[c] + ": " + v
			if t.head[c] == "" {
				item = v
			}
			wrapped := strings.Split(xansi.Wordwrap(item, max(width-4, 10), ""), "\n")
			out = append(out, lead+wrapped[0])
			for _, w := range wrapped[1:] {
				out = append(out, "    "+w)
			}
		}
	}
	return out
}
