// Package render turns lesson Markdown into terminal text with Glamour. One
// renderer is built per (style, width) and reused: building one parses a
// style sheet and is far slower than rendering a page with it.
package render

import (
	"fmt"
	"strings"
	"sync"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/ansi"
)

// Style selects colours (or none).
type Style string

const (
	// Plain has no escape codes at all: for pipes, NO_COLOR, TERM=dumb and
	// screen readers.
	Plain Style = styles.NoTTYStyle
	Dark  Style = styles.DarkStyle
	Light Style = styles.LightStyle
)

// MinWidth is the narrowest wrap width used; narrower terminals get lines
// clipped by the caller rather than one word per line.
const MinWidth = 20

// maxRenderers bounds the cache.
const maxRenderers = 8

type key struct {
	style Style
	width int
}

// Renderers caches Glamour renderers. The zero value is ready to use and
// safe for concurrent use (rendering runs in tea.Cmds, off the UI loop).
type Renderers struct {
	mu    sync.Mutex
	cache map[key]*glamour.TermRenderer
}

// Default is shared by the whole program.
var Default = &Renderers{}

// Markdown renders md wrapped to width columns.
func (r *Renderers) Markdown(md string, style Style, width int) (string, error) {
	if width < MinWidth {
		width = MinWidth
	}
	r.mu.Lock()
	defer r.mu.Unlock() // a TermRenderer is not safe for concurrent use
	if r.cache == nil {
		r.cache = map[key]*glamour.TermRenderer{}
	}
	k := key{style, width}
	tr := r.cache[k]
	if tr == nil && len(r.cache) >= maxRenderers {
		// Resizing a window by dragging visits many widths; keep only a
		// few renderers rather than one for every width ever seen.
		clear(r.cache)
	}
	if tr == nil {
		var err error
		opts := []glamour.TermRendererOption{glamour.WithStandardStyle(string(style)), glamour.WithWordWrap(width)}
		if style == Plain {
			// Glamour's colourless style prints code through its Markdown
			// text path, which eats backslashes (`/\+/` became `/+/`).
			// Send code through Chroma with its no-op formatter instead:
			// the exact text, still without escape codes.
			cfg := styles.NoTTYStyleConfig
			cfg.CodeBlock.Theme = "swapoff"
			opts = []glamour.TermRendererOption{glamour.WithStyles(cfg), glamour.WithChromaFormatter("noop"), glamour.WithWordWrap(width)}
		}
		tr, err = glamour.NewTermRenderer(opts...)
		if err != nil {
			return "", fmt.Errorf("markdown renderer: %w", err)
		}
		r.cache[k] = tr
	}
	out, err := tr.Render(Unwrap(md))
	if err != nil {
		return "", fmt.Errorf("rendering markdown: %w", err)
	}
	return trimBlankEdges(out), nil
}

// trimBlankEdges drops the blank lines Glamour puts around a document, so
// pages can be stacked with spacing chosen by the caller.
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
