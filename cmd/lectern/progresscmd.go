package main

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/spf13/cobra"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
)

type progressOptions struct{ JSON bool }

func newProgressCmd(app *App) *cobra.Command {
	opts := &progressOptions{}
	cmd := &cobra.Command{
		Use:   "progress [--json]",
		Short: "Show what you have done and where it is stored",
		Args:  usageArgs(cobra.NoArgs),
		RunE:  func(cmd *cobra.Command, args []string) error { return runProgress(app, opts) },
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON for scripts")
	return cmd
}

type challengeStatus struct {
	ID            string `json:"id"`
	Passed        bool   `json:"passed"`
	Attempts      int    `json:"attempts"`
	HintsRevealed int    `json:"hints_revealed"`
	LastVerdict   string `json:"last_verdict,omitempty"`
	LastScore     string `json:"last_score,omitempty"`
	LastReason    string `json:"last_reason,omitempty"` // of an error: compile, timeout, memory, crash
}

func runProgress(app *App, opts *progressOptions) error {
	cat, err := app.Catalog()
	if err != nil {
		return err
	}
	st := app.LoadProgress()
	var ls []lessonStatus
	for _, l := range cat.Lessons {
		ls = append(ls, statusOf(l, st))
	}
	var cs []challengeStatus
	for id, c := range st.Challenges {
		cs = append(cs, challengeOf(id, c))
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].ID < cs[j].ID })
	if opts.JSON {
		enc := json.NewEncoder(app.IO.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"file": app.Progress().Path(), "lessons": ls, "challenges": cs})
	}
	// Wrapped to the terminal (lines kept whole through a pipe).
	w, done := textOut(app)
	defer done()
	for _, l := range ls {
		fmt.Fprintf(w, "%s (%s): %d/%d steps, %s\n", l.Title, l.ID, l.StepsDone, l.StepsTotal, l.Status)
		if l.CurrentStep != "" {
			// Named as the home screen names it.
			for _, s := range l.Steps {
				if s.ID == l.CurrentStep {
					fmt.Fprintf(w, "  resume at: step %d, %s\n", s.Number, s.Title)
				}
			}
		}
		if l.ContentChanged {
			fmt.Fprintln(w, "  note: the lesson has changed since this progress was recorded")
		}
		var quizzes []stepStatus
		for _, s := range l.Steps {
			if s.Kind == lessons.KindQuiz {
				quizzes = append(quizzes, s)
			}
		}
		for _, s := range quizzes {
			q := s.Quiz
			if q == nil {
				continue
			}
			passed := "not passed yet"
			if q.Passed {
				passed = "passed"
			}
			name := "quiz"
			if len(quizzes) > 1 {
				name = fmt.Sprintf("quiz (step %d, %s)", s.Number, s.Title)
			}
			fmt.Fprintf(w, "  %s: best %d/%d, %d attempt(s), %s\n", name, q.BestScore, q.BestTotal, q.Attempts, passed)
		}
	}
	for _, c := range cs {
		state := "not passed yet"
		if c.Passed {
			state = "passed"
		}
		fmt.Fprintf(w, "challenge %s: %s, %d attempt(s), %d hint(s) revealed", c.ID, state, c.Attempts, c.HintsRevealed)
		switch {
		case c.LastVerdict == "error" && c.LastReason != "":
			fmt.Fprintf(w, ", last: %s error", c.LastReason) // no tests ran: no score
		case c.LastVerdict != "":
			fmt.Fprintf(w, ", last: %s %s", c.LastVerdict, c.LastScore)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "Stored in %s\n", app.Progress().Path())
	return nil
}

func challengeOf(id string, c *progress.Challenge) challengeStatus {
	s := challengeStatus{ID: id, Passed: c.Passed, Attempts: len(c.Attempts), HintsRevealed: c.HintsRevealed}
	if n := len(c.Attempts); n > 0 {
		last := c.Attempts[n-1]
		s.LastVerdict, s.LastReason = last.Verdict, last.Reason
		s.LastScore = fmt.Sprintf("%d/%d", last.Passed, last.Total)
	}
	return s
}
