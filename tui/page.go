package tui

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

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

// renderedMsg carries rendered pieces back to the markdown that asked for
// them.
type renderedMsg struct {
	to  *markdown
	key renderKey
	gen int
	doc *render.Doc
	// parts are pieces from..from+len(parts)-1 of doc.
	from  int
	parts []string
	err   error
}

// markdown is one Markdown text and its renderings, one per width and
// style, made in tea.Cmds a batch of pieces at a time: the first batch
// stops once there is more than a screen of text, so a page of any length
// shows at once, and each later batch takes a few tens of milliseconds, so
// a render that is no longer wanted (the step was left, the window
// resized) stops soon after it is cancelled. Only the rendering for the
// width and style on screen goes on; a step that is not shown renders
// nothing. Each batch runs in its own command, with its own renderer (see
// package render), so no page waits for another.
type markdown struct {
	c    *Common
	text string
	// doc is the text split into pieces, made by the first render (off
	// the loop: it is proportional to the text).
	doc *render.Doc
	out map[renderKey]*rendering
	// want is the rendering on screen; hidden is set while the step is
	// not shown (shownMsg).
	want   renderKey
	hidden bool
	gen    int
}

// rendering is one width and style of the text, as far as it has got.
type rendering struct {
	parts   []string
	text    string
	next    int // the next piece to render
	total   int // pieces in the text (0 until the doc is made)
	running bool
	cancel  context.CancelFunc
	gen     int // the batch in flight
	err     error
}

func (r *rendering) done() bool { return r.err != nil || (r.total > 0 && r.next >= r.total) }

func (r *rendering) stop() {
	if r.running {
		r.cancel()
		r.running = false
		r.gen = -1 // whatever it sends back is dropped
	}
}

// Batches: the first renders at least firstLines lines (or the whole
// text); each later one renders for about batchBudget.
const (
	firstLines  = 120
	batchBudget = 40 * time.Millisecond
	// keptRenderings bounds the finished renderings kept for other widths.
	keptRenderings = 4
)

func newMarkdown(c *Common, text string) *markdown {
	return &markdown{c: c, text: text, out: map[renderKey]*rendering{}}
}

func (m *markdown) key(width int) renderKey {
	return renderKey{max(width, render.MinWidth), m.c.MarkdownStyle()}
}

// page returns the text rendered for width in the current style as far as
// it has got, whether that is all of it, and the command that renders
// more. Renderings for other widths or styles in flight are cancelled.
func (m *markdown) page(width int) (string, bool, tea.Cmd) {
	k := m.key(width)
	m.want = k
	for ok, r := range m.out {
		if ok != k && !r.done() {
			r.stop()
			delete(m.out, ok)
		}
	}
	if len(m.out) > keptRenderings {
		for ok := range m.out {
			if ok != k {
				delete(m.out, ok)
				break
			}
		}
	}
	r := m.out[k]
	if r == nil {
		r = &rendering{}
		m.out[k] = r
	}
	cmd := m.more(r, k)
	switch {
	case r.err != nil:
		return m.c.Styles.Error.Render("Could not render this page: " + r.err.Error()), true, cmd
	case r.done():
		return r.text, true, cmd
	case len(r.parts) == 0:
		return m.c.Styles.Muted.Render("Rendering…"), false, cmd
	}
	return r.text + "\n\n" + m.c.Styles.Muted.Render(fmt.Sprintf("Rendering the rest of this page… (%d%%)", 100*r.next/max(r.total, 1))), false, cmd
}

// more starts the next batch of r, unless one is running, it is done, or
// the step is not shown.
func (m *markdown) more(r *rendering, k renderKey) tea.Cmd {
	if r.running || r.done() || m.hidden {
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.gen++
	r.running, r.cancel, r.gen = true, cancel, m.gen
	gen, from, doc, text := m.gen, r.next, m.doc, m.text
	renderers := m.c.renderers()
	return func() tea.Msg {
		defer cancel()
		if doc == nil {
			doc = render.NewDoc(text)
		}
		msg := renderedMsg{to: m, key: k, gen: gen, doc: doc, from: from}
		start, lines := time.Now(), 0
		for i := from; i < doc.Len(); i++ {
			out, err := renderers.Piece(ctx, doc, i, k.style, k.width)
			if err != nil {
				msg.err = err
				break
			}
			msg.parts = append(msg.parts, out)
			lines += strings.Count(out, "\n") + 2
			if from == 0 && lines < firstLines {
				continue
			}
			if from != 0 && time.Since(start) < batchBudget {
				continue
			}
			break
		}
		return msg
	}
}

// update keeps what a render made for m; it reports whether msg was one
// (the caller lays out again, which asks for the next batch).
func (m *markdown) update(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case renderedMsg:
		if msg.to != m {
			return false
		}
		r := m.out[msg.key]
		if r == nil || r.gen != msg.gen {
			return true // cancelled: dropped
		}
		r.running = false
		m.doc = msg.doc
		r.total = msg.doc.Len()
		if msg.err != nil && !errors.Is(msg.err, context.Canceled) {
			r.err = msg.err
		}
		r.parts = append(r.parts, msg.parts...)
		r.next += len(msg.parts)
		r.text = render.Join(r.parts)
		return true
	case shownMsg:
		return false // the step decides (setShown)
	}
	return false
}

// setShown starts or stops rendering as the step comes on screen or
// leaves it.
func (m *markdown) setShown(on bool) {
	m.hidden = !on
	if !on {
		for _, r := range m.out {
			r.stop()
		}
	}
}

// lines is how many lines the rendering for width has so far.
func (m *markdown) lines(width int) int {
	r, ok := m.out[m.key(width)]
	if !ok || len(r.parts) == 0 {
		return 0
	}
	return strings.Count(r.text, "\n") + 1
}

// pageWidth is the width a page is wrapped to in a column of width w.
func pageWidth(w int) int { return max(w-2, render.MinWidth) }

// scroller is a step's scrolling body.
type scroller struct {
	c  *Common
	vp viewport.Model
	// reachedEnd is set once the learner has seen the bottom.
	reachedEnd bool
	// restore is a position to go back to once the text is long enough
	// (-1: none), e.g. where the learner was in the last run.
	restore int
}

func newScroller(c *Common) scroller {
	vp := viewport.New()
	vp.SoftWrap = false
	return scroller{c: c, vp: vp, restore: -1}
}

// place is the first line on screen.
func (s *scroller) place() int {
	if s.restore >= 0 {
		return s.restore
	}
	return s.vp.YOffset()
}

// setPlace scrolls to line y, now or once the text reaches it.
func (s *scroller) setPlace(y int) {
	s.restore = -1
	if y > 0 {
		s.restore = y
		s.tryRestore(false)
	}
}

func (s *scroller) tryRestore(final bool) {
	if s.restore >= 0 && (final || s.vp.TotalLineCount() >= s.restore+s.vp.Height()) {
		s.vp.SetYOffset(s.restore)
		s.restore = -1
	}
}

func (s *scroller) setSize(w, h int) {
	s.vp.SetWidth(max(w, 1))
	s.vp.SetHeight(max(h, 1))
}

// setContent replaces what is shown, keeping the scroll position; final is
// false for a placeholder ("Rendering…"), whose end is not the page's.
func (s *scroller) setContent(text string, final bool) {
	s.vp.SetContent(text)
	s.tryRestore(final)
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
	s.restore = -1
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
