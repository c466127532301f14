package main

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/quiz"
	"github.com/lectern-dev/lectern/tui"
)

type quizOptions struct {
	Lesson  string
	Step    string
	Plain   bool
	Seed    uint64
	SeedSet bool
	Retry   bool
}

func newQuizCmd(app *App) *cobra.Command {
	opts := &quizOptions{}
	cmd := &cobra.Command{
		Use:   "quiz [lesson] [--step N] [--plain] [--retry] [--seed N]",
		Short: "Take a lesson's quiz",
		Long: `Take a lesson's quiz. Every answer is explained and points back to the
step that covers it. Without a lesson it is the one you are working through
(or the only one); in a lesson with several quiz steps, --step picks one
(its number or id; by default the one you are at, else the first not
passed yet).

On a terminal the quiz is full-screen. With --plain, or when standard input
or output is not a terminal, it is plain text: numbered questions, lettered
options, one answer per line — a letter (b), letters separated by commas for
"select all" (a,c), t or f for true/false, or a number (12.5, $12.50). An
invalid answer is explained and asked again; the end of input stops the
quiz and reports the score so far. The last line is "Score: X/Y". Plain
output never has escape codes.

Passing is 80% (or the quiz's pass mark) on a full attempt; it marks the
quiz step done. --retry asks only the questions you missed last time: it is
practice, so it updates what is still missed but never passes the quiz by
itself.

Exit status: 0 the quiz passed (or, for --retry, every question was right;
or there was nothing to retry), 1 it did not (or it was left before the
end), 2 usage error — as lectern check.`,
		Args: usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Lesson = args[0]
			}
			opts.SeedSet = cmd.Flags().Changed("seed")
			return runQuiz(app, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Step, "step", "", "the quiz step to take (its number or id)")
	cmd.Flags().BoolVar(&opts.Plain, "plain", false, "plain text, one answer per line (automatic without a terminal)")
	cmd.Flags().BoolVar(&opts.Retry, "retry", false, "ask only the questions missed last time")
	cmd.Flags().Uint64Var(&opts.Seed, "seed", 0, "shuffle the options the same way every time")
	return withExamples(app, cmd, func(lesson, _ string) string {
		return fmt.Sprintf("  lectern quiz\n  lectern quiz %s --plain\n  printf 'b\\na,c\\n' | lectern quiz %s --seed 1", lesson, lesson)
	})
}

// quizStep picks the quiz step to take: the one named (number or id), else
// the lesson's only one, the one the learner is at, the first not passed
// yet, or the first.
func quizStep(l *lessons.Lesson, name string, lp *progress.Lesson) (int, error) {
	steps := l.StepsOfKind(lessons.KindQuiz)
	if len(steps) == 0 {
		return 0, usageErrorf("lesson %q has no quiz", l.ID)
	}
	if name != "" {
		i := l.StepIndex(name)
		if n, err := strconv.Atoi(name); err == nil {
			i = n - 1
		}
		if i < 0 || i >= len(l.Steps) || l.Steps[i].Kind != lessons.KindQuiz {
			var nums []string
			for _, s := range steps {
				nums = append(nums, fmt.Sprintf("%d (%s)", s+1, l.Steps[s].ID))
			}
			return 0, usageErrorf("--step %s: not a quiz step of %s (quiz steps: %s)", name, l.ID, strings.Join(nums, ", "))
		}
		return i, nil
	}
	if lp != nil {
		if i := l.StepIndex(lp.CurrentStep); i >= 0 && l.Steps[i].Kind == lessons.KindQuiz {
			return i, nil
		}
	}
	for _, i := range steps {
		if q := lp.QuizOf(l.Steps[i].ID, l.PrimaryQuiz(l.Steps[i].ID)); q == nil || !q.Passed {
			return i, nil
		}
	}
	return steps[0], nil
}

func runQuiz(app *App, opts *quizOptions) error {
	l, err := app.FullLesson(opts.Lesson, "quiz LESSON")
	if err != nil {
		return err
	}
	st, _, _ := app.progressState()
	lp := st.Lessons[l.ID]
	i, err := quizStep(l, opts.Step, lp)
	if err != nil {
		return err
	}
	step := l.Steps[i]
	if step.Quiz == nil || len(step.Quiz.Questions) == 0 {
		return usageErrorf("lesson %q has no quiz", l.ID)
	}
	var prior *progress.Quiz
	if app.ScreenReader {
		opts.Plain = true // one question, one answer per line
	}
	if opts.Retry || (!opts.Plain && app.IO.Interactive()) {
		prior = app.LoadProgress().Lessons[l.ID].QuizOf(step.ID, l.PrimaryQuiz(step.ID))
	}
	var missed []string
	if prior != nil {
		missed = prior.LastMissed
	}
	retryCmd := "lectern quiz " + l.ID
	if len(l.StepsOfKind(lessons.KindQuiz)) > 1 {
		retryCmd += fmt.Sprintf(" --step %d", i+1)
	}
	if opts.Retry && quiz.NewRetry(step.Quiz, missed, nil).Len() == 0 {
		fmt.Fprintf(app.IO.Out, "Nothing to retry: no questions were missed last time. Take the whole quiz with: %s\n", retryCmd)
		return nil
	}
	seed := opts.Seed
	if !opts.SeedSet {
		seed = rand.Uint64()
	}
	if !opts.Plain && app.IO.Interactive() {
		return runQuizTUI(app, l, i, seed, opts.Retry)
	}
	rng := quiz.NewRand(seed)
	attempt := quiz.NewAttempt(step.Quiz, rng)
	if opts.Retry {
		attempt = quiz.NewRetry(step.Quiz, missed, rng)
	}
	p := quiz.Plain{
		In: app.IO.In, Out: app.IO.Out,
		Echo:      !app.IO.InTTY,
		Width:     app.IO.TextWidth(),
		Title:     l.Title,
		Quiz:      step.Title,
		Review:    func(id string) string { return quizStepLabel(l, id) },
		RetryHint: retryCmd + " --retry",
		Record: func(o quiz.Outcome) string {
			if !o.Complete() { // nothing to save; say so
				return quiz.Record(&progress.Lesson{}, quiz.Step{}, o, app.Now())
			}
			note, problems, _ := saveQuiz(app, l, step.ID, o)
			for _, problem := range problems {
				fmt.Fprintln(app.IO.ErrOut, "lectern:", problem)
			}
			return note
		},
	}
	if !quizPassed(p.Run(attempt)) {
		return &exitError{code: 1}
	}
	return nil
}

// quizPassed is what the exit status says: a full attempt passed, or a
// retry with every question right.
func quizPassed(o quiz.Outcome) bool {
	if o.Full {
		return o.Passed
	}
	return o.Complete() && o.Score == o.Total
}

// quizStepLabel is how feedback points back to a step: "step 3, Visual
// Model".
func quizStepLabel(l *lessons.Lesson, id string) string {
	return quiz.StepLabel(id, l.StepIndex(id), func(i int) string { return l.Steps[i].Title })
}

// saveQuiz records a finished attempt of quiz step stepID in one change to
// progress (see quiz.Record for what counts). It returns the note for the
// learner, what to tell them on stderr (a damaged file set aside, why the
// save failed) and, when nothing was saved, the error.
func saveQuiz(app *App, l *lessons.Lesson, stepID string, o quiz.Outcome) (note string, problems []string, err error) {
	_, notice, err := app.Progress().Update(func(st *progress.State) error {
		pl := st.Lesson(l.ID)
		if pl.ContentVersion == 0 {
			pl.ContentVersion = l.Version
		}
		s := l.Steps[l.StepIndex(stepID)]
		note = quiz.Record(pl, quiz.Step{ID: s.ID, Title: s.Title, Primary: l.PrimaryQuiz(s.ID)}, o, app.Now())
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

// runQuizTUI opens the TUI on quiz step i of l alone: the same root model
// as the lesson, whose one queue saves each finished attempt (quitting
// waits for it). Enter on the results, esc or q (when not typing a number)
// leave. The last attempt's score is printed after the screen closes.
func runQuizTUI(app *App, l *lessons.Lesson, i int, seed uint64, retry bool) error {
	m, err := runProgram(app, &tui.Focus{Lesson: l.ID, Step: l.Steps[i].ID, Retry: retry}, seed)
	if err != nil {
		return err
	}
	if p := m.SaveProblem(); p != "" {
		fmt.Fprintln(app.IO.ErrOut, "lectern:", p)
	}
	o, ok := m.QuizOutcome()
	if ok {
		fmt.Fprintf(app.IO.Out, "%s quiz: %d/%d", l.Title, o.Score, o.Total)
		switch {
		case o.Passed:
			fmt.Fprint(app.IO.Out, ", passed")
		case !o.Full:
			fmt.Fprint(app.IO.Out, " on a retry")
		}
		fmt.Fprintln(app.IO.Out)
	}
	if !ok || !quizPassed(o) {
		return &exitError{code: 1}
	}
	return nil
}
