// Package render turns lesson Markdown into terminal text with Glamour.
//
// A text is first split into pieces (Doc) that render separately to what
// the whole would: a long page can then be rendered a piece at a time, so
// its first screen shows long before its end is done, and no render holds
// up another. Renderers are pooled per (style, width): building one parses
// a style sheet and is far slower than rendering a page with it, and a
// TermRenderer serves one render at a time, so concurrent renders take
// (or build) one each instead of queueing behind a lock.
//
// What Glamour leaves to us: tables are laid out here (to fit the width,
// as a grid or, when too wide, one record per row), code lines wider than
// the page wrap with a ↪ mark instead of being cut, a number keeps its
// unit on its line, and the Plain style is text without Markdown marks
// (headings underlined, no **, *, ` or #) and without escape codes.
package render

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	xansi "github.com/charmbracelet/x/ansi"
)

// Style selects colours (or none).
type Style string

const (
	// Plain has no escape codes and no Markdown marks at all: for pipes,
	// NO_COLOR, TERM=dumb and screen readers.
	Plain Style = styles.NoTTYStyle
	Dark  Style = styles.DarkStyle
	Light Style = styles.LightStyle
	// Linear is Plain for a screen reader: tables are read row by row
	// ("• header: value" lines), never as a grid.
	Linear Style = "linear"
)

// MinWidth is the narrowest wrap width used; narrower terminals get lines
// clipped by the caller rather than one word per line.
const MinWidth = 20

// Pool bounds: idle renderers kept per key, and keys kept.
const (
	maxIdlePerKey = 2
	maxKeys       = 8
)

type key struct {
	style Style
	width int
}

// Renderers pools Glamour renderers. The zero value is ready to use and
// safe for concurrent use (rendering runs in tea.Cmds, off the UI loop).
type Renderers struct {
	mu   sync.Mutex
	idle map[key][]*glamour.TermRenderer
	// order lists the keys in idle, least recently used first.
	order []key
	// built counts renderers made, for tests and benchmarks.
	built int
	// OnPiece, when set, is told of every piece rendered (from the
	// goroutine that rendered it): for tests and benchmarks.
	OnPiece func(d *Doc, i int, style Style, width int)
}

// Default is shared by the whole program.
var Default = &Renderers{}

// Built is how many Glamour renderers r has made.
func (r *Renderers) Built() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.built
}

func (r *Renderers) take(k key) (*glamour.TermRenderer, error) {
	r.mu.Lock()
	if l := r.idle[k]; len(l) > 0 {
		tr := l[len(l)-1]
		r.idle[k] = l[:len(l)-1]
		r.mu.Unlock()
		return tr, nil
	}
	r.built++
	r.mu.Unlock()
	return newRenderer(k)
}

func (r *Renderers) give(k key, tr *glamour.TermRenderer) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.idle == nil {
		r.idle = map[key][]*glamour.TermRenderer{}
	}
	if _, ok := r.idle[k]; !ok {
		// Resizing a window by dragging visits many widths; keep only a
		// few keys rather than renderers for every width ever seen.
		if len(r.order) >= maxKeys {
			delete(r.idle, r.order[0])
			r.order = r.order[1:]
		}
		r.order = append(r.order, k)
	} else {
		for i, o := range r.order {
			if o == k {
				r.order = append(append(r.order[:i:i], r.order[i+1:]...), k)
				break
			}
		}
	}
	if len(r.idle[k]) < maxIdlePerKey {
		r.idle[k] = append(r.idle[k], tr)
	}
}

func newRenderer(k key) (*glamour.TermRenderer, error) {
	var opts []glamour.TermRendererOption
	switch k.style {
	case Plain, Linear:
		// Glamour's colourless style prints code through its Markdown
		// text path, which eats backslashes (`/\+/` became `/+/`). Send
		// code through Chroma with its no-op formatter instead: the exact
		// text, still without escape codes.
		opts = []glamour.TermRendererOption{glamour.WithStyles(plainStyle()), glamour.WithChromaFormatter("noop")}
	default:
		// Code is coloured in 24-bit colour: Chroma's 256-colour
		// formatter picks among palette entries at equal distance by map
		// order, so the same page came out in different colours from run
		// to run. The terminal (Bubble Tea's renderer, or the writer
		// `lectern read` uses) maps 24-bit colour to its palette, always
		// the same way.
		opts = []glamour.TermRendererOption{glamour.WithStandardStyle(string(k.style)), glamour.WithChromaFormatter("terminal16m")}
	}
	opts = append(opts, glamour.WithWordWrap(k.width))
	tr, err := glamour.NewTermRenderer(opts...)
	if err != nil {
		return nil, fmt.Errorf("markdown renderer: %w", err)
	}
	return tr, nil
}

// Heading marks: the Plain style prefixes each heading with one of these
// (private-use characters, never in lesson text), and finish replaces it
// with an underline.
const headingMark = '\ue000' // + level (1–6)

// plainStyle is Glamour's colourless style without Markdown's marks.
func plainStyle() ansi.StyleConfig {
	cfg := styles.NoTTYStyleConfig
	cfg.CodeBlock.Theme = "swapoff"
	for level, h := range []*ansi.StyleBlock{&cfg.H1, &cfg.H2, &cfg.H3, &cfg.H4, &cfg.H5, &cfg.H6} {
		h.Prefix = string(rune(headingMark + level + 1))
	}
	cfg.Emph = ansi.StylePrimitive{}
	cfg.Strong = ansi.StylePrimitive{}
	cfg.Strikethrough = ansi.StylePrimitive{}
	cfg.Code = ansi.StyleBlock{}
	return cfg
}

// Markdown renders md wrapped to width columns.
func (r *Renderers) Markdown(md string, style Style, width int) (string, error) {
	d := NewDoc(md)
	parts := make([]string, 0, d.Len())
	for i := range d.Len() {
		out, err := r.Piece(context.Background(), d, i, style, width)
		if err != nil {
			return "", err
		}
		parts = append(parts, out)
	}
	return Join(parts), nil
}

// Piece renders piece i of d.
func (r *Renderers) Piece(ctx context.Context, d *Doc, i int, style Style, width int) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	width = max(width, MinWidth)
	k := key{style, width}
	tr, err := r.take(k)
	if err != nil {
		return "", err
	}
	p := d.pieces[i]
	out, err := tr.Render(p.md)
	r.give(k, tr)
	if r.OnPiece != nil {
		r.OnPiece(d, i, style, width)
	}
	if err != nil {
		return "", fmt.Errorf("rendering markdown: %w", err)
	}
	codes := map[rune][]string{}
	for mark, md := range p.codes {
		lines, err := r.code(md, style)
		if err != nil {
			return "", err
		}
		codes[mark] = lines
	}
	return finish(out, p, codes, style, width), nil
}

// codeWidth is the width code blocks are rendered at: wide enough that
// Glamour never wraps a line of code (finish does, with a mark).
const codeWidth = 1000

// code renders a fenced code block on its own, unwrapped, as lines.
func (r *Renderers) code(md string, style Style) ([]string, error) {
	k := key{style, codeWidth}
	tr, err := r.take(k)
	if err != nil {
		return nil, err
	}
	out, err := tr.Render(md)
	r.give(k, tr)
	if err != nil {
		return nil, fmt.Errorf("rendering markdown: %w", err)
	}
	lines := strings.Split(tidy(out), "\n")
	for i, l := range lines {
		lines[i] = trimRight(l)
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines, nil
}

var (
	emptySGR  = regexp.MustCompile("(\x1b\\[[0-9;]*m)+\x1b\\[0?m")
	resetRuns = regexp.MustCompile("(\x1b\\[0?m)+")
	// A reset before anything is styled on a line changes nothing.
	leadingReset = regexp.MustCompile("(?m)^( *)\x1b\\[0?m")
)

// tidy drops the styles Glamour opens and closes around nothing (it pads
// each line with dozens of them), keeping one reset where they were.
func tidy(s string) string {
	if !strings.Contains(s, "\x1b") {
		return s
	}
	return resetRuns.ReplaceAllString(emptySGR.ReplaceAllString(s, "\x1b[m"), "\x1b[m")
}

// trimRight drops trailing spaces, styled ones included.
func trimRight(l string) string {
	plain := xansi.Strip(l)
	trimmed := strings.TrimRight(plain, " ")
	if len(trimmed) == len(plain) {
		return l
	}
	if trimmed == "" {
		return ""
	}
	out := xansi.Truncate(l, xansi.StringWidth(trimmed), "")
	if strings.Contains(out, "\x1b") {
		// Truncate keeps the styles that came after the cut.
		out = tidy(out + "\x1b[m")
	}
	return out
}

// Join puts rendered pieces together as the whole text renders.
func Join(parts []string) string {
	var b strings.Builder
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	return b.String()
}

// finish trims the blank lines Glamour puts around a document (so pages
// can be stacked with spacing chosen by the caller), lays out the piece's
// tables, underlines Plain headings and wraps lines wider than the page
// (code blocks, which Glamour never wraps).
func finish(out string, p piece, codes map[rune][]string, style Style, width int) string {
	if style == Plain || style == Linear {
		// Glamour writes links as OSC 8 hyperlinks even in its
		// colourless style.
		out = xansi.Strip(out)
	}
	out = leadingReset.ReplaceAllString(tidy(out), "$1")
	lines := strings.Split(out, "\n")
	blank := func(l string) bool { return strings.TrimSpace(xansi.Strip(l)) == "" }
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	res := make([]string, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		l := trimRight(lines[i])
		plain := xansi.Strip(l)
		trimmed := strings.TrimLeft(plain, " ")
		indent := plain[:len(plain)-len(trimmed)]
		if r := []rune(trimmed); len(r) == 1 && codes[r[0]] != nil {
			for _, cl := range codes[r[0]] {
				if xansi.StringWidth(cl) > width {
					res = append(res, wrapLong(cl, leading(xansi.Strip(cl)), width)...)
				} else {
					res = append(res, cl)
				}
			}
			continue
		}
		if t, ok := p.table(trimmed); ok {
			for _, tl := range t.layout(width-len(indent), style) {
				res = append(res, strings.TrimRight(indent+tl, " "))
			}
			continue
		}
		if (style == Plain || style == Linear) && trimmed != "" {
			if r := []rune(trimmed)[0]; r > headingMark && r <= headingMark+6 {
				// The heading runs to the next blank line (it may wrap).
				level := int(r - headingMark)
				head := []string{indent + string([]rune(trimmed)[1:])}
				for i+1 < len(lines) && !blank(lines[i+1]) {
					i++
					head = append(head, strings.TrimRight(lines[i], " "))
				}
				res = append(res, head...)
				if level <= 2 {
					w := 0
					for _, h := range head {
						w = max(w, xansi.StringWidth(h)-len(indent))
					}
					res = append(res, indent+strings.Repeat(map[int]string{1: "=", 2: "-"}[level], w))
				}
				continue
			}
		}
		if xansi.StringWidth(l) > width {
			res = append(res, wrapLong(l, indent, width)...)
			continue
		}
		res = append(res, l)
	}
	return restore.Replace(strings.Join(res, "\n"))
}

func leading(s string) string { return s[:len(s)-len(strings.TrimLeft(s, " \t"))] }

// wrapLong breaks a line too wide for the page (a line of code), going on
// under its indentation after a ↪ mark.
func wrapLong(l, indent string, width int) []string {
	cont := indent + "↪ "
	var out []string
	rest, limit := l, width
	for rest != "" {
		if xansi.StringWidth(rest) <= limit {
			out = append(out, rest)
			break
		}
		seg := strings.Split(xansi.Wrap(rest, limit, ""), "\n")[0]
		if xansi.StringWidth(strings.TrimRight(xansi.Strip(seg), " ")) > limit {
			seg = xansi.Truncate(rest, limit, "")
		}
		n := max(xansi.StringWidth(seg), 1)
		if strings.Contains(seg, "\x1b") {
			seg += "\x1b[m"
		}
		out = append(out, trimRight(seg))
		rest = xansi.TruncateLeft(rest, n, "")
		if sp := len(leading(xansi.Strip(rest))); sp > 0 {
			rest = xansi.TruncateLeft(rest, sp, "")
		}
		limit = max(width-xansi.StringWidth(cont), 8)
	}
	for i := 1; i < len(out); i++ {
		out[i] = cont + out[i]
	}
	return out
}
