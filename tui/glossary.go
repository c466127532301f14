package tui

import (
	"fmt"
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

// keys are the overlay's keys, named the same in its header and the
// footer.
func (g *glossaryModel) keys() []key.Binding {
	k := g.c.Keys
	browse := key.NewBinding(key.WithKeys(append(k.Up.Keys(), k.Down.Keys()...)...), key.WithHelp("↑/↓", "browse"))
	page := key.NewBinding(key.WithKeys(append(k.PageUp.Keys(), k.PageDown.Keys()...)...), key.WithHelp("pgup/pgdn", "5 at a time"))
	closing := key.NewBinding(key.WithKeys(append(k.Back.Keys(), k.Glossary.Keys()...)...), key.WithHelp("esc/g", "close"))
	return []key.Binding{browse, page, closing}
}

func (g *glossaryModel) help() []helpItem {
	ks := g.keys()
	return []helpItem{{ks[0], 90}, {ks[1], 40}, {ks[2], 95}, {g.c.Keys.Help, 100}, {g.c.Keys.Quit, 100}}
}

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
	w := max(g.width, 10)
	t := g.terms[g.selected]
	def := []string{s.Title.Render(ansi.Truncate(t.Term, w, "…"))}
	def = append(def, strings.Split(wrapProse(t.Definition, w-1), "\n")...)
	if len(t.See) > 0 {
		for _, l := range strings.Split(wrapProse("See also: "+strings.Join(t.See, ", "), w-1), "\n") {
			def = append(def, s.Muted.Render(l))
		}
	}
	ks := g.keys()
	title := s.Subtitle.Render(ansi.Truncate(fmt.Sprintf("Glossary %d/%d · %s %s · %s %s", g.selected+1, len(g.terms),
		ks[0].Help().Key, ks[0].Help().Desc, ks[2].Help().Key, ks[2].Help().Desc), w, "…"))
	// The list of terms gets what the definition leaves; on a short
	// terminal the definition comes first and the list is left out.
	listH := g.height - 2 - len(def)
	if listH < 3 {
		lines := append([]string{title}, def...)
		if len(lines) > g.height && g.height > 1 {
			lines = append(lines[:g.height-1], s.Muted.Render("… (a taller window shows the rest)"))
		}
		return strings.Join(lines, "\n")
	}
	listH = min(listH, len(g.terms))
	first := max(0, min(g.selected-listH/2, len(g.terms)-listH))
	lines := []string{title}
	for i := first; i < first+listH; i++ {
		line, style := "  "+g.terms[i].Term, s.Muted
		if i == g.selected {
			line, style = "▸ "+g.terms[i].Term, s.Selected
		}
		lines = append(lines, style.Render(ansi.Truncate(line, w, "…")))
	}
	lines = append(lines, s.Muted.Render(strings.Repeat("─", min(w, 40))))
	return strings.Join(append(lines, def...), "\n")
}
