package main

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/quiz"
	"github.com/lectern-dev/lectern/tui"
)

type quizOptions struct {
	Lesson  string
	Plain   bool
	Seed    uint64
	SeedSet bool
	Retry   bool
}

func init() { register(newQuizCmd) }

func newQuizCmd(app *App) *cobra.Command {
	opts := &quizOptions{}
	cmd := &cobra.Command{
		Use:   "quiz [lesson] [--plain] [--retry] [--seed N]",
		Short: "Take a lesson's Quick Quiz",
		Long: `Take a lesson's Quick Quiz. Every answer is explained and points back to the
step that covers it.

On a terminal the quiz is full-screen. With --plain, or when standard input
or output is not a terminal, it is plain text: numbered questions, lettered
options, one answer per line — a letter (b), letters separated by commas for
"select all" (a,c), t or f for true/false, or a number (12.5, $12.50). An
invalid answer is explained and asked again; the end of input stops the
quiz and reports the score so far. The last line is "Score: X/Y". Plain
output never has escape codes.

Passing is 80% (or the lesson's pass mark) on a full attempt; it marks the
Quick Quiz step done. --retry asks only the questions you missed last time:
it is practice, so it updates what is still missed but never passes the
quiz by itself.`,
		Example: "  lectern quiz\n  lectern quiz serverless --plain\n  printf 'b\\na,c\\n' | lectern quiz serverless --seed 1",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Lesson = args[0]
			}
			opts.SeedSet = cmd.Flags().Changed("seed")
			return runQuiz(app, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Plain, "plain", false, "plain text, one answer per line (automatic without a terminal)")
	cmd.Flags().BoolVar(&opts.Retry, "retry", false, "ask only the questions missed last time")
	cmd.Flags().Uint64Var(&opts.Seed, "seed", 0, "shuffle the options the same way every time")
	return cmd
}

func runQuiz(app *App, opts *quizOptions) error {
	l, err := app.Lesson(opts.Lesson)
	if err != nil {
		return err
	}
	if l.Quiz == nil || len(l.Quiz.Questions) == 0 {
		return usageErrorf("lesson %q has no quiz", l.ID)
	}
	var prior *progress.Quiz
	if opts.Retry || (!opts.Plain && app.IO.Interactive()) {
		if pl := app.LoadProgress().Lessons[l.ID]; pl != nil {
			prior = pl.Quiz
		}
	}
	var missed []string
	if prior != nil {
		missed = prior.LastMissed
	}
	if opts.Retry && quiz.NewRetry(l.Quiz, missed, nil).Len() == 0 {
		fmt.Fprintf(app.IO.Out, "Nothing to retry: no questions were missed last time. Take the whole quiz with: lectern quiz %s\n", l.ID)
		return nil
	}
	seed := opts.Seed
	if !opts.SeedSet {
		seed = rand.Uint64()
	}
	if !opts.Plain && app.IO.Interactive() {
		return runQuizTUI(app, l, prior, seed, opts.Retry)
	}
	rng := quiz.NewRand(seed)
	attempt := quiz.NewAttempt(l.Quiz, rng)
	if opts.Retry {
		attempt = quiz.NewRetry(l.Quiz, missed, rng)
	}
	width := 80
	if app.IO.OutTTY {
		if w, _, err := term.GetSize(stdoutFd()); err == nil && w > 0 {
			width = min(w, 100)
		}
	}
	p := quiz.Plain{
		In: app.IO.In, Out: app.IO.Out,
		Echo:      !app.IO.InTTY,
		Width:     width,
		Title:     l.Title,
		Review:    func(id string) string { return stepName(l, id) },
		RetryHint: "lectern quiz " + l.ID + " --retry",
		Record:    func(o quiz.Outcome) string { return recordQuiz(app, l, o) },
	}
	p.Run(attempt)
	return nil
}

// stepName is how feedback points back to a step: "step 3, Visual Model".
func stepName(l *lessons.Lesson, id string) string {
	i := l.StepIndex(id)
	if i < 0 {
		return id
	}
	return fmt.Sprintf("step %d, %s", i+1, l.Steps[i].Title)
}

// recordQuiz saves an outcome (see quiz.Record for what counts) and returns
// the note to show; a failure to save is reported on stderr.
func recordQuiz(app *App, l *lessons.Lesson, o quiz.Outcome) string {
	if !o.Complete() {
		return quiz.Record(&progress.Lesson{}, "", o, app.Now())
	}
	step := ""
	if s := l.StepByKind(lessons.KindQuiz); s != nil {
		step = s.ID
	}
	var note string
	_, notice, err := app.Progress().Update(func(st *progress.State) error {
		pl := st.Lesson(l.ID)
		if pl.ContentVersion == 0 {
			pl.ContentVersion = l.Version
		}
		note = quiz.Record(pl, step, o, app.Now())
		return nil
	})
	if notice != nil {
		fmt.Fprintln(app.IO.ErrOut, "lectern:", notice.Msg)
	}
	if err != nil {
		fmt.Fprintf(app.IO.ErrOut, "lectern: %v\n", err)
		return "Not saved: see the message above."
	}
	return note
}

// runQuizTUI runs the quiz full-screen on its own (the lesson TUI embeds
// the same component in its Quick Quiz step). Enter on the results, esc or
// q (when not typing a number) leave; each finished attempt is saved.
func runQuizTUI(app *App, l *lessons.Lesson, prior *progress.Quiz, seed uint64, retry bool) error {
	c := &tui.Common{Keys: tui.DefaultKeyMap(), Colour: app.IO.Colour, Dark: true}
	c.Styles = tui.NewStyles(c.Colour, c.Dark)
	q := tui.NewQuiz(c, l, prior, seed)
	q.SetExitHelp("quit")
	if retry {
		q.StartRetry()
	}
	m := &quizProgram{app: app, l: l, c: c, q: q}
	p := tea.NewProgram(m, tea.WithInput(app.IO.In), tea.WithOutput(app.IO.Out))
	if _, err := p.Run(); err != nil {
		return err
	}
	if m.saveErr != "" {
		fmt.Fprintln(app.IO.ErrOut, "lectern:", m.saveErr)
	}
	if m.last != nil {
		o := m.last
		fmt.Fprintf(app.IO.Out, "%s quiz: %d/%d", l.Title, o.Score, o.Total)
		switch {
		case o.Passed:
			fmt.Fprint(app.IO.Out, ", passed")
		case !o.Full:
			fmt.Fprint(app.IO.Out, " on a retry")
		}
		fmt.Fprintln(app.IO.Out)
	}
	return nil
}

// quizProgram hosts the quiz component: a title line, the quiz, a key line.
type quizProgram struct {
	app     *App
	l       *lessons.Lesson
	c       *tui.Common
	q       *tui.QuizModel
	last    *quiz.Outcome
	saveErr string
}

type quizSavedMsg struct{ err error }

func (m *quizProgram) Init() tea.Cmd {
	if m.c.Colour {
		return tea.RequestBackgroundColor
	}
	return nil
}

func (m *quizProgram) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.Width, m.c.Height = msg.Width, msg.Height
		m.q.SetSize(msg.Width, max(msg.Height-2, 0))
		return m, nil
	case tea.BackgroundColorMsg:
		m.c.Dark = msg.IsDark()
		*m.c.Styles = *tui.NewStyles(m.c.Colour, m.c.Dark)
		return m, nil
	case tui.QuizAttemptMsg:
		o := msg.Outcome
		m.last = &o
		app, l := m.app, m.l
		return m, func() tea.Msg { return quizSavedMsg{saveQuiz(app, l, o)} }
	case quizSavedMsg:
		if msg.err != nil {
			m.saveErr = msg.err.Error()
		}
		return m, nil
	case tui.QuizCloseMsg:
		return m, tea.Quit
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" {
			return m, tea.Quit
		}
		if !m.q.Capturing() && (key.Matches(msg, m.c.Keys.Quit) || key.Matches(msg, m.c.Keys.Back)) {
			return m, tea.Quit
		}
	}
	_, cmd := m.q.Update(msg)
	return m, cmd
}

func (m *quizProgram) View() tea.View {
	s := m.c.Styles
	w := m.c.Width
	lines := []string{ansi.Truncate(s.Title.Render(m.l.Title)+s.Muted.Render(" · Quick Quiz"), w, "…")}
	body := m.q.View()
	if body != "" {
		lines = append(lines, strings.Split(body, "\n")...)
	}
	for len(lines) < m.c.Height-1 {
		lines = append(lines, "")
	}
	var help []string
	for _, b := range append(m.q.ShortHelp(), m.c.Keys.Quit) {
		help = append(help, s.HelpKey.Render(b.Help().Key)+" "+s.HelpDesc.Render(b.Help().Desc))
	}
	lines = append(lines, ansi.Truncate(strings.Join(help, s.HelpDesc.Render(" · ")), w, "…"))
	if m.saveErr != "" {
		lines[len(lines)-1] = ansi.Truncate(s.Warning.Render("⚠ "+m.saveErr), w, "…")
	}
	if len(lines) > m.c.Height {
		lines = lines[len(lines)-max(m.c.Height, 0):]
	}
	v := tea.NewView(strings.Join(lines, "\n"))
	v.AltScreen = true
	v.WindowTitle = "Lectern quiz"
	return v
}

// saveQuiz records an outcome (run in a tea.Cmd, off the UI loop).
func saveQuiz(app *App, l *lessons.Lesson, o quiz.Outcome) error {
	step := ""
	if s := l.StepByKind(lessons.KindQuiz); s != nil {
		step = s.ID
	}
	_, _, err := app.Progress().Update(func(st *progress.State) error {
		pl := st.Lesson(l.ID)
		if pl.ContentVersion == 0 {
			pl.ContentVersion = l.Version
		}
		quiz.Record(pl, step, o, app.Now())
		return nil
	})
	return err
}
