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

// The step list beside the page: with titles on wide terminals (as wide
// as the longest title needs, within bounds), as marks and numbers only
// (✓3, ▸4) on middling ones, so pages and code keep ~74 columns at 80;
// hidden below 60 columns (the header names the step).
const (
	sidebarFullFrom    = 100
	sidebarFullMin     = 20
	sidebarFullMax     = 32
	sidebarCompactFrom = 60
	sidebarCompactW    = 4
)

// lessonModel walks the learner through one lesson: the header, the step
// list, the progress bar, moving between steps, the glossary overlay and,
// after the last step, the lesson's summary. What a step shows and does is
// its Step component's (one per step, made by newStep when the lesson
// opens and kept while it is open).
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
	// summary is the screen after the last step (nil: not shown).
	summary *summaryModel
	// notice is a one-off message shown until the learner changes step.
	notice string
	// places are where each step was left, as last saved (so a place is
	// saved only when it changed).
	places map[string]progress.Place
}

// placer is a step that has a place inside it worth keeping — a scroll
// position, a tour stop — when the learner leaves it and across runs.
type placer interface {
	Place() progress.Place
	SetPlace(progress.Place)
}

// cursorer is a step that places the terminal's cursor (an editor), in
// its own area's coordinates.
type cursorer interface {
	Cursor() *tea.Cursor
}

// todoer is a step that can say what is left before it counts as done;
// the lesson shows it beside the progress bar while it is not.
type todoer interface {
	Todo() string
}

func newLessonModel(c *Common, l *lessons.Lesson, st *progress.State, opts Options, save saveFunc, focus *Focus) *lessonModel {
	m := &lessonModel{c: c, l: l, state: st, opts: opts, save: save, alone: focus != nil, places: map[string]progress.Place{}}
	lp := st.Lessons[l.ID]
	for i := range l.Steps {
		env := &StepEnv{Common: c, Lesson: l, Index: i, Lessons: opts.Lessons, State: st, Save: save,
			Now: opts.Now, Seed: opts.Seed, Challenges: opts.Challenges, Labs: opts.Labs}
		if focus != nil {
			env.Alone, env.Retry = true, focus.Retry
		}
		s := newStep(env)
		if p, ok := s.(placer); ok && focus == nil {
			place := lp.PlaceOf(l.Steps[i].ID)
			p.SetPlace(place)
			m.places[l.Steps[i].ID] = place
		}
		m.steps = append(m.steps, s)
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
		longest := 0
		for i, s := range m.l.Steps {
			longest = max(longest, ansi.StringWidth(fmt.Sprintf("▸✓%d %s", i+1, s.Title)))
		}
		return max(sidebarFullMin, min(longest+1, sidebarFullMax))
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
	if m.summary != nil {
		m.summary.setSize(m.contentWidth, m.bodyHeight)
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
	left := m.savePlace()
	m.step = max(0, min(i, len(m.l.Steps)-1))
	m.glossary = nil
	m.summary = nil
	m.notice = ""
	// The step learns it is shown first: a step that is not shown renders
	// nothing.
	cmds := []tea.Cmd{left, m.show(m.steps[m.step]), m.setSize(m.width, m.height), m.steps[m.step].Init()}
	if !m.alone {
		id, lessonID := m.current().ID, m.l.ID
		cmds = append(cmds, m.save(func(st *progress.State) { st.Lesson(lessonID).CurrentStep = id }))
	}
	return tea.Batch(cmds...)
}

// savePlace records where the learner is in the step on screen, if that
// changed since it was last saved.
func (m *lessonModel) savePlace() tea.Cmd {
	p, ok := m.steps[m.step].(placer)
	if !ok || m.alone {
		return nil
	}
	id, lessonID, place := m.current().ID, m.l.ID, p.Place()
	if m.places[id] == place {
		return nil
	}
	m.places[id] = place
	return m.save(func(st *progress.State) { st.Lesson(lessonID).SetPlace(id, place) })
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

// close is the lesson closing: the place in the step is kept, and every
// step hears that none is shown.
func (m *lessonModel) close() tea.Cmd { return tea.Batch(m.savePlace(), m.show(nil)) }

// guard is a step holding work that leaving it would lose: it says what.
type guard interface {
	Unsaved() string
}

// unsaved is what quitting would lose in this lesson ("" if nothing).
func (m *lessonModel) unsaved() string {
	for _, s := range m.steps {
		if g, ok := s.(guard); ok {
			if what := g.Unsaved(); what != "" {
				return what
			}
		}
	}
	return ""
}

// last reports whether the step on screen is the lesson's last.
func (m *lessonModel) last() bool { return m.step == len(m.l.Steps)-1 }

// next moves on, marking the step done when the learner has finished it;
// after the last step comes the lesson's summary.
func (m *lessonModel) next() tea.Cmd {
	var cmds []tea.Cmd
	if m.steps[m.step].Complete() {
		id, lessonID, now := m.current().ID, m.l.ID, m.opts.Now()
		cmds = append(cmds, m.save(func(st *progress.State) { st.Lesson(lessonID).MarkDone(id, now) }))
	}
	if m.last() {
		cmds = append(cmds, m.savePlace())
		m.summary = newSummaryModel(m.c, m.l, m.state, m.steps, m.opts.Lessons, m.opts.Challenges)
		m.summary.setSize(m.contentWidth, m.bodyHeight)
		return tea.Batch(cmds...)
	}
	cmds = append(cmds, m.goTo(m.step+1))
	return tea.Batch(cmds...)
}

// capture is how many keys the step on screen takes first.
func (m *lessonModel) capture() Capture {
	if m.glossary != nil || m.summary != nil {
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
	if m.summary != nil {
		switch {
		case key.Matches(km, keys.Back, keys.Open):
			return closeCmd(m)
		case key.Matches(km, keys.Prev):
			m.summary = nil
		default:
			m.summary.update(km)
		}
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
	switch {
	case m.alone:
		header = s.Title.Render(m.l.Title) + s.Muted.Render(" · ") + s.Accent.Render(m.current().Title)
	case m.summary != nil:
		header = s.Title.Render(m.l.Title) + s.Muted.Render(" · ") + s.Accent.Render("Summary")
	}
	header = ansi.Truncate(header, m.width, "…")

	var body string
	switch {
	case m.glossary != nil:
		body = m.glossary.view()
	case m.summary != nil:
		body = m.summary.view()
	default:
		body = m.steps[m.step].View()
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

// cursor is where the step on screen wants the terminal's cursor, in the
// lesson's coordinates (nil: hidden).
func (m *lessonModel) cursor() *tea.Cursor {
	c, ok := m.steps[m.step].(cursorer)
	if !ok || m.glossary != nil || m.summary != nil {
		return nil
	}
	cur := c.Cursor()
	if cur == nil {
		return nil
	}
	cur.Y++ // the header
	if sw := m.sidebarWidth(); sw > 0 {
		cur.X += sw + 1
	}
	if cur.X < 0 || cur.X >= m.width || cur.Y < 1 || cur.Y > m.bodyHeight {
		return nil
	}
	return cur
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
		if i == m.step && m.summary == nil {
			mark, style = "▸ ", s.StepCurrent
			if lp.Done(step.ID) {
				mark = "▸✓"
			}
		}
		line := fmt.Sprintf("%s%d %s", mark, i+1, step.Title)
		if width < sidebarFullMin {
			line = fmt.Sprintf("%s%d", strings.TrimSpace(mark), i+1)
			if mark == "  " {
				line = fmt.Sprintf(" %d", i+1)
			}
		}
		b.WriteString(style.Render(ansi.Truncate(line, width-1, "…")) + "\n")
	}
	return b.String()
}

// progressBar is the bar, the count of steps done and, while the step on
// screen is not done, what it takes ("read to the end to mark it done").
func (m *lessonModel) progressBar() string {
	s := m.c.Styles
	ids := m.l.StepIDs()
	lp := m.state.Lessons[m.l.ID]
	done, state := lp.Summary(ids)
	label := fmt.Sprintf(" %d/%d done · %s", done, len(ids), state)
	todo := ""
	if t, ok := m.steps[m.step].(todoer); ok && m.summary == nil && m.glossary == nil && !lp.Done(m.current().ID) {
		todo = t.Todo()
		if m.steps[m.step].Complete() {
			// Moving on records it: say so, or it looks as if nothing
			// happened at the end of the step.
			todo = "✓ counted as done when you move on"
		}
	}
	if todo != "" {
		label = fmt.Sprintf(" %d/%d done · %s", done, len(ids), todo)
		if ansi.StringWidth(label)+4 > m.width {
			label = fmt.Sprintf(" %d/%d · %s", done, len(ids), todo)
		}
	}
	barW := min(m.width-ansi.StringWidth(label), 40)
	if barW < 4 {
		barW = 0 // the words matter more than the bar
	}
	full := barW * done / max(len(ids), 1)
	styled := s.Muted.Render(label)
	if todo != "" {
		styled = s.Muted.Render(strings.TrimSuffix(label, todo)) + s.Accent.Render(todo)
	}
	return ansi.Truncate(s.BarFull.Render(strings.Repeat("█", full))+s.BarEmpty.Render(strings.Repeat("░", barW-full))+styled, m.width, "…")
}

// lessonKeys are the lesson's own keys as the footer names them now: →
// says "finish" on the last step, esc says where it goes.
func (m *lessonModel) lessonKeys() (next, back key.Binding) {
	k := m.c.Keys
	next = k.Next
	if m.last() {
		next = key.NewBinding(key.WithKeys(k.Next.Keys()...), key.WithHelp(k.Next.Help().Key, "finish"))
	}
	desc := "home"
	if m.alone {
		desc = "quit"
	}
	back = key.NewBinding(key.WithKeys(k.Back.Keys()...), key.WithHelp(k.Back.Help().Key, desc))
	return next, back
}

// shortHelp is the step's keys, then the lesson's (unless the step takes
// them all), each with a priority: when the line is too narrow for all of
// them the least important go first, and what to press next — → once the
// step is done, the step's own first keys — stays.
func (m *lessonModel) shortHelp() []helpItem {
	k := m.c.Keys
	next, back := m.lessonKeys()
	switch {
	case m.glossary != nil:
		return m.glossary.help()
	case m.summary != nil:
		home := key.NewBinding(key.WithKeys(append(k.Back.Keys(), k.Open.Keys()...)...), key.WithHelp("enter/esc", "home"))
		prev := key.NewBinding(key.WithKeys(k.Prev.Keys()...), key.WithHelp(k.Prev.Help().Key, "last step"))
		return []helpItem{{home, 90}, {prev, 60}, {k.Down, 40}, {k.Help, 100}, {k.Quit, 100}}
	}
	out := stepHelp(m.steps[m.step].ShortHelp())
	switch {
	case m.capture() == CaptureText:
		return out
	case m.capture() == CaptureStep:
		return append(out, helpItem{k.Help, 100}, helpItem{k.Quit, 100})
	case m.alone:
		return append(out, helpItem{back, 80}, helpItem{k.Help, 100}, helpItem{k.Quit, 100})
	}
	nextPrio := 72
	if m.steps[m.step].Complete() || m.state.Lessons[m.l.ID].Done(m.current().ID) {
		nextPrio = 95
	}
	out = append(out, helpItem{next, nextPrio}, helpItem{k.Prev, 20})
	if len(m.l.Glossary) > 0 {
		out = append(out, helpItem{k.Glossary, 60})
	}
	return append(out, helpItem{back, 25}, helpItem{k.Help, 100}, helpItem{k.Quit, 100})
}

// stepHelp gives a step's keys their priorities: its first two keys come
// before the glossary, the rest after.
func stepHelp(bs []key.Binding) []helpItem {
	out := make([]helpItem, len(bs))
	for i, b := range bs {
		prio := 75 - 5*i
		if i >= 2 {
			prio = max(50-5*(i-2), 30)
		}
		out[i] = helpItem{b, prio}
	}
	return out
}

func (m *lessonModel) fullHelp() [][]key.Binding {
	k := m.c.Keys
	next, back := m.lessonKeys()
	switch {
	case m.glossary != nil:
		return [][]key.Binding{m.glossary.keys(), {k.Quit}}
	case m.summary != nil:
		return [][]key.Binding{helpBindings(m.shortHelp())}
	}
	own := m.steps[m.step].FullHelp()
	switch {
	case m.capture() != CaptureNone:
		return append(own, []key.Binding{k.Quit})
	case m.alone:
		return append(own, []key.Binding{back, k.Help, k.Quit})
	}
	lessonKeys := []key.Binding{next, k.Prev}
	if len(m.l.Glossary) > 0 {
		lessonKeys = append(lessonKeys, k.Glossary)
	}
	return append(own, append(lessonKeys, back), []key.Binding{k.Help, k.Quit})
}
