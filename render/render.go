// Package render turns lesson Markdown into terminal text: goldmark parses
// it and term.go lays it out for a width (see there for why not Glamour).
//
// A text is first split into pieces (Doc) that render separately to what
// the whole would: a long page can then be rendered a piece at a time, so
// its first screen shows long before its end is done, and no render holds
// up another (rendering is a pure function of the text, the style and the
// width: nothing is shared between renders).
//
// Tables are laid out by the Doc (to fit the width, as a grid or, when too
// wide, one record per row); code lines wider than the page wrap with a ↪
// mark instead of being cut; a number keeps its unit on its line; and the
// Plain style is text without Markdown marks (headings underlined, no **,
// *, ` or #) and without escape codes.
package render

import (
	"context"
	"regexp"
	"strings"
	"sync"

	xansi "github.com/charmbracelet/x/ansi"
)

// Style selects colours (or none).
type Style string

const (
	// Plain has no escape codes and no Markdown marks at all: for pipes,
	// NO_COLOR, TERM=dumb and screen readers.
	Plain Style = "notty"
	Dark  Style = "dark"
	Light Style = "light"
	// Linear is Plain for a screen reader: tables are read row by row
	// ("• header: value" lines), never as a grid.
	Linear Style = "linear"
)

// MinWidth is the narrowest wrap width used; narrower terminals get lines
// clipped by the caller rather than one word per line.
const MinWidth = 20

// Renderers renders Markdown. The zero value is ready to use and safe for
// concurrent use (rendering runs in tea.Cmds, off the UI loop).
type Renderers struct {
	// OnPiece, when set, is told of every piece rendered (from the
	// goroutine that rendered it): for tests and benchmarks.
	OnPiece func(d *Doc, i int, style Style, width int)
}

// Default is shared by the whole program.
var Default = &Renderers{}

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
	p := d.pieces[i]
	out := renderTerm(p.md, style, width)
	if r.OnPiece != nil {
		r.OnPiece(d, i, style, width)
	}
	codes := map[rune][]string{}
	for mark, md := range p.codes {
		codes[mark] = r.code(md, style)
	}
	return finish(out, p, codes, style, width), nil
}

// codeWidth is the width code blocks are rendered at: wide enough that a
// line of code is never wrapped there (finish does, with a mark).
const codeWidth = 1000

// code renders a fenced code block on its own, unwrapped, as lines.
func (r *Renderers) code(md string, style Style) []string {
	lines := strings.Split(tidy(renderTerm(md, style, codeWidth)), "\n")
	for i, l := range lines {
		lines[i] = trimRight(l)
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

var (
	emptySGR  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile("(\x1b\\[[0-9;]*m)+\x1b\\[0?m") })
	resetRuns = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile("(\x1b\\[0?m)+") })
	// A reset before anything is styled on a line changes nothing.
	leadingReset = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile("(?m)^( *)\x1b\\[0?m") })
)

// tidy drops styles opened and closed around nothing, keeping one reset
// where they were.
func tidy(s string) string {
	if !strings.Contains(s, "\x1b") {
		return s
	}
	return resetRuns().ReplaceAllString(emptySGR().ReplaceAllString(s, "\x1b[m"), "\x1b[m")
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

// finish trims the blank lines around a piece (so pages can be stacked
// with spacing chosen by the caller), puts in the piece's tables and code
// blocks, and wraps lines wider than the page (code, with a ↪ mark).
func finish(out string, p piece, codes map[rune][]string, style Style, width int) string {
	if style == Plain || style == Linear {
		out = xansi.Strip(out)
	}
	out = leadingReset().ReplaceAllString(tidy(out), "$1")
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
	if xansi.StringWidth(cont) > width/2 {
		// A line indented most of the way across goes on from the margin.
		cont = margin + "↪ "
	}
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
