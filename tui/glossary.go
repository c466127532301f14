package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/lessons"
)

// glossaryModel is the browsable list of terms, reachable from any step:
// the terms on top (the selected one marked), its definition below.
type glossaryModel struct {
	c             *Common
	terms         []lessons.Term
	selected      int
	width, height int
}

func newGlossaryModel(c *Common, terms []lessons.Term) *glossaryModel {
	return &glossaryModel{c: c, terms: terms}
}

func (g *glossaryModel) setSize(w, h int) { g.width, g.height = w, h }

func (g *glossaryModel) update(k tea.KeyPressMsg) {
	keys := g.c.Keys
	switch {
	case key.Matches(k, keys.Up, keys.Prev):
		g.selected = max(0, g.selected-1)
	case key.Matches(k, keys.Down, keys.Next):
		g.selected = min(len(g.terms)-1, g.selected+1)
	case key.Matches(k, keys.PageUp):
		g.selected = max(0, g.selected-5)
	case key.Matches(k, keys.PageDown):
		g.selected = min(len(g.terms)-1, g.selected+5)
	}
}

func (g *glossaryModel) view() string {
	s := g.c.Styles
	t := g.terms[g.selected]
	def := []string{s.Title.Render(ansi.Truncate(t.Term, g.width, "…"))}
	for _, l := range strings.Split(ansi.Wordwrap(t.Definition, max(g.width-1, 10), ""), "\n") {
		def = append(def, l)
	}
	if len(t.See) > 0 {
		def = append(def, s.Muted.Render(ansi.Wordwrap("See also: "+strings.Join(t.See, ", "), max(g.width-1, 10), "")))
	}
	// The list gets what the definition leaves, at least a few rows.
	listH := max(g.height-len(def)-2, 3)
	first := max(0, min(g.selected-listH/2, len(g.terms)-listH))
	lines := []string{s.Subtitle.Render("Glossary · ↑/↓ to browse, esc to close")}
	for i := first; i < len(g.terms) && i < first+listH; i++ {
		line := "  " + g.terms[i].Term
		style := s.Muted
		if i == g.selected {
			line, style = "▸ "+g.terms[i].Term, s.Selected
		}
		lines = append(lines, style.Render(ansi.Truncate(line, g.width, "…")))
	}
	lines = append(lines, s.Muted.Render(strings.Repeat("─", max(min(g.width, 40), 1))))
	lines = append(lines, def...)
	return strings.Join(lines, "\n")
}
