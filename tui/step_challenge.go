package tui

import (
	"context"
	"fmt"
	"os/exec"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/render"
)

// ChallengeService is what a challenge step needs from the grader and the
// learner's workspace; cmd/lectern implements it on the loaded pack, so
// this package never imports the grader. Challenge is a lookup in memory;
// Workspace and Grade do I/O, so steps call them only from tea.Cmds.
type ChallengeService interface {
	// Challenge describes a challenge of the pack.
	Challenge(id string) (ChallengeInfo, bool)
	// Workspace returns the learner's file, created from the starter the
	// first time, and its current contents.
	Workspace(id string) (path, code string, err error)
	// Grade grades the workspace file.
	Grade(ctx context.Context, id string) GradeReport
	// EditorCmd is the command that opens path in the learner's editor.
	EditorCmd(path string) *exec.Cmd
}

// ChallengeInfo is what a challenge step shows of a challenge.
type ChallengeInfo struct {
	ID, Title string
	// Prompt is the statement (Markdown).
	Prompt string
	// Hints go from a nudge to nearly the answer.
	Hints []string
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
	Summary  string
	Tests    []GradeTest
	Duration time.Duration
}

// Attempt is the grading as progress records it.
func (r GradeReport) Attempt(at time.Time) progress.Attempt {
	return progress.Attempt{At: at, Verdict: r.Status, Reason: r.Reason, Passed: r.Passed, Total: r.Total}
}

// GradeTest is one test's result.
type GradeTest struct {
	Name, Status, Message, Output string
	// NotGraded: the interpreter, not the code, went wrong on this test.
	NotGraded bool
}

// The messages of a challenge step: each names the step it is for and the
// challenge, so a grade that ends after the learner moved on (or switched
// challenge) still lands where it belongs.
type workspaceMsg struct {
	to             *challengeStep
	id, path, code string
	err            error
}

type gradedMsg struct {
	to     *challengeStep
	id     string
	report GradeReport
}

type editorDoneMsg struct {
	to  *challengeStep
	id  string
	err error
}

// challengeStep is a step of kind challenge: one or more coding challenges
// (a list with each one's status when there are several; tab switches),
// and for the one chosen the results, the hints revealed, the step's page
// with the statement, and the learner's code as it is on disk. It is done
// once every challenge has passed.
type challengeStep struct {
	env    *StepEnv
	ids    []string
	sel    int
	panels []*challengePanel
	sc     scroller
	width  int
	height int
	shown  bool
}

// showPanels lets only the chosen challenge's page render, and only while
// the step is shown.
func (s *challengeStep) showPanels() {
	for _, p := range s.panels {
		p.md.setShown(s.shown && p == s.cur())
	}
}

// challengePanel is one challenge of the step.
type challengePanel struct {
	id      string
	info    ChallengeInfo
	md      *markdown // the step's page and the statement
	path    string
	code    string
	loadErr string
	loaded  bool
	grading bool
	report  *GradeReport
}

func newChallengeStep(env *StepEnv) Step {
	s := &challengeStep{env: env, ids: env.Step().Challenges, sc: newScroller(env.Common)}
	for _, id := range s.ids {
		p := &challengePanel{id: id, info: ChallengeInfo{ID: id, Title: id}}
		md := env.Step().Markdown
		if env.Challenges != nil {
			if info, ok := env.Challenges.Challenge(id); ok {
				p.info = info
				md += "\n\n" + info.Prompt
			}
		}
		p.md = newMarkdown(env.Common, md)
		s.panels = append(s.panels, p)
	}
	return s
}

func (s *challengeStep) cur() *challengePanel {
	if len(s.panels) == 0 {
		return &challengePanel{md: newMarkdown(s.env.Common, s.env.Step().Markdown)}
	}
	return s.panels[s.sel]
}

func (s *challengeStep) Todo() string {
	if len(s.panels) > 1 {
		return "pass them all to mark it done"
	}
	return "pass all tests to mark it done"
}

func (s *challengeStep) Place() progress.Place { return progress.Place{Scroll: s.sc.place()} }

func (s *challengeStep) SetPlace(p progress.Place) { s.sc.setPlace(p.Scroll) }

// Init reads the learner's file again (they may have edited it outside
// lectern since).
func (s *challengeStep) Init() tea.Cmd {
	return tea.Batch(s.loadCmd(s.cur().id), s.rebuild())
}

func (s *challengeStep) loadCmd(id string) tea.Cmd {
	svc := s.env.Challenges
	if svc == nil || id == "" {
		return nil
	}
	return func() tea.Msg {
		path, code, err := svc.Workspace(id)
		return workspaceMsg{to: s, id: id, path: path, code: code, err: err}
	}
}

func (s *challengeStep) gradeCmd(id string) tea.Cmd {
	svc := s.env.Challenges
	return func() tea.Msg {
		return gradedMsg{to: s, id: id, report: svc.Grade(context.Background(), id)}
	}
}

func (s *challengeStep) SetSize(w, h int) tea.Cmd {
	s.width, s.height = w, h
	s.sc.setSize(w, h)
	return s.rebuild()
}

func (s *challengeStep) panel(id string) *challengePanel {
	for _, p := range s.panels {
		if p.id == id {
			return p
		}
	}
	return nil
}

func (s *challengeStep) Update(msg tea.Msg) (bool, tea.Cmd) {
	switch msg := msg.(type) {
	case workspaceMsg:
		p := s.panel(msg.id)
		if msg.to != s || p == nil {
			return false, nil
		}
		p.path, p.code, p.loadErr, p.loaded = msg.path, msg.code, "", true
		if msg.err != nil {
			p.loadErr = msg.err.Error()
		}
		return true, s.rebuild()
	case editorDoneMsg:
		p := s.panel(msg.id)
		if msg.to != s || p == nil {
			return false, nil
		}
		if msg.err != nil {
			p.loadErr = "editor: " + msg.err.Error()
		}
		p.grading = true
		return true, tea.Batch(s.rebuild(), tea.Sequence(s.loadCmd(p.id), s.gradeCmd(p.id)))
	case gradedMsg:
		p := s.panel(msg.id)
		if msg.to != s || p == nil {
			return false, nil
		}
		p.grading = false
		r := msg.report
		p.report = &r
		if p == s.cur() {
			s.sc.vp.GotoTop() // the verdict is at the top
		}
		return true, tea.Batch(s.record(p.id, r), s.rebuild())
	case tea.KeyPressMsg:
		return s.key(msg)
	case shownMsg:
		s.shown = msg.step == s
		s.showPanels()
		return false, nil
	}
	for _, p := range s.panels {
		if p.md.update(msg) {
			return true, s.rebuild()
		}
	}
	if len(s.panels) == 0 && s.cur().md.update(msg) {
		return true, s.rebuild()
	}
	return false, nil
}

func (s *challengeStep) key(msg tea.KeyPressMsg) (bool, tea.Cmd) {
	k, p, svc := s.env.Keys, s.cur(), s.env.Challenges
	if svc == nil || len(s.panels) == 0 {
		return s.sc.keys(msg), nil
	}
	switch {
	case key.Matches(msg, k.Grade):
		if p.grading {
			return true, nil
		}
		p.grading = true
		return true, tea.Batch(s.rebuild(), s.gradeCmd(p.id))
	case key.Matches(msg, k.Edit):
		if p.path == "" {
			return true, nil
		}
		id := p.id
		return true, tea.ExecProcess(svc.EditorCmd(p.path), func(err error) tea.Msg { return editorDoneMsg{to: s, id: id, err: err} })
	case key.Matches(msg, k.Hint):
		total := len(p.info.Hints)
		if s.hintsShown(p.id) >= total {
			return true, nil
		}
		s.sc.vp.GotoTop() // hints are shown near the top
		id := p.id
		return true, tea.Batch(s.env.Save(func(st *progress.State) { st.Challenge(id).RevealHint(total) }), s.rebuild())
	case len(s.panels) > 1 && key.Matches(msg, k.NextChallenge, k.PrevChallenge):
		step := 1
		if key.Matches(msg, k.PrevChallenge) {
			step = len(s.panels) - 1
		}
		s.sel = (s.sel + step) % len(s.panels)
		s.showPanels()
		s.sc.vp.GotoTop()
		var load tea.Cmd
		if !s.cur().loaded {
			load = s.loadCmd(s.cur().id)
		}
		return true, tea.Batch(load, s.rebuild())
	}
	return s.sc.keys(msg), nil
}

// record saves the attempt; a pass completes every step holding the
// challenge whose challenges have all passed.
func (s *challengeStep) record(id string, r GradeReport) tea.Cmd {
	a, holders := r.Attempt(s.env.Now()), lessons.Holders(s.env.Lessons, id)
	return s.env.Save(func(st *progress.State) { st.RecordAttempt(id, a, holders) })
}

func (s *challengeStep) hintsShown(id string) int {
	if c := s.env.State.Challenges[id]; c != nil {
		return c.HintsRevealed
	}
	return 0
}

func (s *challengeStep) passed(id string) bool {
	c := s.env.State.Challenges[id]
	return c != nil && c.Passed
}

func (s *challengeStep) View() string { return s.sc.view() }

func (s *challengeStep) ShortHelp() []key.Binding {
	k := s.env.Keys
	if s.env.Challenges == nil || len(s.panels) == 0 {
		return []key.Binding{k.Down}
	}
	if len(s.panels) > 1 {
		return []key.Binding{k.Grade, k.Edit, k.Hint, k.NextChallenge, k.Down}
	}
	return []key.Binding{k.Grade, k.Edit, k.Hint, k.Down}
}

func (s *challengeStep) FullHelp() [][]key.Binding {
	k := s.env.Keys
	own := s.ShortHelp()
	if len(s.panels) > 1 {
		own = []key.Binding{k.Grade, k.Edit, k.Hint, k.NextChallenge, k.PrevChallenge}
	}
	return [][]key.Binding{own, scrollHelp(k)}
}

func (s *challengeStep) Capturing() Capture { return CaptureNone }

func (s *challengeStep) Complete() bool { return s.env.State.AllPassed(s.ids) }

// rebuild composes the list of challenges, then for the chosen one the
// results, the hints, the page and the code — in the order a learner needs
// them after grading — into the viewport. It is called from Update
// whenever one of them changes, never from View.
func (s *challengeStep) rebuild() tea.Cmd {
	p := s.cur()
	st := s.env.Styles
	w := max(s.width, 10)
	page, ok, cmd := p.md.page(pageWidth(s.width))
	if s.env.Challenges == nil || len(s.panels) == 0 {
		s.sc.setContent(page, ok)
		return cmd
	}
	var b strings.Builder
	if list := s.list(w); list != "" {
		b.WriteString(list + "\n")
	}
	// What the learner needs after grading comes first: the verdict, the
	// hints they asked for, then each test (failures first).
	if status := s.statusLine(p); status != "" {
		b.WriteString(status + "\n")
	}
	summary, tests := s.resultsText(p, w)
	if summary != "" {
		b.WriteString(summary + "\n")
	}
	hints := p.info.Hints
	for i := 0; i < s.hintsShown(p.id) && i < len(hints); i++ {
		b.WriteString(st.Warning.Render(ansi.Wordwrap(fmt.Sprintf("Hint %d/%d: %s", i+1, len(hints), hints[i]), w, "")) + "\n")
	}
	if tests != "" {
		b.WriteString(tests + "\n")
	}
	b.WriteString("\n")
	b.WriteString(page + "\n\n")
	b.WriteString(st.Subtitle.Render("Your code") + "\n")
	switch {
	case p.loadErr != "":
		b.WriteString(st.Error.Render(ansi.Wordwrap(p.loadErr, w, "")) + "\n")
	case p.path == "":
		b.WriteString(st.Muted.Render("Opening your workspace…") + "\n")
	default:
		b.WriteString(st.Muted.Render(ansi.Wordwrap(p.path, w, "")) + "\n")
		for i, l := range strings.Split(strings.TrimRight(p.code, "\n"), "\n") {
			b.WriteString(st.Code.Render(ansi.Truncate(fmt.Sprintf("%3d  %s", i+1, strings.ReplaceAll(l, "\t", "    ")), w, "…")) + "\n")
		}
	}
	s.sc.setContent(b.String(), ok)
	return cmd
}

// list shows the step's challenges with their status, when it has
// several: ✓ passed, ✗ tried and not passed yet, · not tried.
func (s *challengeStep) list(w int) string {
	if len(s.panels) < 2 {
		return ""
	}
	st := s.env.Styles
	done := 0
	for _, p := range s.panels {
		if s.passed(p.id) {
			done++
		}
	}
	lines := []string{st.Subtitle.Render(ansi.Truncate(fmt.Sprintf("Challenges: %d of %d passed · tab switches", done, len(s.panels)), w, "…"))}
	for i, p := range s.panels {
		mark, style := "·", st.Muted
		switch c := s.env.State.Challenges[p.id]; {
		case c != nil && c.Passed:
			mark, style = "✓", st.Success
		case c != nil && len(c.Attempts) > 0:
			mark, style = "✗", st.Error
		}
		cursor := "  "
		if i == s.sel {
			cursor, style = "▸ ", st.Selected
		}
		lines = append(lines, style.Render(ansi.Truncate(cursor+mark+" "+p.info.Title, w, "…")))
	}
	return strings.Join(lines, "\n") + "\n"
}

func (s *challengeStep) statusLine(p *challengePanel) string {
	st := s.env.Styles
	switch {
	case p.grading:
		return st.Accent.Render("Grading…")
	case p.report == nil:
		if s.passed(p.id) {
			return st.Success.Render(ansi.Wrap("✓ Passed before. enter re-grades, e edits, h shows a hint.", max(s.width, 10), ""))
		}
		return st.Accent.Render(ansi.Wrap("▶ e: edit (graded when you close the editor) · enter: grade · h: hint", max(s.width, 10), ""))
	}
	return ""
}

// resultsText is the verdict line and the list of tests, failing ones
// first with their messages and output.
func (s *challengeStep) resultsText(p *challengePanel, w int) (summary, tests string) {
	st := s.env.Styles
	r := p.report
	if r == nil {
		return "", ""
	}
	switch {
	case r.Unsupported:
		summary = st.Warning.Render(ansi.Wrap("⚠ Lectern's interpreter can't run this yet — not a mistake in your code:\n"+r.Message, w, ""))
	case r.Status == "pass" && len(s.panels) > 1 && !s.env.State.AllPassed(s.ids):
		summary = st.Success.Render(ansi.Wrap(fmt.Sprintf("✓ All %d tests pass (%s). The step is done once every challenge passes: tab for the next.",
			r.Total, r.Duration.Round(time.Millisecond)), w, ""))
	case r.Status == "pass":
		summary = st.Success.Render(fmt.Sprintf("✓ All %d tests pass (%s). Step done.", r.Total, r.Duration.Round(time.Millisecond)))
	case r.Status == "fail":
		summary = st.Error.Render("✗ " + r.Summary)
	default:
		summary = st.Error.Render(ansi.Wordwrap(fmt.Sprintf("✗ %s error: %s", r.Reason, r.Message), w, ""))
	}
	var b strings.Builder
	for _, failing := range []bool{true, false} {
		for _, t := range r.Tests {
			if (t.Status != "pass") != failing {
				continue
			}
			mark, style := "✓", st.Success
			switch {
			case failing && t.Status == "error" && (r.Unsupported || t.NotGraded):
				mark, style = "?", st.Warning // not graded
			case failing:
				mark, style = "✗", st.Error
			}
			b.WriteString(style.Render(ansi.Wrap(mark+" "+t.Name, w, "")) + "\n")
			if failing && t.Message != "" {
				b.WriteString(ansi.Wrap(indent(t.Message, "    "), w, "") + "\n")
			}
			if failing && t.Output != "" {
				b.WriteString(st.Muted.Render(ansi.Wrap(indent("output: "+t.Output, "    "), w, "")) + "\n")
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

// Text is the page, each challenge's statement and the command that grades
// it.
func (s *challengeStep) Text(width int, style render.Style) (string, error) {
	out, err := renderText(s.env.Step().Markdown, style, width)
	if err != nil {
		return "", err
	}
	for _, p := range s.panels {
		if p.info.Prompt != "" {
			prompt, err := renderText(p.info.Prompt, style, width)
			if err != nil {
				return "", err
			}
			out += "\n\n" + prompt
		}
		out += "\n\n" + ansi.Wordwrap("Solve it with: lectern check "+p.id, width, "")
	}
	return out, nil
}
