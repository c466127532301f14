package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/render"
)

// The step list beside the page: with titles on wide terminals, as marks
// and numbers only (✓3, ▸4) on middling ones, so pages and code keep ~74
// columns at 80; hidden below 60 columns (the header names the step).
const (
	sidebarFullFrom    = 110
	sidebarFullWidth   = 26
	sidebarCompactFrom = 60
	sidebarCompactW    = 4
)

type renderKey struct {
	step  int
	width int
	style render.Style
}

// renderedMsg carries a step page rendered off the UI loop.
type renderedMsg struct {
	key renderKey
	out string
	err error
}

// lessonModel walks the learner through one lesson's steps.
type lessonModel struct {
	c     *Common
	l     *lessons.Lesson
	state *progress.State
	opts  Options
	save  saveFunc
	step  int
	vp    viewport.Model
	pages map[renderKey]string
	// reachedEnd records steps whose page the learner has scrolled to the
	// bottom of; such a step is marked done when they move on.
	reachedEnd map[int]bool

	width, height int
	bodyHeight    int
	contentWidth  int
	split         splitLayout // set by layoutBody, read by view

	tour     *tourModel
	glossary *glossaryModel
	// notice is a one-off message shown until the learner changes step.
	notice string
	quiz   quizStep
	// quizRecorded counts the quiz's outcomes already saved.
	quizRecorded int
	challenge    *challengeModel
}

func newLessonModel(c *Common, l *lessons.Lesson, st *progress.State, opts Options, save saveFunc) *lessonModel {
	vp := viewport.New()
	vp.SoftWrap = false
	m := &lessonModel{c: c, l: l, state: st, opts: opts, save: save, vp: vp, pages: map[renderKey]string{}, reachedEnd: map[int]bool{}}
	if l.Diagram != nil {
		m.tour = newTourModel(c, l.Diagram)
	}
	return m
}

func (m *lessonModel) current() lessons.Step { return m.l.Steps[m.step] }

func (m *lessonModel) pageKey() renderKey {
	return renderKey{step: m.step, width: m.markdownWidth(), style: m.c.MarkdownStyle()}
}

func (m *lessonModel) markdownWidth() int {
	if m.split.on {
		return max(m.split.right-2, render.MinWidth)
	}
	return max(m.contentWidth-2, render.MinWidth)
}

// sidebarWidth is the width of the step list (0: not shown).
func (m *lessonModel) sidebarWidth() int {
	switch {
	case m.width >= sidebarFullFrom:
		return sidebarFullWidth
	case m.width >= sidebarCompactFrom:
		return sidebarCompactW
	}
	return 0
}

// splitLayout is the Visual Model laid out as the drawing on the left and
// the narration and page on the right, when there is room for both.
type splitLayout struct {
	on          bool
	left, right int
}

func (m *lessonModel) diagramSplit() splitLayout {
	if m.current().Kind != lessons.KindDiagram || m.tour == nil {
		return splitLayout{}
	}
	left := m.tour.naturalWidth(min(m.contentWidth/2, 48)) + 1
	right := m.contentWidth - left - 1
	return splitLayout{on: right >= 30, left: left, right: right}
}

// setSize lays the lesson out: header (1), body, progress bar (1).
func (m *lessonModel) setSize(w, h int) tea.Cmd {
	m.width, m.height = w, h
	m.bodyHeight = max(h-2, 1)
	return m.layoutBody()
}

// layoutBody sizes everything for the current step and fills the
// viewport, asking for a render when the page isn't ready at this width.
func (m *lessonModel) layoutBody() tea.Cmd {
	m.contentWidth = m.width
	if w := m.sidebarWidth(); w > 0 {
		m.contentWidth = m.width - w - 1
	}
	if m.glossary != nil {
		m.glossary.setSize(m.contentWidth, m.bodyHeight)
	}
	if m.quiz != nil {
		m.quiz.SetSize(m.contentWidth, m.bodyHeight)
	}
	if m.challenge != nil {
		m.challenge.setSize(m.contentWidth, m.bodyHeight)
	}
	vpWidth, vpHeight := m.contentWidth, m.bodyHeight
	m.split = m.diagramSplit()
	split := m.split.on
	switch {
	case split:
		vpWidth = m.split.right
		vpHeight = max(m.bodyHeight-m.narrationHeight(m.split.right)-1, 1)
	case m.current().Kind == lessons.KindDiagram && m.tour != nil:
		vpHeight = max(m.bodyHeight-m.narrationHeight(m.contentWidth), 2)
	}
	m.vp.SetWidth(vpWidth)
	m.vp.SetHeight(vpHeight)
	page, ok := m.pages[m.pageKey()]
	if !ok {
		m.vp.SetContent(m.c.Styles.Muted.Render("Rendering…"))
		return m.renderCmd()
	}
	if split {
		m.vp.SetContent(page)
		m.tour.layout(m.split.left, m.bodyHeight)
	} else {
		m.vp.SetContent(m.composeBody(page))
	}
	if m.challenge != nil {
		m.challenge.setPage(page)
	}
	if m.current().Kind == lessons.KindDiagram && m.tour != nil && !split {
		m.scrollToFocus()
	}
	m.noteEnd()
	return nil
}

// composeBody adds what a step's kind shows after its page.
func (m *lessonModel) composeBody(page string) string {
	switch s := m.current(); s.Kind {
	case lessons.KindDiagram:
		if m.tour == nil {
			return page
		}
		return page + "\n\n" + m.tour.drawing(m.contentWidth, m.vp.Height())
	case lessons.KindQuiz:
		return page + "\n\n" + m.c.Styles.Accent.Render(quizCallToAction(m.l, m.state))
	}
	return page
}

func (m *lessonModel) renderCmd() tea.Cmd {
	k := m.pageKey()
	s, glossary, svc := m.current(), m.l.Glossary, m.opts.Challenges
	return func() tea.Msg {
		md := s.Markdown
		if s.Kind == lessons.KindGlossary {
			md += "\n\n" + lessons.GlossaryMarkdown(glossary)
		}
		if s.Kind == lessons.KindChallenge && svc != nil {
			if prompt, ok := svc.Prompt(s.Challenge); ok {
				md += "\n\n" + prompt
			}
		}
		out, err := render.Default.Markdown(md, k.style, k.width)
		return renderedMsg{key: k, out: out, err: err}
	}
}

func (m *lessonModel) restyle() tea.Cmd { return m.layoutBody() }

// goTo opens step i and records it as the place to resume.
func (m *lessonModel) goTo(i int) tea.Cmd {
	i = max(0, min(i, len(m.l.Steps)-1))
	m.step = i
	m.glossary = nil
	m.notice = ""
	m.vp.GotoTop()
	id, lessonID := m.l.Steps[i].ID, m.l.ID
	cmds := []tea.Cmd{m.layoutBody(), m.save(func(st *progress.State) { st.Lesson(lessonID).CurrentStep = id })}
	if m.current().Kind == lessons.KindChallenge && m.opts.Challenges != nil {
		m.challenge = newChallengeModel(m.c, m.l, m.current(), m.opts.Challenges, m.state, m.save)
		m.challenge.setSize(m.contentWidth, m.bodyHeight)
		cmds = append(cmds, m.challenge.init())
	} else {
		m.challenge = nil
	}
	return tea.Batch(cmds...)
}

// next moves on, marking the step done when the learner has seen all of
// it. Quiz and challenge steps are marked done by passing, not here.
func (m *lessonModel) next() tea.Cmd {
	var cmds []tea.Cmd
	if m.stepComplete() {
		id, lessonID, now := m.current().ID, m.l.ID, m.opts.Now()
		cmds = append(cmds, m.save(func(st *progress.State) { st.Lesson(lessonID).MarkDone(id, now) }))
	}
	if m.step < len(m.l.Steps)-1 {
		cmds = append(cmds, m.goTo(m.step+1))
	}
	return tea.Batch(cmds...)
}

func (m *lessonModel) stepComplete() bool {
	switch m.current().Kind {
	case lessons.KindQuiz, lessons.KindChallenge:
		return false
	case lessons.KindDiagram:
		if m.tour != nil {
			return m.tour.finished
		}
	}
	return m.reachedEnd[m.step]
}

func (m *lessonModel) noteEnd() {
	if m.vp.AtBottom() || m.vp.TotalLineCount() <= m.vp.Height() {
		m.reachedEnd[m.step] = true
	}
}

func (m *lessonModel) scrollToFocus() {
	rows, ok := m.tour.focusRows()
	if !ok {
		return
	}
	offset := m.pageLines() + 2 // the page and the blank lines before the drawing
	top, bottom := rows[0]+offset, rows[1]+offset
	y := m.vp.YOffset()
	h := m.vp.Height()
	if top < y || bottom >= y+h {
		m.vp.SetYOffset(max(0, top-max((h-(bottom-top+1))/2, 0)))
	}
}

// narrationHeight is the height of the tour's narration at this width:
// all of it, leaving the drawing (or the page beside it) a few lines.
func (m *lessonModel) narrationHeight(width int) int {
	return max(min(len(m.tour.narrationLines(width)), m.bodyHeight-3), 1)
}

func (m *lessonModel) pageLines() int {
	page, ok := m.pages[m.pageKey()]
	if !ok {
		return 0
	}
	return strings.Count(page, "\n") + 1
}

// capturing reports whether a component wants every key (e.g. typing a
// numeric answer), so q and ? are not taken as commands.
func (m *lessonModel) capturing() bool {
	if m.quiz != nil && m.quiz.Capturing() {
		return true
	}
	return false
}

// update handles a message; leave is true when the learner goes back home.
func (m *lessonModel) update(msg tea.Msg) (cmd tea.Cmd, leave bool) {
	switch msg := msg.(type) {
	case renderedMsg:
		if msg.err != nil {
			msg.out = m.c.Styles.Error.Render("Could not render this page: " + msg.err.Error())
		}
		m.pages[msg.key] = msg.out
		if msg.key == m.pageKey() {
			return m.layoutBody(), false
		}
		return nil, false
	}
	if m.quiz != nil {
		if _, ok := msg.(QuizCloseMsg); ok {
			m.quiz = nil
			return m.layoutBody(), false
		}
		if km, ok := msg.(tea.KeyPressMsg); ok && key.Matches(km, m.c.Keys.Back) && !m.quiz.Capturing() {
			m.quiz = nil
			return m.layoutBody(), false
		}
		var cmd tea.Cmd
		m.quiz, cmd = m.quiz.Update(msg)
		cmds := []tea.Cmd{cmd}
		outs := m.quiz.Outcomes()
		for ; m.quizRecorded < len(outs); m.quizRecorded++ {
			cmds = append(cmds, m.recordQuiz(outs[m.quizRecorded]))
		}
		return tea.Batch(cmds...), false
	}
	if m.challenge != nil {
		if cmd, handled := m.challenge.update(msg); handled {
			return cmd, false
		}
	}
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		var cmd tea.Cmd
		m.vp, cmd = m.vp.Update(msg)
		m.noteEnd()
		return cmd, false
	}
	keys := m.c.Keys
	if m.glossary != nil {
		if key.Matches(km, keys.Back) || key.Matches(km, keys.Glossary) {
			m.glossary = nil
			return nil, false
		}
		m.glossary.update(km)
		return nil, false
	}
	kind := m.current().Kind
	switch {
	case key.Matches(km, keys.Back):
		return nil, true
	case key.Matches(km, keys.Next):
		return m.next(), false
	case key.Matches(km, keys.Prev):
		if m.step > 0 {
			return m.goTo(m.step - 1), false
		}
		return nil, false
	case key.Matches(km, keys.Glossary):
		if len(m.l.Glossary) > 0 {
			m.glossary = newGlossaryModel(m.c, m.l.Glossary)
			m.glossary.setSize(m.contentWidth, m.bodyHeight)
		}
		return nil, false
	case kind == lessons.KindDiagram && m.tour != nil && m.tour.handles(km):
		m.tour.update(km)
		return m.layoutBody(), false
	case kind == lessons.KindQuiz && key.Matches(km, keys.Open) && m.l.Quiz != nil:
		return m.startQuiz(), false
	case key.Matches(km, keys.Top):
		m.vp.GotoTop()
	case key.Matches(km, keys.Bottom):
		m.vp.GotoBottom()
	default:
		var cmd tea.Cmd
		m.vp, cmd = m.vp.Update(km)
		m.noteEnd()
		return cmd, false
	}
	m.noteEnd()
	return nil, false
}

func (m *lessonModel) view() string {
	s := m.c.Styles
	header := s.Title.Render(m.l.Title) + s.Muted.Render(fmt.Sprintf(" · Step %d/%d: ", m.step+1, len(m.l.Steps))) + s.Accent.Render(m.current().Title)
	header = ansi.Truncate(header, m.width, "…")

	var body string
	switch {
	case m.glossary != nil:
		body = m.glossary.view()
	case m.quiz != nil:
		body = m.quiz.View()
	case m.challenge != nil:
		body = m.challenge.view()
	case m.split.on:
		left, right := m.split.left, m.split.right
		drawing := strings.Join(fitLines(m.tour.view(), left, m.bodyHeight), "\n")
		side := m.tour.narration(right, m.narrationHeight(right)) + "\n" + s.Muted.Render(strings.Repeat("─", right)) + "\n" + m.vp.View()
		side = strings.Join(fitLines(side, right, m.bodyHeight), "\n")
		sep := strings.TrimSuffix(strings.Repeat(" \n", m.bodyHeight), "\n")
		body = lipgloss.JoinHorizontal(lipgloss.Top, lipgloss.NewStyle().Width(left).Render(drawing), sep, side)
	default:
		body = m.vp.View()
		if m.current().Kind == lessons.KindDiagram && m.tour != nil {
			body += "\n" + m.tour.narration(m.contentWidth, m.narrationHeight(m.contentWidth))
		}
	}
	body = strings.Join(fitLines(body, m.contentWidth, m.bodyHeight), "\n")
	if sw := m.sidebarWidth(); sw > 0 {
		side := strings.Join(fitLines(m.sidebar(sw), sw, m.bodyHeight), "\n")
		sep := strings.TrimSuffix(strings.Repeat(s.Muted.Render("│")+"\n", m.bodyHeight), "\n")
		body = lipgloss.JoinHorizontal(lipgloss.Top, lipgloss.NewStyle().Width(sw).Render(side), sep, body)
	}
	return header + "\n" + body + "\n" + m.progressBar()
}

func (m *lessonModel) sidebar(width int) string {
	s := m.c.Styles
	lp := m.state.Lessons[m.l.ID]
	var b strings.Builder
	for i, step := range m.l.Steps {
		mark, style := "  ", s.StepTodo
		if lp.Done(step.ID) {
			mark, style = "✓ ", s.StepDone
		}
		if i == m.step {
			mark, style = "▸ ", s.StepCurrent
			if lp.Done(step.ID) {
				mark = "▸✓"
			}
		}
		line := fmt.Sprintf("%s%d %s", mark, i+1, step.Title)
		if width < sidebarFullWidth {
			line = fmt.Sprintf("%s%d", strings.TrimSpace(mark), i+1)
			if mark == "  " {
				line = fmt.Sprintf(" %d", i+1)
			}
		}
		b.WriteString(style.Render(ansi.Truncate(line, width-1, "…")) + "\n")
	}
	return b.String()
}

func (m *lessonModel) progressBar() string {
	s := m.c.Styles
	ids := m.l.StepIDs()
	done, state := m.state.Lessons[m.l.ID].Summary(ids)
	label := fmt.Sprintf(" %d/%d done · %s", done, len(ids), state)
	barW := max(min(m.width-ansi.StringWidth(label), 40), 4)
	full := barW * done / max(len(ids), 1)
	return s.BarFull.Render(strings.Repeat("█", full)) + s.BarEmpty.Render(strings.Repeat("░", barW-full)) + s.Muted.Render(label)
}

func (m *lessonModel) shortHelp() []key.Binding {
	k := m.c.Keys
	switch {
	case m.glossary != nil:
		return []key.Binding{k.Up, k.Down, k.Back, k.Quit}
	case m.quiz != nil:
		return append(m.quiz.ShortHelp(), k.Back)
	case m.challenge != nil:
		return append(m.challenge.shortHelp(), k.Next, k.Prev, k.Help, k.Quit)
	}
	switch m.current().Kind {
	case lessons.KindDiagram:
		return []key.Binding{k.TourNext, k.TourMode, k.TourRestart, k.Next, k.Prev, k.Help, k.Quit}
	case lessons.KindQuiz:
		return []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start quiz")), k.Next, k.Prev, k.Help, k.Quit}
	}
	return []key.Binding{k.Next, k.Prev, k.Down, k.Glossary, k.Back, k.Help, k.Quit}
}

func (m *lessonModel) fullHelp() [][]key.Binding {
	k := m.c.Keys
	groups := [][]key.Binding{
		{k.Next, k.Prev, k.Back, k.Quit},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Glossary, k.Help},
	}
	switch {
	case m.quiz != nil:
		// The quiz takes every key but these while it is open.
		return append(m.quiz.FullHelp(), []key.Binding{k.Back, k.Quit})
	case m.challenge != nil:
		groups = append([][]key.Binding{m.challenge.shortHelp()}, groups...)
	case m.current().Kind == lessons.KindDiagram:
		groups = append([][]key.Binding{{k.TourNext, k.TourBack, k.TourRestart, k.TourMode}}, groups...)
	}
	return groups
}
