package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
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
	p := quiz.Plain{
		In: app.IO.In, Out: app.IO.Out,
		Echo:      !app.IO.InTTY,
		Width:     app.IO.TextWidth(),
		Title:     l.Title,
		Review:    func(id string) string { return quizStepLabel(l, id) },
		RetryHint: "lectern quiz " + l.ID + " --retry",
		Record: func(o quiz.Outcome) string {
			if !o.Complete() { // nothing to save; say so
				return quiz.Record(&progress.Lesson{}, "", o, app.Now())
			}
			note, problems, _ := saveQuiz(app, l, o)
			for _, problem := range problems {
				fmt.Fprintln(app.IO.ErrOut, "lectern:", problem)
			}
			return note
		},
	}
	p.Run(attempt)
	return nil
}

// quizStepLabel is how feedback points back to a step: "step 3, Visual
// Model".
func quizStepLabel(l *lessons.Lesson, id string) string {
	return quiz.StepLabel(id, l.StepIndex(id), func(i int) string { return l.Steps[i].Title })
}

// saveQuiz records finished attempts, in order, in one change to progress
// (see quiz.Record for what counts). It returns the note on the last one
// for the learner, what to tell them on stderr (a damaged file set aside,
// why the save failed) and, when nothing was saved, the error.
func saveQuiz(app *App, l *lessons.Lesson, outcomes ...quiz.Outcome) (note string, problems []string, err error) {
	step := ""
	if s := l.StepByKind(lessons.KindQuiz); s != nil {
		step = s.ID
	}
	_, notice, err := app.Progress().Update(func(st *progress.State) error {
		pl := st.Lesson(l.ID)
		if pl.ContentVersion == 0 {
			pl.ContentVersion = l.Version
		}
		for _, o := range outcomes {
			note = quiz.Record(pl, step, o, app.Now())
		}
		return nil
	})
	if notice != nil {
		problems = append(problems, notice.Msg)
	}
	if err != nil {
		note, problems = "Not saved: see the message above.", append(problems, err.Error())
	}
	return note, problems, err
}

// runQuizTUI runs the quiz full-screen on its own (the lesson TUI embeds
// the same component in its Quick Quiz step). Enter on the results, esc or
// q (when not typing a number) leave; each finished attempt is saved, and
// none is lost by leaving while its save waits for the progress file.
func runQuizTUI(app *App, l *lessons.Lesson, prior *progress.Quiz, seed uint64, retry bool) error {
	c := &tui.Common{Keys: tui.DefaultKeyMap(), Colour: app.IO.Colour, Dark: true}
	c.Styles = tui.NewStyles(c.Colour, c.Dark)
	q := tui.NewQuiz(c, l, prior, seed)
	q.SetExitHelp("quit")
	if retry {
		q.StartRetry()
	}
	m := &quizProgram{l: l, c: c, q: q, saver: &quizSaver{app: app, l: l}}
	p := tea.NewProgram(m, tea.WithInput(app.IO.In), tea.WithOutput(app.IO.Out))
	_, err := p.Run()
	for _, problem := range m.saver.finish() {
		fmt.Fprintln(app.IO.ErrOut, "lectern:", problem)
	}
	if err != nil {
		return err
	}
	if done := q.Outcomes(); len(done) > 0 {
		o := done[len(done)-1]
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

// quizSaver saves the finished attempts of a full-screen quiz. The screen
// queues each one as it finishes and saves it in the background, so a
// progress file locked by another lectern never holds up the screen;
// flush, once the program has ended, waits for a save under way and saves
// whatever is still queued.
type quizSaver struct {
	app *App
	l   *lessons.Lesson

	saving sync.Mutex // held for a whole save: one at a time, in order

	mu       sync.Mutex // guards queue and problems, briefly
	queue    []quiz.Outcome
	problems []string
}

func (s *quizSaver) add(o ...quiz.Outcome) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.queue = append(s.queue, o...)
}

// flush saves the queued outcomes and returns why that failed, or "".
func (s *quizSaver) flush() string {
	s.saving.Lock()
	defer s.saving.Unlock()
	s.mu.Lock()
	batch := s.queue
	s.queue = nil
	s.mu.Unlock()
	if len(batch) == 0 {
		return ""
	}
	_, problems, err := saveQuiz(s.app, s.l, batch...)
	s.mu.Lock()
	s.problems = append(s.problems, problems...)
	s.mu.Unlock()
	if err != nil {
		return err.Error()
	}
	return ""
}

// finish, once the program has ended, saves what is still queued (after
// a save under way) and returns every problem met on the way.
func (s *quizSaver) finish() []string {
	s.flush()
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.problems
}

// quizProgram hosts the quiz component: a title line, the quiz, a key line.
type quizProgram struct {
	l     *lessons.Lesson
	c     *tui.Common
	q     *tui.QuizModel
	saver *quizSaver
	// queued counts the quiz's outcomes handed to the saver.
	queued  int
	saveErr string
}

// quizSavedMsg reports a background save: the problem, or "".
type quizSavedMsg struct{ problem string }

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
	case quizSavedMsg:
		if msg.problem != "" {
			m.saveErr = msg.problem
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
	if done := m.q.Outcomes(); len(done) > m.queued {
		m.saver.add(done[m.queued:]...)
		m.queued = len(done)
		saver := m.saver
		cmd = tea.Batch(cmd, func() tea.Msg { return quizSavedMsg{saver.flush()} })
	}
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
