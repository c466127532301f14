package tui

import (
	"context"
	"fmt"
	"os/exec"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
)

// ChallengeService is what the Coding Challenge step needs from the grader
// and the learner's workspace. Every method may do I/O, so the step only
// calls them from tea.Cmds.
type ChallengeService interface {
	// Prompt is the challenge statement (Markdown).
	Prompt(id string) (string, bool)
	// Workspace returns the learner's file, created from the starter the
	// first time, and its current contents.
	Workspace(id string) (path, code string, err error)
	// Hints are the challenge's hints, from a nudge to nearly the answer.
	Hints(id string) []string
	// Grade grades the workspace file.
	Grade(ctx context.Context, id string) GradeReport
	// EditorCmd opens path in the learner's editor.
	EditorCmd(path string) *exec.Cmd
}

// GradeReport is one grading, as the step shows it.
type GradeReport struct {
	Status  string // pass | fail | error
	Reason  string // compile | timeout | memory | crash, for errors
	Message string
	// Unsupported marks an error caused by a limitation of the
	// interpreter, not by a mistake in the learner's code.
	Unsupported bool
	Passed      int
	Total       int
	// Summary is the grader's one-line count ("15 passed, 1 failed, 5
	// not run"), the same line lectern check prints.
	Summary string
	Tests       []GradeTest
	Duration    time.Duration
}

// GradeTest is one test's result.
type GradeTest struct {
	Name, Status, Message, Output string
	// NotGraded: the interpreter, not the code, went wrong on this test.
	NotGraded bool
}

type workspaceMsg struct {
	id, path, code string
	err            error
}

type gradedMsg struct {
	id     string
	report GradeReport
}

type editorDoneMsg struct {
	id  string
	err error
}

// challengeModel is the Coding Challenge step: the statement, the
// learner's code as it is on disk, the last results and revealed hints.
type challengeModel struct {
	c       *Common
	l       *lessons.Lesson
	step    lessons.Step
	svc     ChallengeService
	save    saveFunc
	state   *progress.State
	vp      viewport.Model
	path    string
	code    string
	loadErr string
	grading bool
	report  *GradeReport
	page    string
	width   int
	height  int
}

func newChallengeModel(c *Common, l *lessons.Lesson, step lessons.Step, svc ChallengeService, st *progress.State, save saveFunc) *challengeModel {
	vp := viewport.New()
	vp.SoftWrap = false
	return &challengeModel{c: c, l: l, step: step, svc: svc, state: st, save: save, vp: vp}
}

func (m *challengeModel) id() string { return m.step.Challenge }

func (m *challengeModel) init() tea.Cmd { return m.loadCmd() }

func (m *challengeModel) loadCmd() tea.Cmd {
	id, svc := m.id(), m.svc
	return func() tea.Msg {
		path, code, err := svc.Workspace(id)
		return workspaceMsg{id: id, path: path, code: code, err: err}
	}
}

func (m *challengeModel) gradeCmd() tea.Cmd {
	id, svc := m.id(), m.svc
	return func() tea.Msg {
		return gradedMsg{id: id, report: svc.Grade(context.Background(), id)}
	}
}

func (m *challengeModel) setSize(w, h int) {
	m.width, m.height = w, h
	m.vp.SetWidth(w)
	m.vp.SetHeight(max(h, 1))
	m.rebuild()
}

func (m *challengeModel) shortHelp() []key.Binding {
	k := m.c.Keys
	return []key.Binding{k.Grade, k.Edit, k.Hint, k.Down}
}

// update handles what belongs to the challenge; handled is false for keys
// the lesson should handle (moving between steps, quitting).
func (m *challengeModel) update(msg tea.Msg) (tea.Cmd, bool) {
	cmd, handled := m.handle(msg)
	if handled {
		m.rebuild()
	}
	return cmd, handled
}

func (m *challengeModel) handle(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case workspaceMsg:
		if msg.id != m.id() {
			return nil, true
		}
		m.path, m.code, m.loadErr = msg.path, msg.code, ""
		if msg.err != nil {
			m.loadErr = msg.err.Error()
		}
		return nil, true
	case editorDoneMsg:
		if msg.err != nil {
			m.loadErr = "editor: " + msg.err.Error()
		}
		m.grading = true
		return tea.Sequence(m.loadCmd(), m.gradeCmd()), true
	case gradedMsg:
		if msg.id != m.id() {
			return nil, true
		}
		m.grading = false
		r := msg.report
		m.report = &r
		m.vp.GotoTop() // the verdict is at the top
		return m.record(r), true
	case tea.KeyPressMsg:
		k := m.c.Keys
		switch {
		case key.Matches(msg, k.Grade):
			if m.grading {
				return nil, true
			}
			m.grading = true
			return m.gradeCmd(), true
		case key.Matches(msg, k.Edit):
			if m.path == "" {
				return nil, true
			}
			id := m.id()
			return tea.ExecProcess(m.svc.EditorCmd(m.path), func(err error) tea.Msg { return editorDoneMsg{id: id, err: err} }), true
		case key.Matches(msg, k.Hint):
			total := len(m.svc.Hints(m.id()))
			id := m.id()
			if m.hintsShown() >= total {
				return nil, true
			}
			m.vp.GotoTop() // hints are shown near the top
			return m.save(func(st *progress.State) { st.Challenge(id).RevealHint(total) }), true
		case key.Matches(msg, k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom):
			switch {
			case key.Matches(msg, k.Top):
				m.vp.GotoTop()
			case key.Matches(msg, k.Bottom):
				m.vp.GotoBottom()
			default:
				m.vp, _ = m.vp.Update(msg)
			}
			return nil, true
		}
	}
	return nil, false
}

// record saves the attempt; a pass also marks the step done.
func (m *challengeModel) record(r GradeReport) tea.Cmd {
	id, lessonID, stepID, now := m.id(), m.l.ID, m.step.ID, time.Now()
	a := progress.Attempt{At: now, Verdict: r.Status, Reason: r.Reason, Passed: r.Passed, Total: r.Total}
	return m.save(func(st *progress.State) { st.RecordAttempt(id, a, lessonID, stepID) })
}

func (m *challengeModel) hintsShown() int {
	if c := m.state.Challenges[m.id()]; c != nil {
		return c.HintsRevealed
	}
	return 0
}

func (m *challengeModel) view() string { return m.vp.View() }

// setPage gives the rendered statement (the lesson renders pages).
func (m *challengeModel) setPage(page string) {
	m.page = page
	m.rebuild()
}

// rebuild composes the results, the hints, the statement and the code, in
// the order a learner needs them after grading, into the viewport. It is
// called from Update whenever one of them changes, never from View.
func (m *challengeModel) rebuild() {
	page := m.page
	s := m.c.Styles
	w := max(m.width, 10)
	var b strings.Builder
	// What the learner needs after grading comes first: the verdict, the
	// hints they asked for, then each test (failures first).
	if status := m.statusLine(); status != "" {
		b.WriteString(status + "\n")
	}
	summary, tests := m.resultsText(w)
	if summary != "" {
		b.WriteString(summary + "\n")
	}
	hints := m.svc.Hints(m.id())
	for i := 0; i < m.hintsShown() && i < len(hints); i++ {
		b.WriteString(s.Warning.Render(ansi.Wordwrap(fmt.Sprintf("Hint %d/%d: %s", i+1, len(hints), hints[i]), w, "")) + "\n")
	}
	if tests != "" {
		b.WriteString(tests + "\n")
	}
	b.WriteString("\n")
	if page == "" {
		page = s.Muted.Render("Rendering…")
	}
	b.WriteString(page + "\n\n")
	b.WriteString(s.Subtitle.Render("Your code") + "\n")
	switch {
	case m.loadErr != "":
		b.WriteString(s.Error.Render(ansi.Wordwrap(m.loadErr, w, "")) + "\n")
	case m.path == "":
		b.WriteString(s.Muted.Render("Opening your workspace…") + "\n")
	default:
		b.WriteString(s.Muted.Render(ansi.Wordwrap(m.path, w, "")) + "\n")
		for i, l := range strings.Split(strings.TrimRight(m.code, "\n"), "\n") {
			b.WriteString(s.Code.Render(ansi.Truncate(fmt.Sprintf("%3d  %s", i+1, strings.ReplaceAll(l, "\t", "    ")), w, "…")) + "\n")
		}
	}
	m.vp.SetContent(b.String())
}

func (m *challengeModel) statusLine() string {
	s := m.c.Styles
	switch {
	case m.grading:
		return s.Accent.Render("Grading…")
	case m.report == nil:
		if c := m.state.Challenges[m.id()]; c != nil && c.Passed {
			return s.Success.Render(ansi.Wrap("✓ Passed before. enter re-grades, e edits, h shows a hint.", max(m.width, 10), ""))
		}
		return s.Accent.Render(ansi.Wrap("▶ e: edit (graded when you close the editor) · enter: grade · h: hint", max(m.width, 10), ""))
	}
	return ""
}

// resultsText is the verdict line and the list of tests, failing ones
// first with their messages and output.
func (m *challengeModel) resultsText(w int) (summary, tests string) {
	s := m.c.Styles
	r := m.report
	if r == nil {
		return "", ""
	}
	switch {
	case r.Unsupported:
		summary = s.Warning.Render(ansi.Wrap("⚠ Lectern's interpreter can't run this yet — not a mistake in your code:\n"+r.Message, w, ""))
	case r.Status == "pass":
		summary = s.Success.Render(fmt.Sprintf("✓ All %d tests pass (%s). Step done.", r.Total, r.Duration.Round(time.Millisecond)))
	case r.Status == "fail":
		summary = s.Error.Render("✗ " + r.Summary)
	default:
		summary = s.Error.Render(ansi.Wordwrap(fmt.Sprintf("✗ %s error: %s", r.Reason, r.Message), w, ""))
	}
	var b strings.Builder
	for _, failing := range []bool{true, false} {
		for _, t := range r.Tests {
			if (t.Status != "pass") != failing {
				continue
			}
			mark, style := "✓", s.Success
			switch {
			case failing && t.Status == "error" && (r.Unsupported || t.NotGraded):
				mark, style = "?", s.Warning // not graded
			case failing:
				mark, style = "✗", s.Error
			}
			b.WriteString(style.Render(ansi.Wrap(mark+" "+t.Name, w, "")) + "\n")
			if failing && t.Message != "" {
				b.WriteString(ansi.Wrap(indent(t.Message, "    "), w, "") + "\n")
			}
			if failing && t.Output != "" {
				b.WriteString(s.Muted.Render(ansi.Wrap(indent("output: "+t.Output, "    "), w, "")) + "\n")
			}
		}
	}
	return summary, strings.TrimRight(b.String(), "\n")
}

func indent(s, prefix string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i := range lines {
		lines[i] = prefix + lines[i]
	}
	return strings.Join(lines, "\n")
}
