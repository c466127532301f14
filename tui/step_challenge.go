package tui

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
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
// this package never imports the grader. Challenge and ExternalEditor are
// lookups in memory; the others do I/O, so steps call them only from
// tea.Cmds.
type ChallengeService interface {
	// Challenge describes a challenge of the pack.
	Challenge(id string) (ChallengeInfo, bool)
	// Workspace returns the learner's file, created from the starter the
	// first time, and its current contents.
	Workspace(id string) (path, code string, err error)
	// SaveWorkspace writes the learner's file (from lectern's editor).
	SaveWorkspace(id, code string) error
	// Grade grades the workspace file.
	Grade(ctx context.Context, id string) GradeReport
	// Solution is the reference solution, to compare with after passing.
	Solution(id string) (string, bool)
	// ExternalEditor names the editor outside lectern: $VISUAL or $EDITOR
	// when set (configured), else one found on PATH; "" when there is
	// none.
	ExternalEditor() (name string, configured bool)
	// EditorCmd is the command that opens path in that editor.
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
	// Diagnostics are the compile problems, with where they are.
	Diagnostics []GradeDiagnostic
}

// GradeDiagnostic is one compile problem: file (its base name), line and
// column (1-based; 0 when unknown).
type GradeDiagnostic struct {
	File      string
	Line, Col int
	Message   string
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

// Failed is how many tests did not pass.
func (r GradeReport) Failed() int { return r.Total - r.Passed }

// Announcement is the grade in one line, as the editor's status and the
// screen-reader mode say it: "✓ All 21 tests pass", "✗ Test 3 of 21
// failed: …", "✗ Compile error at line 12: …".
func (r GradeReport) Announcement() string {
	switch {
	case r.Unsupported:
		return "⚠ Lectern's interpreter can't run this yet, not a mistake in your code: " + firstLine(r.Message)
	case r.Status == "pass":
		return fmt.Sprintf("✓ All %d tests pass.", r.Total)
	case r.Status == "fail":
		for _, t := range r.Tests {
			if t.Status != "pass" {
				msg := ""
				if t.Message != "" {
					msg = ": " + firstLine(t.Message)
				}
				return fmt.Sprintf("✗ %s. The first to fail: %s%s", r.Summary, t.Name, msg)
			}
		}
		return "✗ " + r.Summary
	case r.Reason == "compile" && len(r.Diagnostics) > 0 && r.Diagnostics[0].Line > 0:
		d := r.Diagnostics[0]
		more := ""
		if len(r.Diagnostics) > 1 {
			more = fmt.Sprintf(" (and %d more)", len(r.Diagnostics)-1)
		}
		return fmt.Sprintf("✗ Compile error at line %d: %s%s", d.Line, d.Message, more)
	}
	return fmt.Sprintf("✗ %s error: %s", r.Reason, firstLine(r.Message))
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " …"
	}
	return s
}

// The messages of a challenge step: each names the step it is for and the
// challenge, so a grade that ends after the learner moved on (or switched
// challenge) still lands where it belongs.
type workspaceMsg struct {
	to             *challengeStep
	id, path, code string
	err            error
	// edit opens the file in lectern's editor once read.
	edit bool
}

type gradedMsg struct {
	to     *challengeStep
	id     string
	report GradeReport
}

type editorDoneMsg struct {
	to   *challengeStep
	id   string
	name string
	err  error
}

type fileSavedMsg struct {
	to   *challengeStep
	id   string
	code string
	err  error
}

type solutionMsg struct {
	to       *challengeStep
	id, code string
	ok       bool
	err      error
}

// challengeStep is a step of kind challenge: one or more coding challenges
// (a list with each one's status when there are several; tab switches),
// and for the one chosen the results, the hints revealed, the step's page
// with the statement, and the learner's code as it is on disk. The code
// is edited in lectern's own editor (editorModel) or in $VISUAL/$EDITOR;
// after passing, c compares it with the reference solution. It is done
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
	keys   challengeKeys
	// editor is lectern's editor while it is open (its panel is cur()).
	editor *editorModel
	// compare shows the learner's code beside the reference (nil: off).
	compare *scroller
}

type challengeKeys struct {
	EditHere, EditOutside, Compare key.Binding
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
	// notice is a one-off line at the top: an editor that did not start,
	// the last hint already shown, a file that could not be saved.
	notice string
	// solution is the reference, once fetched to compare.
	solution string
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
	s.keys = s.makeKeys()
	return s
}

// makeKeys names the editing keys after the editors there are: e is
// $VISUAL/$EDITOR when one is set, lectern's editor otherwise; E is the
// other one.
func (s *challengeStep) makeKeys() challengeKeys {
	k := s.env.Keys
	name, configured := "", false
	if s.env.Challenges != nil {
		name, configured = s.env.Challenges.ExternalEditor()
	}
	here := key.NewBinding(key.WithKeys(k.Edit.Keys()...), key.WithHelp("e", "edit"))
	outside := key.NewBinding(key.WithKeys("E"), key.WithHelp("E", "edit in "+name))
	if configured {
		here = key.NewBinding(key.WithKeys("E"), key.WithHelp("E", "edit here"))
		outside = key.NewBinding(key.WithKeys(k.Edit.Keys()...), key.WithHelp("e", "edit in "+name))
	}
	if name == "" {
		outside.SetEnabled(false)
	}
	return challengeKeys{EditHere: here, EditOutside: outside,
		Compare: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "compare with reference"))}
}

// showPanels lets only the chosen challenge's page render, and only while
// the step is shown.
func (s *challengeStep) showPanels() {
	for _, p := range s.panels {
		p.md.setShown(s.shown && p == s.cur())
	}
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

// Unsaved says what leaving lectern would lose: edits not saved.
func (s *challengeStep) Unsaved() string { return s.editor.unsaved() }

// Init reads the learner's file again (they may have edited it outside
// lectern since).
func (s *challengeStep) Init() tea.Cmd {
	if s.editor != nil {
		return nil // still editing: the editor holds the text
	}
	return tea.Batch(s.loadCmd(s.cur().id, false), s.rebuild())
}

func (s *challengeStep) loadCmd(id string, edit bool) tea.Cmd {
	svc := s.env.Challenges
	if svc == nil || id == "" {
		return nil
	}
	return func() tea.Msg {
		path, code, err := svc.Workspace(id)
		return workspaceMsg{to: s, id: id, path: path, code: code, err: err, edit: edit}
	}
}

func (s *challengeStep) gradeCmd(id string) tea.Cmd {
	svc := s.env.Challenges
	return func() tea.Msg {
		return gradedMsg{to: s, id: id, report: svc.Grade(context.Background(), id)}
	}
}

func (s *challengeStep) saveCmd(id, code string) tea.Cmd {
	svc := s.env.Challenges
	return func() tea.Msg {
		return fileSavedMsg{to: s, id: id, code: code, err: svc.SaveWorkspace(id, code)}
	}
}

func (s *challengeStep) SetSize(w, h int) tea.Cmd {
	s.width, s.height = w, h
	s.sc.setSize(w, h)
	if s.editor != nil {
		s.editor.setSize(w, h)
	}
	if s.compare != nil {
		s.compare.setSize(w, h)
		s.compare.setContent(s.comparison(), true)
	}
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
		} else if msg.edit && p == s.cur() {
			s.openEditor(p)
		}
		return true, s.rebuild()
	case editorDoneMsg:
		p := s.panel(msg.id)
		if msg.to != s || p == nil {
			return false, nil
		}
		var exit *exec.ExitError
		switch {
		case msg.err == nil:
		case errors.As(msg.err, &exit):
			// It ran and exited badly: the file may have been saved.
			p.notice = fmt.Sprintf("%s exited with status %d; your file was graded as it is on disk.", msg.name, exit.ExitCode())
		default:
			// It never started: nothing changed, nothing to grade.
			p.notice = fmt.Sprintf("Could not start %s (%v). %s edits your code in lectern instead.",
				msg.name, msg.err, s.keys.EditHere.Help().Key)
			return true, s.rebuild()
		}
		p.grading = true
		return true, tea.Batch(s.rebuild(), s.loadCmd(p.id, false), s.gradeCmd(p.id))
	case fileSavedMsg:
		p := s.panel(msg.id)
		if msg.to != s || p == nil {
			return false, nil
		}
		if msg.err != nil {
			if s.editor != nil {
				s.editor.setStatus("✗ Could not save: "+msg.err.Error(), s.env.Styles.Error)
			}
			return true, nil
		}
		p.code = msg.code
		if s.editor != nil {
			s.editor.markSaved(msg.code)
			s.editor.clearProblems()
			s.editor.setStatus("Saved. Grading…", s.env.Styles.Accent)
		}
		p.grading = true
		return true, tea.Batch(s.rebuild(), s.gradeCmd(p.id))
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
			if s.editor != nil {
				s.showGradeInEditor(r)
			}
		}
		return true, tea.Batch(s.record(p.id, r), s.rebuild())
	case solutionMsg:
		p := s.panel(msg.id)
		if msg.to != s || p == nil {
			return false, nil
		}
		if !msg.ok {
			p.notice = "This challenge has no reference solution to compare with."
			return true, s.rebuild()
		}
		p.solution = msg.code
		if p == s.cur() {
			s.openCompare()
		}
		return true, nil
	case tea.PasteMsg:
		if s.editor != nil {
			s.editor.Update(msg)
			return true, nil
		}
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

// openEditor opens lectern's editor on the panel's code; after a compile
// error it starts at the line of the first problem.
func (s *challengeStep) openEditor(p *challengePanel) {
	s.editor = newEditor(s.env.Common, p.path, p.code)
	s.editor.setSize(s.width, s.height)
	if p.report != nil && p.report.Reason == "compile" {
		s.editor.setProblems(s.problemsIn(*p.report, p.path))
	}
}

// problemsIn are the report's compile problems in the file at path.
func (s *challengeStep) problemsIn(r GradeReport, path string) []editorProblem {
	var out []editorProblem
	for _, d := range r.Diagnostics {
		if d.File == "" || filepath.Base(d.File) == filepath.Base(path) {
			out = append(out, editorProblem{Line: d.Line, Col: d.Col, Message: d.Message})
		}
	}
	return out
}

// showGradeInEditor says the verdict in the editor's status line, and
// takes the cursor to the first compile error.
func (s *challengeStep) showGradeInEditor(r GradeReport) {
	st := s.env.Styles
	left := 0 // the step's other challenges not passed (this one is recorded after)
	if r.Status == "pass" {
		left = s.othersLeft()
	}
	problems := s.problemsIn(r, s.editor.path)
	switch {
	case r.Status == "pass" && left == 1:
		s.editor.setStatus(r.Announcement()+" One more challenge in this step: esc, then tab for it.", st.Success)
	case r.Status == "pass" && left > 1:
		s.editor.setStatus(r.Announcement()+fmt.Sprintf(" %d more challenges in this step: esc, then tab for the next.", left), st.Success)
	case r.Status == "pass":
		s.editor.setStatus(r.Announcement()+" Step done. esc goes back to the challenge.", st.Success)
	case r.Reason == "compile" && !r.Unsupported && len(problems) > 0 && problems[0].Line > 0:
		s.editor.setProblems(problems)
	case r.Unsupported:
		s.editor.setStatus(r.Announcement(), st.Warning)
	default:
		s.editor.setStatus(r.Announcement()+" esc shows every test.", st.Error)
	}
}

func (s *challengeStep) key(msg tea.KeyPressMsg) (bool, tea.Cmd) {
	k, p, svc := s.env.Keys, s.cur(), s.env.Challenges
	if s.editor != nil {
		switch s.editor.Update(msg) {
		case editorSave:
			if p.grading {
				s.editor.setStatus("Still grading the last save…", s.env.Styles.Muted)
				return true, nil
			}
			s.editor.setStatus("Saving…", s.env.Styles.Muted)
			return true, s.saveCmd(p.id, s.editor.content())
		case editorLeave:
			s.editor = nil
			return true, tea.Batch(s.loadCmd(p.id, false), s.rebuild())
		}
		return true, nil
	}
	if s.compare != nil {
		if key.Matches(msg, k.Back, s.keys.Compare) {
			s.compare = nil
			return true, nil
		}
		return s.compare.keys(msg), nil
	}
	if svc == nil || len(s.panels) == 0 {
		return s.sc.keys(msg), nil
	}
	p.notice = ""
	switch {
	case key.Matches(msg, k.Grade):
		if p.grading {
			return true, nil
		}
		p.grading = true
		return true, tea.Batch(s.rebuild(), s.gradeCmd(p.id))
	case key.Matches(msg, s.keys.EditHere):
		return true, s.loadCmd(p.id, true)
	case key.Matches(msg, s.keys.EditOutside):
		if p.path == "" {
			return true, nil
		}
		id := p.id
		name, _ := svc.ExternalEditor()
		return true, tea.ExecProcess(svc.EditorCmd(p.path), func(err error) tea.Msg {
			return editorDoneMsg{to: s, id: id, name: name, err: err}
		})
	case key.Matches(msg, s.keys.Compare) && s.passed(p.id):
		if p.solution != "" {
			s.openCompare()
			return true, nil
		}
		id := p.id
		return true, func() tea.Msg {
			code, ok := svc.Solution(id)
			return solutionMsg{to: s, id: id, code: code, ok: ok}
		}
	case key.Matches(msg, k.Hint):
		total := len(p.info.Hints)
		if total == 0 {
			p.notice = "This challenge has no hints."
			return true, s.rebuild()
		}
		if s.hintsShown(p.id) >= total {
			p.notice = fmt.Sprintf("That was the last hint (%d of %d): they are below the results. Still stuck? From a shell, lectern solution %s shows a reference solution.", total, total, p.id)
			s.sc.vp.GotoTop()
			return true, s.rebuild()
		}
		s.sc.vp.GotoTop() // the new hint is near the top
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
			load = s.loadCmd(s.cur().id, false)
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

func (s *challengeStep) View() string {
	switch {
	case s.editor != nil:
		return s.editor.view()
	case s.compare != nil:
		return s.compare.view()
	}
	return s.sc.view()
}

// Cursor is the editor's cursor, relative to the step's area.
func (s *challengeStep) Cursor() *tea.Cursor { return s.editor.cursor() }

func (s *challengeStep) ShortHelp() []key.Binding {
	k := s.env.Keys
	switch {
	case s.editor != nil:
		return s.editor.shortHelp()
	case s.compare != nil:
		closing := key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc/c", "close"))
		return []key.Binding{closing, k.Down}
	case s.env.Challenges == nil || len(s.panels) == 0:
		return []key.Binding{k.Down}
	}
	var out []key.Binding
	if s.passed(s.cur().id) {
		out = append(out, s.keys.Compare)
	}
	// The editor set up for this learner first.
	edit := []key.Binding{s.keys.EditHere, s.keys.EditOutside}
	if name, configured := s.env.Challenges.ExternalEditor(); configured && name != "" {
		edit = []key.Binding{s.keys.EditOutside, s.keys.EditHere}
	}
	out = append(out, edit[0], k.Grade, k.Hint)
	if len(s.panels) > 1 {
		out = append(out, k.NextChallenge)
	}
	return append(out, edit[1], k.Down)
}

func (s *challengeStep) FullHelp() [][]key.Binding {
	k := s.env.Keys
	switch {
	case s.editor != nil:
		return s.editor.fullHelp()
	case s.compare != nil:
		return [][]key.Binding{s.ShortHelp(), scrollHelp(k)}
	}
	own := s.ShortHelp()
	if len(s.panels) > 1 {
		own = append(own, k.PrevChallenge)
	}
	return [][]key.Binding{own, scrollHelp(k)}
}

func (s *challengeStep) Capturing() Capture {
	switch {
	case s.editor != nil:
		return CaptureText
	case s.compare != nil:
		return CaptureStep
	}
	return CaptureNone
}

// othersLeft counts the step's challenges, besides the one shown, that
// have not passed.
func (s *challengeStep) othersLeft() int {
	n := 0
	for _, id := range s.ids {
		if id != s.cur().id && !s.env.State.AllPassed([]string{id}) {
			n++
		}
	}
	return n
}

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
	if p.notice != "" {
		b.WriteString(st.Warning.Render(ansi.Wrap("⚠ "+p.notice, w, "")) + "\n")
	}
	// What the learner needs after grading comes first: the verdict, each
	// test (failures first), then the hints they asked for.
	if status := s.statusLine(p); status != "" {
		b.WriteString(status + "\n")
	}
	summary, tests := s.resultsText(p, w)
	if summary != "" {
		b.WriteString(summary + "\n")
	}
	if tests != "" {
		b.WriteString(tests + "\n")
	}
	hints := p.info.Hints
	for i := 0; i < s.hintsShown(p.id) && i < len(hints); i++ {
		b.WriteString(st.Warning.Render(wrapProse(fmt.Sprintf("Hint %d/%d: %s", i+1, len(hints), hints[i]), w)) + "\n")
	}
	b.WriteString("\n")
	b.WriteString(page + "\n\n")
	b.WriteString(st.Subtitle.Render("Your code") + "\n")
	switch {
	case p.loadErr != "":
		b.WriteString(st.Error.Render(wrapProse(p.loadErr, w)) + "\n")
	case p.path == "":
		b.WriteString(st.Muted.Render("Opening your workspace…") + "\n")
	default:
		b.WriteString(st.Muted.Render(ansi.Wrap(p.path, w, "")) + "\n")
		b.WriteString(codeListing(st.Code.Render, p.code, w))
	}
	s.sc.setContent(b.String(), ok)
	return cmd
}

// codeListing numbers the lines of code and wraps the long ones (a ↪
// under the number goes on with them), so nothing is cut.
func codeListing(style func(...string) string, code string, w int) string {
	var b strings.Builder
	for i, l := range strings.Split(strings.TrimRight(code, "\n"), "\n") {
		l = strings.ReplaceAll(l, "\t", "    ")
		prefix := fmt.Sprintf("%3d  ", i+1)
		avail := max(w-len(prefix), 10)
		for j, part := range strings.Split(ansi.Wrap(l, avail, ""), "\n") {
			if j > 0 {
				prefix = "  ↪  "
			}
			b.WriteString(style(prefix+part) + "\n")
		}
	}
	return b.String()
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

// editHelp says how to edit, naming the editors there are.
func (s *challengeStep) editHelp() string {
	name, configured := s.env.Challenges.ExternalEditor()
	if configured {
		return fmt.Sprintf("e: edit in %s (graded when you close it) · E: edit here", name)
	}
	return "e: edit here (ctrl+s saves and grades)"
}

func (s *challengeStep) statusLine(p *challengePanel) string {
	st := s.env.Styles
	w := max(s.width, 10)
	switch {
	case p.grading:
		return st.Accent.Render("Grading…")
	case p.report == nil:
		if s.passed(p.id) {
			return st.Success.Render(ansi.Wrap("✓ Passed before. c compares your code with the reference solution · enter re-grades · "+s.editHelp(), w, ""))
		}
		return st.Accent.Render(ansi.Wrap("▶ "+s.editHelp()+" · enter: grade · h: hint", w, ""))
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
		summary = st.Success.Render(ansi.Wrap(fmt.Sprintf("✓ All %d tests pass (%s). The step is done once every challenge passes: tab for the next. c compares your code with the reference.",
			r.Total, r.Duration.Round(time.Millisecond)), w, ""))
	case r.Status == "pass":
		summary = st.Success.Render(ansi.Wrap(fmt.Sprintf("✓ All %d tests pass (%s). Step done: → moves on, c compares your code with the reference solution.",
			r.Total, r.Duration.Round(time.Millisecond)), w, ""))
	case r.Status == "fail":
		summary = st.Error.Render(ansi.Wrap("✗ "+r.Summary, w, ""))
	default:
		summary = st.Error.Render(wrapProse(fmt.Sprintf("✗ %s error: %s", r.Reason, r.Message), w))
		if r.Reason == "compile" && len(r.Diagnostics) > 0 && r.Diagnostics[0].Line > 0 {
			summary += "\n" + st.Muted.Render(ansi.Wrap(fmt.Sprintf("%s opens your code at line %d.", s.keys.EditHere.Help().Key, r.Diagnostics[0].Line), w, ""))
		}
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
			b.WriteString(style.Render(wrapIndent(t.Name, w, mark+" ", "  ")) + "\n")
			if failing && t.Message != "" {
				b.WriteString(wrapIndent(t.Message, w, "    ", "    ") + "\n")
			}
			if failing && t.Output != "" {
				b.WriteString(st.Muted.Render(wrapIndent("output: "+t.Output, w, "    ", "    ")) + "\n")
			}
		}
	}
	return summary, strings.TrimRight(b.String(), "\n")
}

// openCompare shows the learner's code and the reference solution.
func (s *challengeStep) openCompare() {
	sc := newScroller(s.env.Common)
	sc.setSize(s.width, s.height)
	s.compare = &sc
	s.compare.setContent(s.comparison(), true)
}

// comparison is the learner's code beside the reference (side by side when
// there is room, else as a diff: - yours, + the reference), the lines that
// differ marked so they show without colour.
func (s *challengeStep) comparison() string {
	p, st := s.cur(), s.env.Styles
	w := max(s.width, 20)
	head := st.Title.Render(ansi.Wrap("Your code and the reference solution. Yours may differ and be just as right: the tests are what count.", w, ""))
	ops := diffLines(strings.Split(strings.TrimRight(p.code, "\n"), "\n"), strings.Split(strings.TrimRight(p.solution, "\n"), "\n"))
	var b strings.Builder
	b.WriteString(head + "\n\n")
	if w >= 2*36+3 {
		col := (w - 3) / 2
		pad := func(s string) string { return s + strings.Repeat(" ", max(col-ansi.StringWidth(s), 0)) }
		// Each side wraps in its column (↪ goes on), so nothing is cut.
		wrapCol := func(s string) []string {
			parts := strings.Split(ansi.Wrap(strings.ReplaceAll(s, "\t", "    "), col-2, ""), "\n")
			for i := 1; i < len(parts); i++ {
				parts[i] = "↪ " + parts[i]
			}
			return parts
		}
		b.WriteString(st.Subtitle.Render(pad("Yours")+"   "+pad("Reference")) + "\n")
		for _, row := range sideBySide(ops) {
			sep, style := " │ ", st.App
			if row.changed {
				sep, style = " ≠ ", st.Warning
			}
			left, right := wrapCol(row.left), wrapCol(row.right)
			for i := range max(len(left), len(right)) {
				l, r := "", ""
				if i < len(left) {
					l = left[i]
				}
				if i < len(right) {
					r = right[i]
				}
				b.WriteString(style.Render(pad(l)+sep+r) + "\n")
			}
		}
		b.WriteString("\n" + st.Muted.Render(ansi.Wrap("≠ marks the lines that differ.", w, "")))
		return b.String()
	}
	b.WriteString(st.Muted.Render(ansi.Wrap("- only in yours · + only in the reference", w, "")) + "\n")
	for _, op := range ops {
		style, mark := st.App, "  "
		switch op.kind {
		case '-':
			style, mark = st.Error, "- "
		case '+':
			style, mark = st.Success, "+ "
		}
		for j, part := range strings.Split(ansi.Wrap(strings.ReplaceAll(op.text, "\t", "    "), max(w-2, 10), ""), "\n") {
			if j > 0 {
				mark = "↪ "
			}
			b.WriteString(style.Render(mark+part) + "\n")
		}
	}
	return b.String()
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
		out += "\n\n" + wrapProse("Solve it with: lectern check "+p.id, width)
	}
	return out, nil
}
