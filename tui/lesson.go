package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
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

// lessonModel walks the learner through one lesson: the header, the step
// list, the progress bar, moving between steps and the glossary overlay.
// What a step shows and does is its Step component's (one per step, made
// by newStep when the lesson opens and kept while it is open).
type lessonModel struct {
	c     *Common
	l     *lessons.Lesson
	state *progress.State
	opts  Options
	save  saveFunc
	// alone shows one step on its own (lectern quiz): no step list, no
	// moving to other steps, and closing the step closes the lesson.
	alone bool
	steps []Step
	step  int

	width, height int
	bodyHeight    int
	contentWidth  int

	glossary *glossaryModel
	// notice is a one-off message shown until the learner changes step.
	notice string
}

func newLessonModel(c *Common, l *lessons.Lesson, st *progress.State, opts Options, save saveFunc, focus *Focus) *lessonModel {
	m := &lessonModel{c: c, l: l, state: st, opts: opts, save: save, alone: focus != nil}
	for i := range l.Steps {
		env := &StepEnv{Common: c, Lesson: l, Index: i, Lessons: opts.Lessons, State: st, Save: save,
			Now: opts.Now, Seed: opts.Seed, Challenges: opts.Challenges}
		if focus != nil {
			env.Alone, env.Retry = true, focus.Retry
		}
		m.steps = append(m.steps, newStep(env))
	}
	return m
}

func (m *lessonModel) current() lessons.Step { return m.l.Steps[m.step] }

// sidebarWidth is the width of the step list (0: not shown).
func (m *lessonModel) sidebarWidth() int {
	switch {
	case m.alone:
		return 0
	case m.width >= sidebarFullFrom:
		return sidebarFullWidth
	case m.width >= sidebarCompactFrom:
		return sidebarCompactW
	}
	return 0
}

// setSize lays the lesson out: header (1), body, progress bar (1).
func (m *lessonModel) setSize(w, h int) tea.Cmd {
	m.setFrame(w, h)
	if m.glossary != nil {
		m.glossary.setSize(m.contentWidth, m.bodyHeight)
	}
	return m.steps[m.step].SetSize(m.contentWidth, m.bodyHeight)
}

// setFrame sets the lesson's size without telling the step (setSize
// does): the lesson knows its size before its first step opens, so that
// step is rendered once, at the width it is shown at.
func (m *lessonModel) setFrame(w, h int) {
	m.width, m.height = w, h
	m.bodyHeight = max(h-2, 1)
	if m.alone {
		m.bodyHeight = max(h-1, 1) // no progress bar
	}
	m.contentWidth = m.width
	if sw := m.sidebarWidth(); sw > 0 {
		m.contentWidth = m.width - sw - 1
	}
}

func (m *lessonModel) restyle() tea.Cmd { return m.setSize(m.width, m.height) }

// goTo opens step i and records it as the place to resume.
func (m *lessonModel) goTo(i int) tea.Cmd {
	m.step = max(0, min(i, len(m.l.Steps)-1))
	m.glossary = nil
	m.notice = ""
	// The step learns it is shown first: a step that is not shown renders
	// nothing.
	cmds := []tea.Cmd{m.show(m.steps[m.step]), m.setSize(m.width, m.height), m.steps[m.step].Init()}
	if !m.alone {
		id, lessonID := m.current().ID, m.l.ID
		cmds = append(cmds, m.save(func(st *progress.State) { st.Lesson(lessonID).CurrentStep = id }))
	}
	return tea.Batch(cmds...)
}

// show tells every step which one is on screen (nil: none, the lesson is
// closing).
func (m *lessonModel) show(on Step) tea.Cmd {
	var cmds []tea.Cmd
	for _, s := range m.steps {
		if _, cmd := s.Update(shownMsg{step: on}); cmd != nil {
			cmds = append(cmds, cmd)
		}
	}
	return tea.Batch(cmds...)
}

// next moves on, marking the step done when the learner has finished it.
func (m *lessonModel) next() tea.Cmd {
	var cmds []tea.Cmd
	if m.steps[m.step].Complete() {
		id, lessonID, now := m.current().ID, m.l.ID, m.opts.Now()
		cmds = append(cmds, m.save(func(st *progress.State) { st.Lesson(lessonID).MarkDone(id, now) }))
	}
	if m.step < len(m.l.Steps)-1 {
		cmds = append(cmds, m.goTo(m.step+1))
	}
	return tea.Batch(cmds...)
}

// capture is how many keys the step on screen takes first.
func (m *lessonModel) capture() Capture {
	if m.glossary != nil {
		return CaptureNone
	}
	return m.steps[m.step].Capturing()
}

// update handles a message: keys go to the overlay or the step on screen,
// then to the lesson; everything else reaches every step.
func (m *lessonModel) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return m.key(msg)
	case closeMsg:
		if msg.from == m.steps[m.step] {
			if m.alone {
				return closeCmd(m)
			}
			return nil
		}
	}
	var cmds []tea.Cmd
	for _, s := range m.steps {
		if _, cmd := s.Update(msg); cmd != nil {
			cmds = append(cmds, cmd)
		}
	}
	return tea.Batch(cmds...)
}

func (m *lessonModel) key(km tea.KeyPressMsg) tea.Cmd {
	keys := m.c.Keys
	if m.glossary != nil {
		if key.Matches(km, keys.Back) || key.Matches(km, keys.Glossary) {
			m.glossary = nil
			return nil
		}
		m.glossary.update(km)
		return nil
	}
	cur := m.steps[m.step]
	if handled, cmd := cur.Update(km); handled || cur.Capturing() != CaptureNone {
		return cmd
	}
	switch {
	case key.Matches(km, keys.Back):
		return closeCmd(m)
	case m.alone:
	case key.Matches(km, keys.Next):
		return m.next()
	case key.Matches(km, keys.Prev):
		if m.step > 0 {
			return m.goTo(m.step - 1)
		}
	case key.Matches(km, keys.Glossary):
		if len(m.l.Glossary) > 0 {
			m.glossary = newGlossaryModel(m.c, m.l.Glossary)
			m.glossary.setSize(m.contentWidth, m.bodyHeight)
		}
	}
	return nil
}

func (m *lessonModel) view() string {
	s := m.c.Styles
	header := s.Title.Render(m.l.Title) + s.Muted.Render(fmt.Sprintf(" · Step %d/%d: ", m.step+1, len(m.l.Steps))) + s.Accent.Render(m.current().Title)
	if m.alone {
		header = s.Title.Render(m.l.Title) + s.Muted.Render(" · ") + s.Accent.Render(m.current().Title)
	}
	header = ansi.Truncate(header, m.width, "…")

	body := m.steps[m.step].View()
	if m.glossary != nil {
		body = m.glossary.view()
	}
	body = strings.Join(fitLines(body, m.contentWidth, m.bodyHeight), "\n")
	if sw := m.sidebarWidth(); sw > 0 {
		side := strings.Join(fitLines(m.sidebar(sw), sw, m.bodyHeight), "\n")
		sep := strings.TrimSuffix(strings.Repeat(s.Muted.Render("│")+"\n", m.bodyHeight), "\n")
		body = lipgloss.JoinHorizontal(lipgloss.Top, lipgloss.NewStyle().Width(sw).Render(side), sep, body)
	}
	if m.alone {
		return header + "\n" + body
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

// shortHelp is the step's keys, then the lesson's (unless the step takes
// them all).
func (m *lessonModel) shortHelp() []key.Binding {
	k := m.c.Keys
	switch {
	case m.glossary != nil:
		return []key.Binding{k.Up, k.Down, k.Back, k.Quit}
	case m.capture() != CaptureNone:
		return m.steps[m.step].ShortHelp()
	case m.alone:
		return append(m.steps[m.step].ShortHelp(), k.Back, k.Help, k.Quit)
	}
	return append(m.steps[m.step].ShortHelp(), k.Next, k.Prev, k.Glossary, k.Back, k.Help, k.Quit)
}

func (m *lessonModel) fullHelp() [][]key.Binding {
	k := m.c.Keys
	own := m.steps[m.step].FullHelp()
	switch {
	case m.glossary != nil:
		return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Back, k.Quit}}
	case m.capture() != CaptureNone:
		return append(own, []key.Binding{k.Quit})
	case m.alone:
		return append(own, []key.Binding{k.Back, k.Help, k.Quit})
	}
	return append(own, []key.Binding{k.Next, k.Prev, k.Back, k.Quit}, []key.Binding{k.Glossary, k.Help})
}
