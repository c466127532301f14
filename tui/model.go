package tui

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/quiz"
	"github.com/lectern-dev/lectern/render"
)

// Options are what the TUI needs from the command line.
type Options struct {
	Lessons []*lessons.Lesson
	// Store saves progress; nil means progress is not saved (SaveProblem
	// then says why).
	Store       *progress.Store
	State       *progress.State
	SaveProblem string
	// Notice is shown once on the home screen (e.g. a damaged progress
	// file that was backed up).
	Notice string
	Colour bool
	Now    func() time.Time
	// Seed fixes quiz shuffles (0: from the clock).
	Seed uint64
	// Challenges connects the challenge steps to the grader; nil shows
	// their pages only.
	Challenges ChallengeService
	// Labs runs the lab steps' local platforms; nil shows their pages only.
	Labs LabService
	// Focus, when set, opens one step on its own instead of the home
	// screen (lectern quiz opens a quiz step so); leaving it ends the
	// program.
	Focus *Focus
	// Renderers renders Markdown (nil: render.Default).
	Renderers *render.Renderers
	// Width and Height, when known, are the terminal's size before the
	// first WindowSizeMsg: keys that come first (typed ahead, or piped)
	// are then handled rather than dropped as if the window were too small.
	Width, Height int
}

// Focus names the step to open on its own.
type Focus struct {
	Lesson, Step string
	// Retry starts a quiz step with a retry of the questions missed last
	// time.
	Retry bool
}

type page int

const (
	pageHome page = iota
	pageLesson
)

// Model is the root of the interface.
type Model struct {
	c      *Common
	opts   Options
	page   page
	home   homeModel
	lesson *lessonModel
	state  *progress.State
	// saveProblem, once set, stays visible: the learner must know their
	// progress is not being kept.
	saveProblem string
	showHelp    bool
	ready       bool
	// Progress writes go out one batch at a time, in order: pending holds
	// changes not yet handed to a write, saving is true while one runs.
	// Quitting waits for both to drain, so no step is lost on exit.
	pending  []func(*progress.State)
	saving   bool
	quitting bool
	// reading is true while a lesson is read to be opened; typeahead
	// holds the keys pressed meanwhile.
	reading   bool
	typeahead []tea.Msg
	// confirm, when set, is a question the footer asks (y or n).
	confirm *confirmation
	// opened keeps the lessons opened in this run, so going home and back
	// finds each as it was left (a quiz half-way, say).
	opened map[string]*lessonModel
}

// New builds the root model.
func New(opts Options) *Model {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.State == nil {
		opts.State = &progress.State{Version: progress.FormatVersion}
	}
	c := &Common{Keys: DefaultKeyMap(), Colour: opts.Colour, Dark: true, Render: opts.Renderers}
	c.Styles = NewStyles(c.Colour, c.Dark)
	m := &Model{c: c, opts: opts, state: opts.State, saveProblem: opts.SaveProblem}
	m.home = newHomeModel(c, opts.Lessons, opts.Notice)
	if opts.Width > 0 && opts.Height > 0 {
		c.Width, c.Height, m.ready = opts.Width, opts.Height, true
	}
	return m
}

// Init asks the terminal for its background so colours suit it, and opens
// the focused step, if any.
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{m.resize()}
	if m.c.Colour {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	if f := m.opts.Focus; f != nil {
		for _, l := range m.opts.Lessons {
			if l.ID == f.Lesson && l.StepIndex(f.Step) >= 0 {
				cmds = append(cmds, m.readLesson(l, l.StepIndex(f.Step)))
			}
		}
	}
	return tea.Batch(cmds...)
}

// lessonReadMsg brings a lesson read in full, to be opened (at step focus
// on its own, or, with focus -1, where the learner left it).
type lessonReadMsg struct {
	id    string
	l     *lessons.Lesson
	err   error
	focus int
}

// readLesson opens lesson l: at once when it is in memory, else once its
// files (see lessons.Index) have been read off the UI loop. Keys pressed
// meanwhile wait, and go to the lesson once it is open.
func (m *Model) readLesson(l *lessons.Lesson, focus int) tea.Cmd {
	if full, ok := l.Loaded(); ok {
		return m.openRead(lessonReadMsg{id: l.ID, l: full, focus: focus})
	}
	m.reading = true
	return func() tea.Msg {
		full, err := l.Full()
		return lessonReadMsg{id: l.ID, l: full, err: err, focus: focus}
	}
}

// openRead opens the lesson a read brought, then hands it the keys that
// came meanwhile.
func (m *Model) openRead(msg lessonReadMsg) tea.Cmd {
	m.reading = false
	typed := m.typeahead
	m.typeahead = nil
	var cmds []tea.Cmd
	switch {
	case msg.err != nil || msg.l == nil:
		// Only a pack changed since it was indexed gets here: say what is
		// wrong and where, and stay home.
		m.home.notice = fmt.Sprintf("lesson %s cannot be opened: %v", msg.id, msg.err)
		if msg.focus >= 0 {
			return tea.Sequence(tea.Println(m.home.notice), m.quit())
		}
	case msg.focus >= 0:
		cmds = append(cmds, m.openFocus(msg.l, msg.focus))
	case m.page == pageHome:
		cmds = append(cmds, m.openLesson(msg.l))
	}
	for _, k := range typed {
		_, cmd := m.Update(k)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// savedMsg reports the outcome of a progress write.
type savedMsg struct {
	err    error
	notice *progress.Notice
}

// save applies change to the in-memory state now (so the screen is right
// at once) and queues it for the file, where it is applied under the
// file's lock to whatever another lectern wrote meanwhile.
func (m *Model) save(change func(*progress.State)) tea.Cmd {
	change(m.state)
	if m.opts.Store == nil {
		return nil
	}
	m.pending = append(m.pending, change)
	return m.flush()
}

// flush starts writing the pending changes unless a write is running (its
// savedMsg calls flush again).
func (m *Model) flush() tea.Cmd {
	if m.saving || len(m.pending) == 0 {
		return nil
	}
	batch, store := m.pending, m.opts.Store
	m.pending, m.saving = nil, true
	return func() tea.Msg {
		_, notice, err := store.Update(func(st *progress.State) error {
			for _, change := range batch {
				change(st)
			}
			return nil
		})
		return savedMsg{err: err, notice: notice}
	}
}

// quit leaves once every change is on disk.
func (m *Model) quit() tea.Cmd {
	m.confirm = nil
	var place tea.Cmd
	if m.lesson != nil {
		place = m.lesson.savePlace() // where the learner was, for next time
	}
	m.quitting = true
	if m.saving || len(m.pending) > 0 {
		return tea.Batch(place, m.flush())
	}
	return tea.Quit
}

// confirmation is a question the footer asks before the app does
// something that would lose the learner's work (quitting in the middle of
// a quiz, with unsaved edits).
type confirmation struct {
	question string
	yes      func() tea.Cmd
}

// unsaved says what quitting now would lose ("" if nothing): an
// unfinished quiz, unsaved edits — in the lesson on screen or one left
// for the home screen.
func (m *Model) unsaved() string {
	for _, l := range m.opened {
		if what := l.unsaved(); what != "" {
			return what
		}
	}
	if m.lesson != nil {
		return m.lesson.unsaved()
	}
	return ""
}

// quitOrAsk quits, first asking when that would lose work.
func (m *Model) quitOrAsk() tea.Cmd {
	if what := m.unsaved(); what != "" {
		m.confirm = &confirmation{question: "Quit? " + what + " y quits · n stays", yes: m.quit}
		return m.resize()
	}
	return m.quit()
}

// Update handles a message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.Width, m.c.Height = msg.Width, msg.Height
		m.ready = true
		return m, m.resize()
	case tea.BackgroundColorMsg:
		m.c.Dark = msg.IsDark()
		m.c.Styles = NewStyles(m.c.Colour, m.c.Dark)
		if m.lesson != nil {
			return m, m.lesson.restyle()
		}
		return m, nil
	case closeMsg:
		if m.lesson != nil && msg.from == m.lesson {
			if m.lesson.alone {
				// Closing the step alone ends the program: ask first if
				// that would lose a quiz half-way.
				l := m.lesson
				leave := func() tea.Cmd { return tea.Batch(l.close(), m.quit()) }
				if what := m.unsaved(); what != "" {
					m.confirm = &confirmation{question: "Quit? " + what + " y quits · n stays", yes: leave}
					return m, m.resize()
				}
				return m, leave()
			}
			closed := m.lesson.close()
			m.page = pageHome
			m.lesson = nil
			m.home.refresh()
			return m, tea.Batch(closed, m.resize())
		}
	case lessonReadMsg:
		return m, m.openRead(msg)
	case savedMsg:
		m.saving = false
		if msg.err != nil {
			m.saveProblem = saveProblemText(msg.err)
			m.pending = nil // the store is failing; don't retry forever
		}
		if msg.notice != nil {
			m.saveProblem = msg.notice.Msg
		}
		if cmd := m.flush(); cmd != nil {
			return m, cmd
		}
		if m.quitting {
			return m, tea.Quit
		}
		return m, nil
	case tea.KeyPressMsg:
		if m.reading && msg.String() != "ctrl+c" {
			m.typeahead = append(m.typeahead, msg)
			return m, nil
		}
		if m.quitting {
			if msg.String() == "ctrl+c" {
				return m, tea.Quit // a second ctrl+c doesn't wait for the save
			}
			return m, nil
		}
		if msg.String() == "ctrl+c" {
			if m.confirm != nil {
				return m, m.quit() // asked already: a second ctrl+c quits
			}
			return m, m.quitOrAsk()
		}
		if m.confirm != nil {
			c := m.confirm
			switch msg.String() {
			case "y", "Y":
				return m, c.yes()
			case "n", "N", "esc":
				m.confirm = nil
				return m, m.resize()
			}
			return m, nil
		}
		if m.tooSmall() {
			if key.Matches(msg, m.c.Keys.Quit) {
				return m, m.quitOrAsk()
			}
			return m, nil
		}
		capturing := m.page == pageLesson && m.lesson.capture() == CaptureText
		if !capturing {
			switch {
			case key.Matches(msg, m.c.Keys.Quit):
				return m, m.quitOrAsk()
			case key.Matches(msg, m.c.Keys.Help):
				m.showHelp = !m.showHelp
				return m, m.resize()
			}
		}
		if m.page == pageHome {
			if key.Matches(msg, m.c.Keys.Open) && len(m.opts.Lessons) > 0 {
				return m, m.readLesson(m.opts.Lessons[m.home.selected], -1)
			}
			m.home.update(msg)
			return m, nil
		}
	}
	if m.page == pageLesson && m.lesson != nil {
		return m, m.lesson.update(msg)
	}
	return m, nil
}

// saveProblemText says why a write failed, shortly: the folder and the
// reason, not the temporary file's name.
func saveProblemText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Sprintf("Progress won't be saved: %s: %v.", filepath.Dir(pe.Path), pe.Err)
	}
	return "Progress won't be saved: " + err.Error()
}

// saveFunc records a change to progress: in memory at once, on disk in
// order. Components get the root's save so that a change is queued in the
// same Update that makes it — quitting right after can't lose it.
type saveFunc func(change func(*progress.State)) tea.Cmd

func (m *Model) openLesson(l *lessons.Lesson) tea.Cmd {
	m.page = pageLesson
	lp := m.state.Lessons[l.ID]
	start := 0
	if lp != nil {
		if i := l.StepIndex(lp.CurrentStep); i >= 0 {
			start = i
		}
	}
	if m.opened == nil {
		m.opened = map[string]*lessonModel{}
	}
	if m.opened[l.ID] == nil {
		m.opened[l.ID] = newLessonModel(m.c, l, m.state, m.opts, m.save, nil)
	}
	m.lesson = m.opened[l.ID]
	m.frame()
	now := m.opts.Now()
	open := m.lesson.goTo(start)
	if lp != nil && lp.ContentVersion != 0 && lp.ContentVersion != l.Version {
		m.lesson.notice = "This lesson has been updated since your last visit; your progress was kept."
	}
	return tea.Batch(open, m.resize(), m.save(func(st *progress.State) {
		p := st.Lesson(l.ID)
		p.ContentVersion = l.Version
		p.LastOpened = now
	}))
}

// openFocus opens step i of l on its own.
func (m *Model) openFocus(l *lessons.Lesson, i int) tea.Cmd {
	m.page = pageLesson
	m.lesson = newLessonModel(m.c, l, m.state, m.opts, m.save, m.opts.Focus)
	m.lesson.step = i
	m.frame()
	return tea.Batch(m.lesson.goTo(i), m.resize())
}

// frame gives a lesson being opened its size before its first step opens.
func (m *Model) frame() {
	if !m.tooSmall() {
		m.lesson.setFrame(m.c.Width, m.c.Height-len(m.footerLines()))
	}
}

// QuizOutcome is the last quiz attempt finished in a focused quiz step,
// for lectern quiz to sum up once the program has ended.
func (m *Model) QuizOutcome() (quiz.Outcome, bool) {
	if m.lesson == nil || !m.lesson.alone {
		return quiz.Outcome{}, false
	}
	if qs, ok := m.lesson.steps[m.lesson.step].(*quizStep); ok {
		return qs.lastOutcome()
	}
	return quiz.Outcome{}, false
}

// SaveProblem says why progress could not be saved ("" when it was).
func (m *Model) SaveProblem() string { return m.saveProblem }

func (m *Model) tooSmall() bool {
	return m.c.Width < MinWidth || m.c.Height < MinHeight
}

// resize gives each page the space left after the status and help lines.
func (m *Model) resize() tea.Cmd {
	if m.tooSmall() {
		return nil
	}
	h := m.c.Height - len(m.footerLines())
	m.home.setSize(m.c.Width, h)
	if m.lesson != nil {
		return m.lesson.setSize(m.c.Width, h)
	}
	return nil
}

// View draws the screen.
func (m *Model) View() tea.View {
	v := tea.NewView(m.content())
	v.AltScreen = true
	v.WindowTitle = "Lectern"
	if m.ready && !m.tooSmall() && m.page == pageLesson && m.lesson != nil && !m.showHelp {
		// The editor's cursor is the terminal's own: it shows without
		// colour, and a screen reader follows it.
		v.Cursor = m.lesson.cursor()
	}
	return v
}

func (m *Model) content() string {
	if !m.ready {
		return ""
	}
	if m.tooSmall() {
		return tooSmallView(m.c.Width, m.c.Height)
	}
	var body string
	if m.page == pageLesson && m.lesson != nil {
		body = m.lesson.view()
	} else {
		body = m.home.view(m.state)
	}
	footer := m.footerLines()
	lines := fitLines(body, m.c.Width, m.c.Height-len(footer))
	return strings.Join(append(lines, footer...), "\n")
}

func (m *Model) footerLines() []string {
	var out []string
	if m.quitting {
		out = append(out, m.c.Styles.Muted.Render("Saving progress…"))
	}
	// Notices wrap rather than being cut: what happened comes first, so
	// a narrow window still shows it; ? shows each one in full.
	limit := maxNoticeLines
	if m.showHelp {
		limit = 0
	}
	if m.page == pageLesson && m.lesson != nil && m.lesson.notice != "" {
		out = append(out, noticeLines(m.c, m.c.Styles.Accent, "ℹ "+m.lesson.notice, m.c.Width, limit)...)
	}
	if m.saveProblem != "" {
		out = append(out, noticeLines(m.c, m.c.Styles.Warning, "⚠ "+m.saveProblem, m.c.Width, limit)...)
	}
	var items []helpItem
	var groups [][]key.Binding
	if m.page == pageLesson && m.lesson != nil {
		items, groups = m.lesson.shortHelp(), m.lesson.fullHelp()
	} else {
		choose := key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "choose"))
		items = []helpItem{{m.c.Keys.Open, 90}, {choose, 80}, {m.c.Keys.Help, 100}, {m.c.Keys.Quit, 100}}
		// ? on the home screen also says what is ahead: the keys every
		// lesson has (each step lists its own there).
		inLesson := func(b key.Binding, what string) key.Binding {
			return key.NewBinding(key.WithKeys(b.Keys()...), key.WithHelp(b.Help().Key, what))
		}
		k := m.c.Keys
		groups = [][]key.Binding{helpBindings(items), {inLesson(k.Next, "in a lesson: next step"), inLesson(k.Prev, "previous step"),
			inLesson(k.Down, "scroll"), inLesson(k.Glossary, "glossary"), inLesson(k.Back, "home"), inLesson(k.Help, "that step's keys")}}
	}
	if m.confirm != nil {
		return append(out, noticeLines(m.c, m.c.Styles.Warning, m.confirm.question, m.c.Width, 0)...)
	}
	if m.showHelp {
		out = append(out, fullHelpLines(m.c, groups)...)
	} else {
		out = append(out, shortHelpLine(m.c, items))
	}
	return out
}

// maxNoticeLines is how many lines a notice takes at most in the footer.
const maxNoticeLines = 3

// noticeLines wraps a notice to width, in at most limit lines (0: all);
// cut short, its last line says ? shows the rest.
func noticeLines(c *Common, style lipgloss.Style, text string, width, limit int) []string {
	lines := strings.Split(ansi.Wrap(text, max(width, 10), ""), "\n")
	if limit > 0 && len(lines) > limit {
		more := " … (? shows all)"
		lines = lines[:limit]
		lines[limit-1] = ansi.Truncate(lines[limit-1], max(width-ansi.StringWidth(more), 1), "") + more
	}
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return lines
}

// fitLines pads or cuts s to exactly h lines no wider than w.
func fitLines(s string, w, h int) []string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:max(h, 0)]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return lines
}

func tooSmallView(w, h int) string {
	msg := fmt.Sprintf("Terminal too small (%d×%d). Lectern needs at least %d×%d: please make the window larger. (q quits)", w, h, MinWidth, MinHeight)
	lines := strings.Split(ansi.Wordwrap(msg, max(w, 1), ""), "\n")
	return strings.Join(fitLines(strings.Join(lines, "\n"), max(w, 1), max(h, 1)), "\n")
}

// shortHelpLine fits the keys on one line, in their order; when they don't
// all fit, the least important are left out first (the last of equals
// first), so "? all keys" and "q quit" are always there and what to press
// next stays.
func shortHelpLine(c *Common, items []helpItem) string {
	var shown []helpItem
	for _, it := range items {
		if it.Enabled() {
			shown = append(shown, it)
		}
	}
	sep := c.Styles.HelpDesc.Render(" · ")
	for len(shown) > 0 {
		parts := make([]string, len(shown))
		for i, it := range shown {
			h := it.Help()
			parts[i] = c.Styles.HelpKey.Render(h.Key) + " " + c.Styles.HelpDesc.Render(h.Desc)
		}
		if line := strings.Join(parts, sep); ansi.StringWidth(line) <= c.Width {
			return line
		}
		drop := 0
		for i, it := range shown {
			if it.prio <= shown[drop].prio {
				drop = i
			}
		}
		shown = append(shown[:drop], shown[drop+1:]...)
	}
	return ""
}

// fullHelpLines lists every group, wrapping a group over as many lines as
// the width needs.
func fullHelpLines(c *Common, groups [][]key.Binding) []string {
	var out []string
	sep := c.Styles.HelpDesc.Render(" · ")
	for _, g := range groups {
		line := ""
		for _, b := range g {
			if !b.Enabled() {
				continue
			}
			h := b.Help()
			item := c.Styles.HelpKey.Render(h.Key) + " " + c.Styles.HelpDesc.Render(h.Desc)
			switch {
			case line == "":
				line = item
			case ansi.StringWidth(line+sep+item) <= c.Width:
				line += sep + item
			default:
				out = append(out, line)
				line = item
			}
		}
		if line != "" {
			out = append(out, ansi.Truncate(line, c.Width, "…"))
		}
	}
	return out
}
