package main

import (
	"fmt"
	"math/rand/v2"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/quiz"
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

// runQuizTUI runs the full-screen quiz; it is set by the TUI wiring. When
// nil (or with --plain, or without a terminal) the quiz is plain text.
var runQuizTUI func(app *App, l *lessons.Lesson, a *quiz.Attempt, rng *rand.Rand) error

func runQuiz(app *App, opts *quizOptions) error {
	l, err := app.Lesson(opts.Lesson)
	if err != nil {
		return err
	}
	if l.Quiz == nil || len(l.Quiz.Questions) == 0 {
		return usageErrorf("lesson %q has no quiz", l.ID)
	}
	seed := opts.Seed
	if !opts.SeedSet {
		seed = rand.Uint64()
	}
	rng := quiz.NewRand(seed)
	attempt := quiz.NewAttempt(l.Quiz, rng)
	if opts.Retry {
		var missed []string
		if pl := app.LoadProgress().Lessons[l.ID]; pl != nil && pl.Quiz != nil {
			missed = pl.Quiz.LastMissed
		}
		attempt = quiz.NewRetry(l.Quiz, missed, rng)
		if attempt.Len() == 0 {
			fmt.Fprintf(app.IO.Out, "Nothing to retry: no questions were missed last time. Take the whole quiz with: lectern quiz %s\n", l.ID)
			return nil
		}
	}
	if !opts.Plain && app.IO.Interactive() && runQuizTUI != nil {
		return runQuizTUI(app, l, attempt, rng)
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
