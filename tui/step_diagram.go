package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/lectern-dev/lectern/diagram"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/render"
)

// diagramStep is a step of kind diagram: its page and its diagram with the
// guided tour and the replays (tourModel). With room for both it draws the
// diagram on the left and the narration and page on the right; otherwise
// the page, then the drawing, in one scrolling column above the narration.
// It is done once the tour has reached its last stop.
type diagramStep struct {
	env           *StepEnv
	md            *markdown
	sc            scroller
	tour          *tourModel // nil without a diagram (the loader prevents that)
	width, height int
	split         splitLayout // set by layout, read by View
	// stopTitle, when set by layout, is the one line the stacked layout
	// keeps below: the stop's text is too long for the window and
	// scrolls with the page.
	stopTitle string
}

func newDiagramStep(env *StepEnv) Step {
	s := &diagramStep{env: env, md: newMarkdown(env.Common, env.Step().Markdown), sc: newScroller(env.Common)}
	if d := env.Step().Diagram; d != nil {
		s.tour = newTourModel(env.Common, d)
	}
	return s
}

// splitLayout is the drawing on the left and the narration and page on the
// right, when there is room for both.
type splitLayout struct {
	on          bool
	left, right int
}

func (s *diagramStep) splitFor(width int) splitLayout {
	if s.tour == nil {
		return splitLayout{}
	}
	left := s.tour.naturalWidth(min(width/2, 48)) + 1
	right := width - left - 1
	return splitLayout{on: right >= 30, left: left, right: right}
}

// Init lays the step out at the stop the learner left it at.
func (s *diagramStep) Init() tea.Cmd { return s.layout() }

func (s *diagramStep) Todo() string {
	if s.tour == nil {
		return "read to the end to mark it done"
	}
	return "finish the tour to mark it done"
}

func (s *diagramStep) Place() progress.Place {
	p := progress.Place{Scroll: s.sc.place()}
	if s.tour != nil {
		p.Stop, p.Mode = s.tour.pos+1, s.tour.mode
	}
	return p
}

func (s *diagramStep) SetPlace(p progress.Place) {
	s.sc.setPlace(p.Scroll)
	if s.tour != nil {
		s.tour.setPlace(p.Stop-1, p.Mode)
	}
}

func (s *diagramStep) SetSize(w, h int) tea.Cmd {
	s.width, s.height = w, h
	return s.layout()
}

// layout sizes the column(s) for the current stop and fills the viewport,
// asking for a render when the page isn't ready at this width.
func (s *diagramStep) layout() tea.Cmd {
	s.split = s.splitFor(s.width)
	s.stopTitle = ""
	var narration []string
	if s.tour != nil && !s.split.on {
		if narration = s.tour.narrationLines(s.width); len(narration) > s.height-3 {
			s.stopTitle = narration[0]
		}
	}
	vpWidth, vpHeight, pageW := s.width, s.height, s.width
	switch {
	case s.split.on:
		vpWidth, pageW = s.split.right, s.split.right
		vpHeight = max(s.height-s.narrationHeight(s.split.right)-1, 1)
	case s.stopTitle != "":
		vpHeight = max(s.height-1, 1) // the stop's title line stays below
	case s.tour != nil:
		vpHeight = max(s.height-s.narrationHeight(s.width), 2)
	}
	s.sc.setSize(vpWidth, vpHeight)
	page, ok, cmd := s.md.page(pageWidth(pageW))
	switch {
	case !ok || s.tour == nil:
		s.sc.setContent(page, ok)
	case s.split.on:
		s.sc.setContent(page, true)
		s.tour.layout(s.split.left, s.height)
	case s.stopTitle != "":
		// Too short a window for the stop's text beside the page: it is
		// part of what scrolls, above the drawing, and the view starts
		// at it.
		before := page + "\n\n"
		s.sc.setContent(before+strings.Join(narration[1:], "\n")+"\n\n"+s.tour.drawing(s.width, s.sc.vp.Height()), true)
		s.sc.vp.SetYOffset(strings.Count(before, "\n"))
	default:
		s.sc.setContent(page+"\n\n"+s.tour.drawing(s.width, s.sc.vp.Height()), true)
		s.scrollToFocus()
	}
	return cmd
}

// scrollToFocus keeps the highlighted node or edge of the stacked layout
// in view.
func (s *diagramStep) scrollToFocus() {
	rows, ok := s.tour.focusRows()
	if !ok {
		return
	}
	offset := s.md.lines(pageWidth(s.width)) + 2 // the page and the blank lines before the drawing
	top, bottom := rows[0]+offset, rows[1]+offset
	y, h := s.sc.vp.YOffset(), s.sc.vp.Height()
	if top < y || bottom >= y+h {
		s.sc.vp.SetYOffset(max(0, top-max((h-(bottom-top+1))/2, 0)))
	}
}

// narrationHeight is the height of the tour's narration at this width:
// all of it, leaving the drawing (or the page beside it) a few lines.
func (s *diagramStep) narrationHeight(width int) int {
	return max(min(len(s.tour.narrationLines(width)), s.height-3), 1)
}

func (s *diagramStep) Update(msg tea.Msg) (bool, tea.Cmd) {
	if s.md.update(msg) {
		return true, s.layout()
	}
	if sh, ok := msg.(shownMsg); ok {
		s.md.setShown(sh.step == s)
		return false, nil
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return false, nil
	}
	if s.tour != nil && s.tour.handles(k) {
		s.tour.update(k)
		return true, s.layout()
	}
	return s.sc.keys(k), nil
}

func (s *diagramStep) View() string {
	if s.tour == nil {
		return s.sc.view()
	}
	if s.stopTitle != "" {
		return s.sc.view() + "\n" + s.stopTitle
	}
	if !s.split.on {
		return s.sc.view() + "\n" + s.tour.narration(s.width, s.narrationHeight(s.width))
	}
	left, right := s.split.left, s.split.right
	drawing := strings.Join(fitLines(s.tour.view(), left, s.height), "\n")
	side := s.tour.narration(right, s.narrationHeight(right)) + "\n" + s.env.Styles.Muted.Render(strings.Repeat("─", right)) + "\n" + s.sc.view()
	side = strings.Join(fitLines(side, right, s.height), "\n")
	sep := strings.TrimSuffix(strings.Repeat(" \n", s.height), "\n")
	return lipgloss.JoinHorizontal(lipgloss.Top, lipgloss.NewStyle().Width(left).Render(drawing), sep, side)
}

func (s *diagramStep) ShortHelp() []key.Binding {
	k := s.env.Keys
	return []key.Binding{k.TourNext, k.TourMode, k.TourRestart}
}

func (s *diagramStep) FullHelp() [][]key.Binding {
	k := s.env.Keys
	return [][]key.Binding{{k.TourNext, k.TourBack, k.TourRestart, k.TourMode}, scrollHelp(k)}
}

func (s *diagramStep) Capturing() Capture { return CaptureNone }

func (s *diagramStep) Complete() bool {
	if s.tour == nil {
		return s.sc.reachedEnd
	}
	return s.tour.finished
}

func orTitle(t string) string {
	if t == "" {
		return "untitled"
	}
	return t
}

// Text is the page, the drawing (for the Linear style, its outline), its
// caption and every stop of the tour.
func (s *diagramStep) Text(width int, style render.Style) (string, error) {
	out, err := renderText(s.md.text, style, width)
	if err != nil || s.tour == nil {
		return out, err
	}
	d := s.tour.d
	var b strings.Builder
	if style == render.Linear {
		// For a screen reader: the boxes as a numbered path, no drawing.
		b.WriteString(out + "\n\n" + wrapProse(fmt.Sprintf("The diagram (%s), box by box:", orTitle(d.Title)), width))
		for _, l := range diagram.Outline(d) {
			b.WriteString("\n" + strings.ReplaceAll(wrapProse(l, width-3), "\n", "\n   "))
		}
	} else {
		b.WriteString(out + "\n\n" + diagram.Render(d, diagram.Options{Width: width}))
	}
	if d.Caption != "" {
		b.WriteString("\n\n" + wrapProse(d.Caption, width))
	}
	fmt.Fprintf(&b, "\n\nTour (%d stops):", len(d.Tour))
	for n, stop := range d.Tour {
		item := fmt.Sprintf("%2d. %s: %s", n+1, diagram.StopName(d, stop), stop.Text)
		// Continuation lines line up under the text, after "NN. ".
		b.WriteString("\n" + strings.ReplaceAll(wrapProse(item, width-4), "\n", "\n    "))
	}
	return b.String(), nil
}
