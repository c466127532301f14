// Package render turns lesson Markdown into terminal text: goldmark parses
// it and term.go lays it out for a width (see there for why not Glamour).
// Rendering is a pure function of the text, the style and the width, safe
// for concurrent use (rendering runs in tea.Cmds, off the UI loop).
package render

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Style selects colours (or none).
type Style string

const (
	// Plain has no escape codes and no Markdown marks at all: for pipes,
	// NO_COLOR, TERM=dumb and screen readers.
	Plain Style = "notty"
	Dark  Style = "dark"
	Light Style = "light"
)

// MinWidth is the narrowest wrap width used; narrower terminals get lines
// clipped by the caller rather than one word per line.
const MinWidth = 20

// Renderers renders Markdown. The zero value is ready to use.
type Renderers struct{}

// Default is shared by the whole program.
var Default = &Renderers{}

// Markdown renders md wrapped to width columns.
func (r *Renderers) Markdown(md string, style Style, width int) (string, error) {
	if width < MinWidth {
		width = MinWidth
	}
	return trimBlankEdges(renderTerm(md, style, width)), nil
}

// trimBlankEdges drops blank lines around a document, so pages can be
// stacked with spacing chosen by the caller, and spaces at line ends.
func trimBlankEdges(s string) string {
	lines := strings.Split(s, "\n")
	blank := func(l string) bool { return strings.TrimSpace(ansi.Strip(l)) == "" }
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}
