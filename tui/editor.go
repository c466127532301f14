package tui

import (
	"fmt"
	"go/scanner"
	"go/token"
	"path/filepath"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// editorModel edits one text file inside lectern: line numbers, Go syntax
// colouring (for .go files), tab and automatic indentation, undo and redo,
// long lines scrolled sideways rather than wrapped, and a status line. It
// is a component of its own so that any step can host it (the challenge
// step does; a lab step can): it does no I/O — the host loads the text,
// and saves it when Update answers editorSave — and reports leaving with
// editorLeave. The text is kept as typed (tabs stay tabs), so the file on
// disk stays an ordinary file.
//
// It is a component of lectern's own rather than bubbles' textarea, which
// draws each line in one style (no syntax colouring), turns tabs into
// spaces, soft-wraps instead of scrolling sideways, and has no undo.
type editorModel struct {
	c    *Common
	path string
	// lines is the text, one slice of runes per line; row and col are the
	// cursor (col counts runes), goal the column up and down aim for.
	lines    [][]rune
	row, col int
	goal     int
	// top and left are the first line and the first column on screen.
	top, left     int
	width, height int
	saved         string // the text as last loaded or saved
	undo, redo    []editorSnap
	// lastEdit is the kind of the last edit, so typing a word is one undo
	// step rather than one per letter.
	lastEdit string
	goSyntax bool
	spans    [][]span // syntax colouring per line; nil: to compute
	// status is the line under the text: what happened last (a grade, a
	// problem), or the keys; problems are diagnostics by line (1-based).
	status      string
	statusStyle lipgloss.Style
	problems    map[int]string
	confirm     bool // esc with unsaved changes: asking
	keys        editorKeys
}

type editorSnap struct {
	lines    [][]rune
	row, col int
}

// editorAction is what Update asks of the host.
type editorAction int

const (
	editorNone  editorAction = iota
	editorSave               // save the text (content) and grade it
	editorLeave              // close the editor
)

type editorKeys struct {
	Save, Undo, Redo, Leave, DeleteLine, Outdent key.Binding
}

func newEditorKeys() editorKeys {
	return editorKeys{
		Save:       key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save & grade")),
		Undo:       key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "undo")),
		Redo:       key.NewBinding(key.WithKeys("ctrl+y", "ctrl+shift+z"), key.WithHelp("ctrl+y", "redo")),
		Leave:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		DeleteLine: key.NewBinding(key.WithKeys("ctrl+k"), key.WithHelp("ctrl+k", "delete line")),
		Outdent:    key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "outdent")),
	}
}

// tabWidth is how wide a tab is drawn (gofmt's code is indented with
// tabs).
const tabWidth = 4

func newEditor(c *Common, path, text string) *editorModel {
	e := &editorModel{c: c, path: path, keys: newEditorKeys(), goSyntax: strings.HasSuffix(path, ".go")}
	e.setText(text)
	e.saved = e.content()
	e.status = "ctrl+s saves and grades · ctrl+z undoes · esc goes back"
	e.statusStyle = c.Styles.Muted
	return e
}

func (e *editorModel) setText(text string) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.TrimSuffix(text, "\n")
	e.lines = nil
	for _, l := range strings.Split(text, "\n") {
		e.lines = append(e.lines, []rune(l))
	}
	e.row, e.col = min(e.row, len(e.lines)-1), 0
	e.spans = nil
}

// content is the text as it will be saved: the lines, each ended by a
// newline (as gofmt leaves a Go file).
func (e *editorModel) content() string {
	var b strings.Builder
	for _, l := range e.lines {
		b.WriteString(string(l))
		b.WriteByte('\n')
	}
	return b.String()
}

// modified reports unsaved changes.
func (e *editorModel) modified() bool { return e.content() != e.saved }

// unsaved says what closing lectern now would lose ("" when the editor is
// not open, or holds nothing unsaved): a step's Unsaved.
func (e *editorModel) unsaved() string {
	if e == nil || !e.modified() {
		return ""
	}
	return fmt.Sprintf("Your changes to %s are not saved.", filepath.Base(e.path))
}

// markSaved records that the text on screen is the one on disk.
func (e *editorModel) markSaved(text string) { e.saved = text }

// saveDoes names what a save does besides writing (the help shows
// "ctrl+s save & <what>"): "grade" by default, "redeploy" in a lab.
func (e *editorModel) saveDoes(what string) {
	e.keys.Save.SetHelp("ctrl+s", "save & "+what)
}

func (e *editorModel) setSize(w, h int) {
	e.width, e.height = max(w, 10), max(h, 3)
	e.scrollToCursor()
}

// setStatus shows what happened (a grade, a save problem) under the text.
func (e *editorModel) setStatus(text string, style lipgloss.Style) {
	e.status, e.statusStyle = text, style
	e.scrollToCursor()
}

// editorProblem is a compile error in the file being edited.
type editorProblem struct {
	Line, Col int
	Message   string
}

// setProblems marks the lines with problems and moves the cursor to the
// first, saying what it is.
func (e *editorModel) setProblems(ps []editorProblem) {
	e.problems = map[int]string{}
	for _, p := range ps {
		if p.Line > 0 && e.problems[p.Line] == "" {
			e.problems[p.Line] = p.Message
		}
	}
	if len(ps) == 0 || ps[0].Line <= 0 {
		return
	}
	first := ps[0]
	e.row = min(first.Line-1, len(e.lines)-1)
	e.col = 0
	if first.Col > 0 {
		// Go's columns count bytes.
		e.col = len([]rune(string([]byte(string(e.lines[e.row]))[:min(first.Col-1, len(string(e.lines[e.row])))])))
	}
	e.goal = e.displayCol(e.row, e.col)
	more := ""
	if n := len(ps); n > 1 {
		more = fmt.Sprintf(" (and %d more)", n-1)
	}
	e.setStatus(fmt.Sprintf("✗ line %d: %s%s", first.Line, first.Message, more), e.c.Styles.Error)
}

// clearProblems forgets the marks (after a save, before the grade).
func (e *editorModel) clearProblems() { e.problems = nil }

func (e *editorModel) snapshot() editorSnap {
	lines := make([][]rune, len(e.lines))
	for i, l := range e.lines {
		lines[i] = append([]rune(nil), l...)
	}
	return editorSnap{lines: lines, row: e.row, col: e.col}
}

// edit records an undo step before a change of the given kind; typing
// runs of the same kind share one.
func (e *editorModel) edit(kind string) {
	if kind == "" || kind != e.lastEdit {
		e.undo = append(e.undo, e.snapshot())
		if len(e.undo) > 500 {
			e.undo = e.undo[1:]
		}
	}
	e.lastEdit = kind
	e.redo = nil
	e.spans = nil
	e.confirm = false
}

func (e *editorModel) restore(from, to *[]editorSnap) {
	if len(*from) == 0 {
		return
	}
	*to = append(*to, e.snapshot())
	s := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	e.lines, e.row, e.col = s.lines, s.row, s.col
	e.lastEdit = ""
	e.spans = nil
}

// Update handles a message: keys and pasted text.
func (e *editorModel) Update(msg tea.Msg) editorAction {
	switch msg := msg.(type) {
	case tea.PasteMsg:
		e.edit("")
		e.insert(msg.Content)
		e.lastEdit = ""
	case tea.KeyPressMsg:
		return e.key(msg)
	}
	e.scrollToCursor()
	return editorNone
}

func (e *editorModel) key(k tea.KeyPressMsg) editorAction {
	if e.confirm {
		e.confirm = false
		switch k.String() {
		case "y":
			return editorLeave
		case "s", "ctrl+s":
			return editorSave
		}
		e.setStatus("Still editing.", e.c.Styles.Muted)
		return editorNone
	}
	line := e.lines[e.row]
	switch ks := k.String(); {
	case key.Matches(k, e.keys.Save):
		return editorSave
	case key.Matches(k, e.keys.Leave):
		if e.modified() {
			e.confirm = true
			e.setStatus("Leave without saving? y leaves (the file stays as it was) · s saves and grades first · any other key keeps editing", e.c.Styles.Warning)
			return editorNone
		}
		return editorLeave
	case key.Matches(k, e.keys.Undo):
		e.restore(&e.undo, &e.redo)
	case key.Matches(k, e.keys.Redo):
		e.restore(&e.redo, &e.undo)
	case key.Matches(k, e.keys.DeleteLine):
		e.edit("")
		if len(e.lines) == 1 {
			e.lines[0] = nil
		} else {
			e.lines = append(e.lines[:e.row], e.lines[e.row+1:]...)
			e.row = min(e.row, len(e.lines)-1)
		}
		e.col = min(e.col, len(e.lines[e.row]))
	case key.Matches(k, e.keys.Outdent):
		e.edit("")
		e.outdent(e.row)
	case ks == "left":
		if e.col > 0 {
			e.col--
		} else if e.row > 0 {
			e.row--
			e.col = len(e.lines[e.row])
		}
		e.moved()
	case ks == "right":
		if e.col < len(line) {
			e.col++
		} else if e.row < len(e.lines)-1 {
			e.row++
			e.col = 0
		}
		e.moved()
	case ks == "ctrl+left", ks == "alt+left", ks == "alt+b":
		e.wordLeft()
		e.moved()
	case ks == "ctrl+right", ks == "alt+right", ks == "alt+f":
		e.wordRight()
		e.moved()
	case ks == "up":
		e.vertical(-1)
	case ks == "down":
		e.vertical(1)
	case ks == "pgup":
		e.vertical(-max(e.codeHeight()-1, 1))
	case ks == "pgdown":
		e.vertical(max(e.codeHeight()-1, 1))
	case ks == "home", ks == "ctrl+a":
		// Home goes to the first character; again, to the line's start.
		first := len(line) - len(strings.TrimLeftFunc(string(line), unicode.IsSpace))
		first = len([]rune(string(line)[:first]))
		if e.col == first {
			first = 0
		}
		e.col = first
		e.moved()
	case ks == "end", ks == "ctrl+e":
		e.col = len(line)
		e.moved()
	case ks == "ctrl+home":
		e.row, e.col = 0, 0
		e.moved()
	case ks == "ctrl+end":
		e.row = len(e.lines) - 1
		e.col = len(e.lines[e.row])
		e.moved()
	case ks == "backspace", ks == "ctrl+h":
		e.edit("delete")
		e.backspace()
	case ks == "delete", ks == "ctrl+d":
		e.edit("delete")
		e.deleteForward()
	case ks == "enter":
		e.edit("")
		e.newline()
	case ks == "tab":
		e.edit("type")
		e.insertRunes([]rune{'\t'})
	case k.Text != "" && !strings.ContainsAny(k.Text, "\x1b\r\n"):
		e.edit("type")
		e.typed(k.Text)
	default:
		return editorNone
	}
	e.scrollToCursor()
	return editorNone
}

// moved ends an undo run and sets the goal column.
func (e *editorModel) moved() {
	e.lastEdit = ""
	e.goal = e.displayCol(e.row, e.col)
}

func (e *editorModel) vertical(d int) {
	e.lastEdit = ""
	e.row = max(0, min(e.row+d, len(e.lines)-1))
	e.col = e.colAt(e.row, e.goal)
}

func (e *editorModel) wordLeft() {
	l := e.lines[e.row]
	for e.col > 0 && !isWord(l[e.col-1]) {
		e.col--
	}
	for e.col > 0 && isWord(l[e.col-1]) {
		e.col--
	}
}

func (e *editorModel) wordRight() {
	l := e.lines[e.row]
	for e.col < len(l) && !isWord(l[e.col]) {
		e.col++
	}
	for e.col < len(l) && isWord(l[e.col]) {
		e.col++
	}
}

func isWord(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

func (e *editorModel) insertRunes(rs []rune) {
	l := e.lines[e.row]
	nl := make([]rune, 0, len(l)+len(rs))
	nl = append(append(append(nl, l[:e.col]...), rs...), l[e.col:]...)
	e.lines[e.row] = nl
	e.col += len(rs)
	e.goal = e.displayCol(e.row, e.col)
}

// insert puts text (which may hold newlines, from a paste) at the cursor.
func (e *editorModel) insert(text string) {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	for i, part := range strings.Split(text, "\n") {
		if i > 0 {
			l := e.lines[e.row]
			rest := append([]rune(nil), l[e.col:]...)
			e.lines[e.row] = l[:e.col]
			e.lines = append(e.lines[:e.row+1], append([][]rune{rest}, e.lines[e.row+1:]...)...)
			e.row++
			e.col = 0
		}
		e.insertRunes([]rune(part))
	}
}

// typed inserts what was typed; a closing bracket typed at the start of a
// line (after its indentation) takes one level of indentation off.
func (e *editorModel) typed(text string) {
	rs := []rune(text)
	if len(rs) == 1 && strings.ContainsRune("})]", rs[0]) && strings.TrimSpace(string(e.lines[e.row][:e.col])) == "" && e.col > 0 {
		e.outdent(e.row)
	}
	e.insertRunes(rs)
}

// outdent takes one level of indentation (a tab, or up to four spaces) off
// line row.
func (e *editorModel) outdent(row int) {
	l := e.lines[row]
	n := 0
	switch {
	case len(l) > 0 && l[0] == '\t':
		n = 1
	default:
		for n < len(l) && n < tabWidth && l[n] == ' ' {
			n++
		}
	}
	e.lines[row] = l[n:]
	if row == e.row {
		e.col = max(e.col-n, 0)
	}
}

func (e *editorModel) backspace() {
	if e.col > 0 {
		l := e.lines[e.row]
		e.lines[e.row] = append(l[:e.col-1:e.col-1], l[e.col:]...)
		e.col--
	} else if e.row > 0 {
		prev := e.lines[e.row-1]
		e.col = len(prev)
		e.lines[e.row-1] = append(prev[:len(prev):len(prev)], e.lines[e.row]...)
		e.lines = append(e.lines[:e.row], e.lines[e.row+1:]...)
		e.row--
	}
	e.goal = e.displayCol(e.row, e.col)
}

func (e *editorModel) deleteForward() {
	l := e.lines[e.row]
	if e.col < len(l) {
		e.lines[e.row] = append(l[:e.col:e.col], l[e.col+1:]...)
	} else if e.row < len(e.lines)-1 {
		e.lines[e.row] = append(l[:len(l):len(l)], e.lines[e.row+1]...)
		e.lines = append(e.lines[:e.row+1], e.lines[e.row+2:]...)
	}
}

// newline breaks the line at the cursor, keeping its indentation, one
// level deeper after an opening bracket; between a pair of brackets the
// closing one goes on a line of its own.
func (e *editorModel) newline() {
	l := e.lines[e.row]
	indent := []rune{}
	for _, r := range l {
		if r != ' ' && r != '\t' {
			break
		}
		indent = append(indent, r)
	}
	indent = indent[:min(len(indent), e.col)]
	before := strings.TrimRightFunc(string(l[:e.col]), unicode.IsSpace)
	after := strings.TrimLeftFunc(string(l[e.col:]), unicode.IsSpace)
	opens := before != "" && strings.ContainsRune("{([", rune(before[len(before)-1]))
	e.lines[e.row] = []rune(before)
	inner := append([]rune(nil), indent...)
	if opens {
		inner = append(inner, '\t')
	}
	rows := [][]rune{append(append([]rune(nil), inner...), []rune(after)...)}
	if opens && after != "" && strings.ContainsRune("})]", rune(after[0])) && closes(rune(before[len(before)-1]), rune(after[0])) {
		rows = [][]rune{append([]rune(nil), inner...), append(append([]rune(nil), indent...), []rune(after)...)}
	}
	e.lines = append(e.lines[:e.row+1], append(rows, e.lines[e.row+1:]...)...)
	e.row++
	e.col = len(inner)
	e.goal = e.displayCol(e.row, e.col)
}

func closes(open, close rune) bool {
	return open == '{' && close == '}' || open == '(' && close == ')' || open == '[' && close == ']'
}

// displayCol is the screen column of rune col of line row (tabs expand).
func (e *editorModel) displayCol(row, col int) int {
	w := 0
	for _, r := range e.lines[row][:min(col, len(e.lines[row]))] {
		w += runeWidth(r, w)
	}
	return w
}

// colAt is the rune column of line row nearest to screen column x.
func (e *editorModel) colAt(row, x int) int {
	w := 0
	for i, r := range e.lines[row] {
		rw := runeWidth(r, w)
		if w+rw > x {
			return i
		}
		w += rw
	}
	return len(e.lines[row])
}

func runeWidth(r rune, at int) int {
	if r == '\t' {
		return tabWidth - at%tabWidth
	}
	return max(ansi.StringWidth(string(r)), 1)
}

// Layout: a title line, the code, the status (one line or more, wrapped).
func (e *editorModel) statusLines() []string {
	return strings.Split(ansi.Wrap(e.status, max(e.width, 10), ""), "\n")
}

func (e *editorModel) codeHeight() int { return max(e.height-1-len(e.statusLines()), 1) }

// gutterWidth is the width of the line numbers: a mark (▸ the cursor's
// line, ✗ a line with a problem), the number, two spaces.
func (e *editorModel) gutterWidth() int { return len(fmt.Sprint(len(e.lines))) + 4 }

func (e *editorModel) textWidth() int { return max(e.width-e.gutterWidth(), 4) }

// scrollToCursor keeps the cursor on screen.
func (e *editorModel) scrollToCursor() {
	h, w := e.codeHeight(), e.textWidth()
	if e.row < e.top {
		e.top = e.row
	}
	if e.row >= e.top+h {
		e.top = e.row - h + 1
	}
	x := e.displayCol(e.row, e.col)
	if x < e.left {
		e.left = max(x-w/4, 0)
	}
	if x >= e.left+w {
		e.left = x - w + w/4 + 1
	}
}

// cursor is where the terminal's cursor goes, relative to the editor's
// top-left corner (the real cursor: a screen reader follows it, and it
// shows without colour).
func (e *editorModel) cursor() *tea.Cursor {
	if e == nil {
		return nil // no editor open: no cursor
	}
	x := e.gutterWidth() + e.displayCol(e.row, e.col) - e.left
	return tea.NewCursor(x, 1+e.row-e.top)
}

func (e *editorModel) view() string {
	st := e.c.Styles
	title := filepath.Base(e.path)
	if e.modified() {
		title += " ● modified"
	}
	title += fmt.Sprintf(" · line %d of %d, column %d", e.row+1, len(e.lines), e.displayCol(e.row, e.col)+1)
	out := []string{st.Title.Render(ansi.Truncate(title, e.width, "…"))}
	spans := e.syntax()
	gw, tw := e.gutterWidth(), e.textWidth()
	for i := e.top; i < e.top+e.codeHeight(); i++ {
		if i >= len(e.lines) {
			out = append(out, st.Muted.Render(strings.Repeat(" ", gw-2)+"~"))
			continue
		}
		mark := " "
		switch {
		case e.problems[i+1] != "":
			mark = "✗"
		case i == e.row:
			mark = "▸"
		}
		num := fmt.Sprintf("%s %*d  ", mark, gw-4, i+1)
		numStyle := st.Muted
		if i == e.row {
			numStyle = st.Accent
		}
		if e.problems[i+1] != "" {
			numStyle = st.Error
		}
		out = append(out, numStyle.Render(num)+e.drawLine(i, spans[i], tw))
	}
	for _, l := range e.statusLines() {
		out = append(out, e.statusStyle.Render(l))
	}
	return strings.Join(out, "\n")
}

// drawLine is line i from screen column left, w columns wide, coloured.
func (e *editorModel) drawLine(i int, spans []span, w int) string {
	st := e.c.Styles
	var b strings.Builder
	x := 0
	var run strings.Builder
	runStyle := -1
	flush := func() {
		if run.Len() == 0 {
			return
		}
		if s := e.spanStyle(runStyle); s != nil {
			b.WriteString(s.Render(run.String()))
		} else {
			b.WriteString(run.String())
		}
		run.Reset()
	}
	for c, r := range e.lines[i] {
		rw := runeWidth(r, x)
		text := string(r)
		if r == '\t' {
			text = strings.Repeat(" ", rw)
		}
		kind := kindAt(spans, c)
		// Columns scrolled off to the left, or past the right edge, are
		// not drawn; a mark says there is more.
		for j := 0; j < rw; j++ {
			col := x + j
			if col < e.left || col >= e.left+w {
				continue
			}
			if kind != runStyle {
				flush()
				runStyle = kind
			}
			if r == '\t' {
				run.WriteByte(' ')
			} else if j == 0 {
				run.WriteString(text)
			}
		}
		x += rw
	}
	flush()
	line := b.String()
	if x > e.left+w {
		line = ansi.Truncate(line, max(w-1, 0), "") + st.Muted.Render("→")
	}
	if e.left > 0 && x > e.left {
		line = st.Muted.Render("←") + ansi.TruncateLeft(line, 1, "")
	}
	return line
}

// Syntax colouring, from Go's own scanner.
type span struct {
	from, to int // rune columns, to exclusive
	kind     int
}

const (
	synKeyword = iota
	synString
	synComment
	synNumber
	synBuiltin
)

func (e *editorModel) spanStyle(kind int) *lipgloss.Style {
	st := e.c.Styles
	switch kind {
	case synKeyword:
		return &st.CodeKeyword
	case synString:
		return &st.CodeString
	case synComment:
		return &st.CodeComment
	case synNumber:
		return &st.CodeNumber
	case synBuiltin:
		return &st.CodeBuiltin
	}
	return nil
}

func kindAt(spans []span, col int) int {
	for _, s := range spans {
		if col >= s.from && col < s.to {
			return s.kind
		}
	}
	return -1
}

var builtins = map[string]bool{}

func init() {
	for _, n := range strings.Fields("bool byte complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string uint uint8 uint16 uint32 uint64 uintptr any comparable " +
		"true false iota nil append cap clear close complex copy delete imag len make max min new panic print println real recover") {
		builtins[n] = true
	}
}

// syntax is each line's coloured spans (computed again after a change).
func (e *editorModel) syntax() [][]span {
	if e.spans != nil {
		return e.spans
	}
	e.spans = make([][]span, len(e.lines))
	if !e.goSyntax || !e.c.Colour {
		return e.spans
	}
	src := []byte(e.content())
	// Line starts, to turn offsets into (line, rune column).
	starts := []int{0}
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(src))
	var s scanner.Scanner
	s.Init(file, src, func(token.Position, string) {}, scanner.ScanComments)
	add := func(off, end, kind int) {
		for off < end {
			line := 0
			for line+1 < len(starts) && starts[line+1] <= off {
				line++
			}
			lineEnd := len(src)
			if line+1 < len(starts) {
				lineEnd = starts[line+1] - 1
			}
			stop := min(end, lineEnd)
			if line < len(e.spans) && stop > off {
				from := len([]rune(string(src[starts[line]:off])))
				to := from + len([]rune(string(src[off:stop])))
				e.spans[line] = append(e.spans[line], span{from, to, kind})
			}
			off = lineEnd + 1
		}
	}
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		off := file.Offset(pos)
		switch {
		case tok == token.COMMENT:
			add(off, off+len(lit), synComment)
		case tok == token.STRING || tok == token.CHAR:
			add(off, off+len(lit), synString)
		case tok == token.INT || tok == token.FLOAT || tok == token.IMAG:
			add(off, off+len(lit), synNumber)
		case tok.IsKeyword():
			add(off, off+len(tok.String()), synKeyword)
		case tok == token.IDENT && builtins[lit]:
			add(off, off+len(lit), synBuiltin)
		}
	}
	return e.spans
}

func (e *editorModel) shortHelp() []key.Binding {
	if e.confirm {
		return []key.Binding{
			key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "leave")),
			key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "save first")),
			key.NewBinding(key.WithKeys("n"), key.WithHelp("any key", "keep editing")),
		}
	}
	return []key.Binding{e.keys.Save, e.keys.Undo, e.keys.Leave, e.keys.Redo}
}

func (e *editorModel) fullHelp() [][]key.Binding {
	k := e.keys
	move := key.NewBinding(key.WithKeys("up"), key.WithHelp("arrows/home/end/pgup/pgdn", "move"))
	words := key.NewBinding(key.WithKeys("ctrl+left"), key.WithHelp("ctrl+←/→", "by word"))
	tab := key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "indent"))
	return [][]key.Binding{{k.Save, k.Undo, k.Redo, k.Leave}, {move, words, tab, k.Outdent, k.DeleteLine}}
}
