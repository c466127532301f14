package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/lectern-dev/lectern/exercises"
	"github.com/lectern-dev/lectern/grader"
	"github.com/lectern-dev/lectern/lessons"
)

func init() { register(newDevCmd) }

// newDevCmd groups the commands for people who write lessons and
// challenges.
func newDevCmd(app *App) *cobra.Command {
	dev := &cobra.Command{
		Use:   "dev",
		Short: "Tools for lesson and challenge authors",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	dev.AddCommand(&cobra.Command{
		Use:   "check",
		Short: "Validate the lessons (or --lessons DIR) and every challenge",
		Long: `Validate every lesson file, reporting each problem as file:line, and
grade every challenge's reference solution (it must pass) and starter (it
must compile and fail) through the same sandbox learners use.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return runDevCheck(cmd.Context(), app) },
	})
	return dev
}

func runDevCheck(ctx context.Context, app *App) error {
	if ctx == nil {
		ctx = context.Background()
	}
	w := app.IO.Out
	bad := 0
	all, err := app.Lessons()
	if err != nil {
		fmt.Fprintln(w, err)
		bad++
	}
	for _, l := range all {
		fmt.Fprintf(w, "ok   lesson %s: %d steps, %d glossary terms, %s\n", l.ID, len(l.Steps), len(l.Glossary), quizSize(l.Quiz))
	}
	chs, err := exercises.All()
	if err != nil {
		fmt.Fprintln(w, err)
		bad++
	}
	g := grader.NewWarm()
	defer g.Close()
	for _, ch := range chs {
		ref := g.Grade(ctx, ch.Task(), "solution.go", ch.Solution)
		start := g.Grade(ctx, ch.Task(), "starter.go", ch.Starter)
		switch {
		case ref.Status != grader.Pass:
			bad++
			fmt.Fprintf(w, "FAIL challenge %s: the reference solution does not pass (%s %s: %s)\n", ch.ID, ref.Status, ref.Reason, ref.Message)
		case start.Status != grader.Fail:
			bad++
			fmt.Fprintf(w, "FAIL challenge %s: the starter must compile and fail its tests, but it gave %s %s %s\n", ch.ID, start.Status, start.Reason, start.Message)
		default:
			fmt.Fprintf(w, "ok   challenge %s: reference passes %d/%d, starter fails (%d/%d)\n", ch.ID, ref.Passed(), ref.Total(), start.Passed(), start.Total())
		}
	}
	if bad > 0 {
		return &exitError{code: 1}
	}
	return nil
}

func quizSize(q *lessons.Quiz) string {
	if q == nil {
		return "no quiz"
	}
	return fmt.Sprintf("%d quiz questions", len(q.Questions))
}
