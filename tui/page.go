package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/lectern-dev/lectern/render"
)

// The parts every step kind builds on: a Markdown text rendered off the UI
// loop (markdown), and a scrolling body that remembers whether the learner
// has seen its end (scroller).

type renderKey struct {
	width int
	style render.Style
}

// renderedMsg carries a rendering back to the markdown that asked for it.
type renderedMsg struct {
	to  *markdown
	key renderKey
	out string
	err error
}

// markdown is one Markdown text and its renderings, one per width and
// style, made in tea.Cmds.
type markdown struct {
	c       *Common
	text    string
	out     map[renderKey]string
	pending map[renderKey]bool
}

func newMarkdown(c *Common, text string) *markdown {
	return &markdown{c: c, text: text, out: map[renderKey]string{}, pending: map[renderKey]bool{}}
}

// page returns the text rendered for width in the current style; until
// that is ready it returns a placeholder, false, and the command that
// renders it.
func (m *markdown) page(width int) (string, bool, tea.Cmd) {
	k := renderKey{max(width, render.MinWidth), m.c.MarkdownStyle()}
	if out, ok := m.out[k]; ok {
		return out, true, nil
	}
	placeholder := m.c.Styles.Muted.Render("Rendering…")
	if m.pending[k] {
		return placeholder, false, nil
	}
	m.pending[k] = true
	text := m.text
	return placeholder, false, func() tea.Msg {
		out, err := render.Default.Markdown(text, k.style, k.width)
		return renderedMsg{to: m, key: k, out: out, err: err}
	}
}

// update keeps a rendering made for m; it reports whether msg was one.
func (m *markdown) update(msg tea.Msg) bool {
	r, ok := msg.(renderedMsg)
	if !ok || r.to != m {
		return false
	}
	if r.err != nil {
		r.out = m.c.Styles.Error.Render("Could not render this page: " + r.err.Error())
	}
	delete(m.pending, r.key)
	m.out[r.key] = r.out
	return true
}

// lines is how many lines the rendering for width has (0 before it is
// ready).
func (m *markdown) lines(width int) int {
	out, ok := m.out[renderKey{max(width, render.MinWidth), m.c.MarkdownStyle()}]
	if !ok {
		return 0
	}
	return strings.Count(out, "\n") + 1
}

// pageWidth is the width a page is wrapped to in a column of width w.
func pageWidth(w int) int { return max(w-2, render.MinWidth) }

// scroller is a step's scrolling body.
type scroller struct {
	c  *Common
	vp viewport.Model
	// reachedEnd is set once the learner has seen the bottom.
	reachedEnd bool
}

func newScroller(c *Common) scroller {
	vp := viewport.New()
	vp.SoftWrap = false
	return scroller{c: c, vp: vp}
}

func (s *scroller) setSize(w, h int) {
	s.vp.SetWidth(max(w, 1))
	s.vp.SetHeight(max(h, 1))
}

// setContent replaces what is shown, keeping the scroll position; final is
// false for a placeholder ("Rendering…"), whose end is not the page's.
func (s *scroller) setContent(text string, final bool) {
	s.vp.SetContent(text)
	if final {
		s.noteEnd()
	}
}

func (s *scroller) noteEnd() {
	if s.vp.AtBottom() || s.vp.TotalLineCount() <= s.vp.Height() {
		s.reachedEnd = true
	}
}

// keys scrolls for the scrolling keys and reports whether k was one.
func (s *scroller) keys(k tea.KeyPressMsg) bool {
	km, vk := s.c.Keys, s.vp.KeyMap
	switch {
	case key.Matches(k, km.Top):
		s.vp.GotoTop()
	case key.Matches(k, km.Bottom):
		s.vp.GotoBottom()
	case key.Matches(k, km.Up, km.Down, km.PageUp, km.PageDown, vk.PageDown, vk.PageUp, vk.HalfPageUp, vk.HalfPageDown):
		s.vp, _ = s.vp.Update(k)
	default:
		return false
	}
	s.noteEnd()
	return true
}

func (s *scroller) view() string { return s.vp.View() }

// scrollHelp is the full help of a scrolling body.
func scrollHelp(k *KeyMap) []key.Binding {
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}
}

// renderText renders Markdown for `lectern read`.
func renderText(md string, style render.Style, width int) (string, error) {
	return render.Default.Markdown(md, style, width)
}
