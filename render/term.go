package render

import (
	"image/color"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// Lectern's own Markdown renderer: goldmark parses, and the page is laid
// out here for a terminal of a given width. (Glamour did this before; its
// syntax highlighter registers two hundred lexers and a style sheet at
// every process start, some 30 ms of each `lectern check` and of each
// grading worker, for the few code blocks a lesson has.) Without colour
// the page is text as a person would type it: headings underlined, no
// Markdown markers, no escape codes at all.

var md = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))

// palette is the colours of one style (nil colours: plain text).
type palette struct {
	plain                            bool
	heading, accent, code, muted, kw color.Color
	str, comment, num                color.Color
}

func paletteFor(style Style) palette {
	switch style {
	case Dark:
		return palette{heading: lipgloss.Color("#A594FF"), accent: lipgloss.Color("#A594FF"), code: lipgloss.Color("#E3B341"),
			muted: lipgloss.Color("#8B8B99"), kw: lipgloss.Color("#FF7B72"), str: lipgloss.Color("#A5D6FF"),
			comment: lipgloss.Color("#8B949E"), num: lipgloss.Color("#79C0FF")}
	case Light:
		return palette{heading: lipgloss.Color("#5A3FD9"), accent: lipgloss.Color("#5A3FD9"), code: lipgloss.Color("#8A5A00"),
			muted: lipgloss.Color("#6B6B76"), kw: lipgloss.Color("#B3261E"), str: lipgloss.Color("#0A3069"),
			comment: lipgloss.Color("#6E7781"), num: lipgloss.Color("#0550AE")}
	}
	return palette{plain: true}
}

// termRenderer lays out one document.
type termRenderer struct {
	src   []byte
	width int
	p     palette
	out   strings.Builder
}

// margin is the page's left margin.
const margin = "  "

// renderTerm renders Markdown for a terminal width columns wide.
func renderTerm(source string, style Style, width int) string {
	src := []byte(source)
	doc := md.Parser().Parse(text.NewReader(src))
	r := &termRenderer{src: src, width: width, p: paletteFor(style)}
	// A margin of two columns, as a page has in print.
	r.blocks(doc, margin, margin)
	return strings.TrimRight(r.out.String(), "\n")
}

func (r *termRenderer) style(c color.Color, bold, italic bool) lipgloss.Style {
	s := lipgloss.NewStyle()
	if r.p.plain {
		return s
	}
	if c != nil {
		s = s.Foreground(c)
	}
	return s.Bold(bold).Italic(italic)
}

// blocks renders the block children of n; first prefixes the first line,
// rest the others (list bullets, quote bars).
func (r *termRenderer) blocks(n gast.Node, first, rest string) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c != n.FirstChild() && c.Kind() != gast.KindListItem {
			r.line(rest) // a blank line between blocks
		}
		r.block(c, first, rest)
		first = rest
	}
}

func (r *termRenderer) line(prefix string) {
	r.out.WriteString(strings.TrimRight(prefix, " ") + "\n")
}

func (r *termRenderer) block(n gast.Node, first, rest string) {
	switch n := n.(type) {
	case *gast.Heading:
		t := r.inlines(n, false)
		st := r.style(r.p.heading, true, false)
		r.wrapped(r.paint(st, t), first, rest)
		if r.p.plain && n.Level <= 2 {
			under := "="
			if n.Level == 2 {
				under = "-"
			}
			r.out.WriteString(rest + strings.Repeat(under, min(ansi.StringWidth(t), r.width-ansi.StringWidth(rest))) + "\n")
		}
	case *gast.Paragraph, *gast.TextBlock:
		r.wrapped(r.inlines(n, false), first, rest)
	case *gast.ThematicBreak:
		r.out.WriteString(first + r.style(r.p.muted, false, false).Render(strings.Repeat("─", max(r.width-ansi.StringWidth(first), 3))) + "\n")
	case *gast.Blockquote:
		bar := "│ "
		if r.p.plain {
			bar = "> "
		}
		bar = r.style(r.p.muted, false, false).Render(bar)
		r.blocks(n, first+bar, rest+bar)
	case *gast.List:
		r.list(n, first, rest)
	case *gast.FencedCodeBlock:
		r.code(n, string(n.Language(r.src)), first, rest)
	case *gast.CodeBlock:
		r.code(n, "", first, rest)
	case *east.Table:
		r.table(n, first, rest)
	case *gast.HTMLBlock:
		var b strings.Builder
		for i := 0; i < n.Lines().Len(); i++ {
			seg := n.Lines().At(i)
			b.Write(seg.Value(r.src))
		}
		r.wrapped(stripTags(b.String()), first, rest)
	default:
		if n.HasChildren() {
			r.blocks(n, first, rest)
		}
	}
}

var tagRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`<[^>]*>`) })

func stripTags(s string) string { return strings.TrimSpace(tagRE().ReplaceAllString(s, "")) }

// wrapped writes text wrapped to the width left after the prefixes; the
// text's own line breaks are kept.
func (r *termRenderer) wrapped(s, first, rest string) {
	w := max(r.width-ansi.StringWidth(rest), 10)
	for i, line := range wrap(s, w) {
		prefix := rest
		if i == 0 {
			prefix = first
		}
		r.out.WriteString(strings.TrimRight(prefix+line, " ") + "\n")
	}
}

// nbsp joins words that must stay on one line: a number and its unit, the
// words of a code span. It is printed as a space.
const nbsp = "\u00a0"

// unitRE finds a number followed by its unit.
var unitRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(\d) (ms|s|µs|ns|MB|GB|KB|TB|MiB|GiB|GB-seconds?|min|minutes?|seconds?|hours?|days?|%)\b`)
})

// wrap breaks s (its own line breaks kept) into lines at most width wide,
// at spaces only: not at a hyphen (--json and GB-seconds stay whole) nor
// at a no-break space; a word wider than a line is cut.
func wrap(s string, width int) []string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line, lw := "", 0
		for _, w := range strings.Split(para, " ") {
			if w == "" {
				continue
			}
			ww := ansi.StringWidth(w)
			if lw > 0 && lw+1+ww <= width {
				line, lw = line+" "+w, lw+1+ww
				continue
			}
			if lw > 0 {
				out = append(out, line)
			}
			line, lw = w, ww
			if ww > width {
				parts := strings.Split(ansi.Hardwrap(w, width, true), "\n")
				out = append(out, parts[:len(parts)-1]...)
				line = parts[len(parts)-1]
				lw = ansi.StringWidth(line)
			}
		}
		out = append(out, line)
	}
	for i := range out {
		out[i] = strings.ReplaceAll(out[i], nbsp, " ")
	}
	return out
}

// paint styles each word of s on its own, so that a line broken between
// words never leaves a style open into the margin of the next.
func (r *termRenderer) paint(st lipgloss.Style, s string) string {
	if r.p.plain {
		return s
	}
	words := strings.Split(s, " ")
	for i, w := range words {
		if w != "" {
			words[i] = st.Render(w)
		}
	}
	return strings.Join(words, " ")
}

func (r *termRenderer) list(n *gast.List, first, rest string) {
	num := n.Start
	tight := n.IsTight
	for item := n.FirstChild(); item != nil; item = item.NextSibling() {
		if item != n.FirstChild() && !tight {
			r.line(rest)
		}
		bullet := "• "
		if r.p.plain {
			bullet = "- "
		}
		if n.IsOrdered() {
			bullet = strconv.Itoa(num) + ". "
			num++
		}
		pad := strings.Repeat(" ", ansi.StringWidth(bullet))
		r.blocks(item, first+r.style(r.p.accent, false, false).Render(bullet), rest+pad)
		first = rest
	}
}

// code writes a code block indented by two columns, highlighted for its
// language when there is colour. A line wider than the page goes on in
// the next, marked ↪ in the indent: code is never cut, and a mark tells
// a continued line from a new one.
func (r *termRenderer) code(n gast.Node, lang, first, rest string) {
	var b strings.Builder
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		b.Write(seg.Value(r.src))
	}
	body := strings.TrimRight(strings.ReplaceAll(b.String(), "\t", "    "), "\n")
	avail := max(r.width-ansi.StringWidth(rest)-2, 8)
	mark := r.style(r.p.muted, false, false).Render("↪ ")
	for i, line := range strings.Split(body, "\n") {
		prefix := rest
		if i == 0 {
			prefix = first
		}
		if !r.p.plain {
			line = r.highlight(line, lang)
		}
		for j, part := range strings.Split(ansi.Hardwrap(line, avail, true), "\n") {
			indent := "  "
			if j > 0 {
				prefix, indent = rest, mark
			}
			r.out.WriteString(strings.TrimRight(prefix+indent+part, " ") + "\n")
		}
	}
}

// inlines flattens a block's inline content to styled text.
func (r *termRenderer) inlines(n gast.Node, inCode bool) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *gast.Text:
			if inCode {
				b.Write(c.Segment.Value(r.src))
			} else {
				b.WriteString(unitRE().ReplaceAllString(string(c.Segment.Value(r.src)), "${1}"+nbsp+"${2}"))
			}
			switch {
			case c.HardLineBreak():
				b.WriteString("\n")
			case c.SoftLineBreak():
				b.WriteString(" ")
			}
		case *gast.String:
			b.Write(c.Value)
		case *gast.CodeSpan:
			b.WriteString(r.paint(r.style(r.p.code, false, false), strings.ReplaceAll(r.inlines(c, true), " ", nbsp)))
		case *gast.Emphasis:
			inner := r.inlines(c, inCode)
			b.WriteString(r.paint(r.style(nil, c.Level >= 2, c.Level == 1), inner))
		case *east.Strikethrough:
			b.WriteString(r.inlines(c, inCode))
		case *gast.Link:
			label := r.inlines(c, inCode)
			b.WriteString(r.paint(r.style(r.p.accent, false, false).Underline(!r.p.plain), label))
			if dest := string(c.Destination); dest != "" && dest != ansi.Strip(label) && !strings.HasPrefix(dest, "#") {
				b.WriteString(" (" + dest + ")")
			}
		case *gast.AutoLink:
			b.WriteString(string(c.URL(r.src)))
		case *gast.Image:
			b.WriteString("[" + r.inlines(c, inCode) + "]")
		case *gast.RawHTML:
			for i := 0; i < c.Segments.Len(); i++ {
				seg := c.Segments.At(i)
				b.WriteString(stripTags(string(seg.Value(r.src))))
			}
		default:
			b.WriteString(r.inlines(c, inCode))
		}
	}
	return b.String()
}

// table lays out a table to fit the width: columns as wide as their
// widest cell, the widest shrunk (their cells wrapped) until the row fits.
func (r *termRenderer) table(t *east.Table, first, rest string) {
	var rows [][]string
	var header int
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			cells = append(cells, strings.TrimSpace(r.inlines(cell, false)))
		}
		if _, ok := row.(*east.TableHeader); ok {
			header = 1
		}
		rows = append(rows, cells)
	}
	cols := 0
	for _, row := range rows {
		cols = max(cols, len(row))
	}
	if cols == 0 {
		return
	}
	widths := make([]int, cols)
	for _, row := range rows {
		for i, c := range row {
			for _, l := range strings.Split(c, "\n") {
				widths[i] = max(widths[i], ansi.StringWidth(l))
			}
		}
	}
	sep := " │ "
	if r.p.plain {
		sep = " | "
	}
	avail := r.width - ansi.StringWidth(rest) - (cols-1)*ansi.StringWidth(sep)
	for sum(widths) > avail {
		widest := 0
		for i := range widths {
			if widths[i] > widths[widest] {
				widest = i
			}
		}
		if widths[widest] <= 6 {
			// Too narrow for a grid: one record after another, a line per
			// cell, each named by its column.
			r.records(rows, header, first, rest)
			return
		}
		widths[widest]--
	}
	muted := r.style(r.p.muted, false, false)
	bold := r.style(nil, true, false)
	for ri, row := range rows {
		wrapped := make([][]string, cols)
		height := 1
		for i := 0; i < cols; i++ {
			cell := ""
			if i < len(row) {
				cell = row[i]
			}
			wrapped[i] = wrap(cell, widths[i])
			height = max(height, len(wrapped[i]))
		}
		for li := 0; li < height; li++ {
			var b strings.Builder
			for i := 0; i < cols; i++ {
				cell := ""
				if li < len(wrapped[i]) {
					cell = wrapped[i][li]
				}
				if ri < header {
					cell = bold.Render(cell)
				}
				if i > 0 {
					b.WriteString(muted.Render(sep))
				}
				b.WriteString(cell + strings.Repeat(" ", max(widths[i]-ansi.StringWidth(cell), 0)))
			}
			prefix := rest
			if ri == 0 && li == 0 {
				prefix = first
			}
			r.out.WriteString(strings.TrimRight(prefix+b.String(), " ") + "\n")
		}
		if ri+1 == header {
			var b strings.Builder
			for i, w := range widths {
				if i > 0 {
					if r.p.plain {
						b.WriteString("-+-")
					} else {
						b.WriteString("─┼─")
					}
				}
				if r.p.plain {
					b.WriteString(strings.Repeat("-", w))
				} else {
					b.WriteString(strings.Repeat("─", w))
				}
			}
			r.out.WriteString(rest + muted.Render(b.String()) + "\n")
		}
	}
}

// records lays a table out as records: each row's cells on lines of their
// own, "header: value", rows apart by a blank line.
func (r *termRenderer) records(rows [][]string, header int, first, rest string) {
	var names []string
	if header > 0 {
		names = rows[0]
	}
	bold := r.style(nil, true, false)
	for ri, row := range rows[header:] {
		if ri > 0 {
			r.line(rest)
		}
		for i, cell := range row {
			label := ""
			if i < len(names) && names[i] != "" {
				label = bold.Render(names[i]+":") + " "
			}
			r.wrapped(label+cell, first, rest+"  ")
			first = rest
		}
	}
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

// keywords of the languages lessons show code in.
var keywords = map[string]map[string]bool{
	"go":     set("break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var nil true false"),
	"js":     set("async await break case catch class const continue default delete do else export extends false finally for from function if import in instanceof let new null of return super switch this throw true try typeof undefined var void while yield"),
	"python": set("and as assert async await break class continue def del elif else except False finally for from global if import in is lambda None nonlocal not or pass raise return True try while with yield"),
	"sh":     set("if then else elif fi for in do done case esac while until function export"),
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

var langAlias = map[string]string{"golang": "go", "javascript": "js", "ts": "js", "typescript": "js", "mjs": "js", "py": "python", "bash": "sh", "shell": "sh", "console": "sh"}

// highlight colours one line of code: strings, comments, numbers and the
// language's keywords (a line at a time: a string or comment left open
// at the end of a line is not carried over).
func (r *termRenderer) highlight(line, lang string) string {
	if a, ok := langAlias[lang]; ok {
		lang = a
	}
	kw := keywords[lang]
	hashComments := lang == "python" || lang == "sh" || lang == "yaml"
	var b strings.Builder
	kwSt, strSt, comSt, numSt := r.style(r.p.kw, false, false), r.style(r.p.str, false, false), r.style(r.p.comment, false, true), r.style(r.p.num, false, false)
	for i := 0; i < len(line); {
		c := line[i]
		switch {
		case (c == '/' && i+1 < len(line) && line[i+1] == '/' && !hashComments) || (c == '#' && hashComments):
			b.WriteString(comSt.Render(line[i:]))
			return b.String()
		case c == '"' || c == '\'' || c == '`':
			j := i + 1
			for j < len(line) && line[j] != c {
				if line[j] == '\\' && c != '`' {
					j++
				}
				j++
			}
			j = min(j+1, len(line))
			b.WriteString(strSt.Render(line[i:j]))
			i = j
			continue
		case c >= '0' && c <= '9' && (i == 0 || !isWord(line[i-1])):
			j := i
			for j < len(line) && (isWord(line[j]) || line[j] == '.') {
				j++
			}
			b.WriteString(numSt.Render(line[i:j]))
			i = j
			continue
		case isWord(c):
			j := i
			for j < len(line) && isWord(line[j]) {
				j++
			}
			if w := line[i:j]; kw[w] {
				b.WriteString(kwSt.Render(w))
			} else {
				b.WriteString(w)
			}
			i = j
			continue
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}

func isWord(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
