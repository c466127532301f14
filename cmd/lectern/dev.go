package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"github.com/lectern-dev/lectern/catalog"
	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/quiz"
)

// newDevCmd groups the commands for people who write lessons and
// challenges.
func newDevCmd(app *App) *cobra.Command {
	dev := &cobra.Command{
		Use:   "dev",
		Short: "Tools for lesson and challenge authors",
		Args:  usageArgs(cobra.NoArgs),
		RunE:  func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	dev.AddCommand(newDevCheckCmd(app), newDevNewCmd(app))
	return dev
}

func newDevCheckCmd(app *App) *cobra.Command {
	return &cobra.Command{
		Use:   "check",
		Short: "Validate the pack (the built-in course, or --lessons DIR) and grade every challenge",
		Long: `Validate every lesson file, reporting each problem as file:line; report a
challenge that no lesson uses (and an exercise.yaml whose lesson: names a
lesson that does not use it); and grade every challenge's reference solution
(it must pass) and starter (it must compile and fail) through the same
sandbox learners use.`,
		Example: "  lectern dev check\n  lectern --lessons ./my-pack dev check",
		Args:    usageArgs(cobra.NoArgs),
		RunE:    func(cmd *cobra.Command, args []string) error { return runDevCheck(cmd.Context(), app) },
	}
}

func runDevCheck(ctx context.Context, app *App) error {
	if ctx == nil {
		ctx = context.Background()
	}
	w := app.IO.Out
	bad := 0
	cat, err := app.loadCatalog(catalog.Options{})
	if err != nil {
		if !errors.Is(err, errContent) {
			return err
		}
		fmt.Fprintln(w, err)
		bad++
	}
	for _, l := range cat.Lessons {
		fmt.Fprintf(w, "ok   lesson %s: %d steps, %d glossary terms, %s\n", l.ID, len(l.Steps), len(l.Glossary), quizSize(l))
	}
	if err := cat.Check(); err != nil {
		fmt.Fprintln(w, err)
		bad++
	}
	bad += gradeChallenges(ctx, app, cat)
	if bad > 0 {
		return &exitError{code: 1}
	}
	return nil
}

// limitNote warns when the reference needs more than half of the
// challenge's time limit: the interpreter is slow, and a learner's code a
// little slower than the reference would time out.
func limitNote(limit, took time.Duration) string {
	if limit > 0 && took > limit/2 {
		return fmt.Sprintf(" — more than half of its time_limit (%s): raise it, or leave it out for the automatic one", limit)
	}
	return ""
}

// gradeChallenges grades each challenge's reference (it must pass) and
// starter (it must compile and fail) and returns how many are wrong.
func gradeChallenges(ctx context.Context, app *App, cat *catalog.Catalog) int {
	w := app.IO.Out
	g := warmGrading()
	defer g.Close()
	bad := 0
	for _, ch := range cat.Challenges {
		ref := g.grade(ctx, ch, "solution.go", ch.Solution)
		start := g.grade(ctx, ch, "starter.go", ch.Starter)
		switch {
		case !ref.passed():
			bad++
			fmt.Fprintf(w, "FAIL challenge %s: the reference solution does not pass (%s)\n", ch.ID, ref)
		case !start.failed():
			bad++
			fmt.Fprintf(w, "FAIL challenge %s: the starter must compile and fail its tests, but it gave %s\n", ch.ID, start)
		default:
			fmt.Fprintf(w, "ok   challenge %s: reference passes %s, starter fails (%s); the reference runs in %s%s\n",
				ch.ID, ref.score(), start.score(), ref.took.Round(time.Millisecond), limitNote(ch.TimeLimit, ref.took))
		}
	}
	return bad
}

// quizSize counts the questions of the lesson's quizzes.
func quizSize(l *lessons.Lesson) string {
	var quizzes []*quiz.Quiz
	questions := 0
	for _, s := range l.Steps {
		if s.Quiz != nil && !slices.Contains(quizzes, s.Quiz) {
			quizzes = append(quizzes, s.Quiz)
			questions += len(s.Quiz.Questions)
		}
	}
	switch len(quizzes) {
	case 0:
		return "no quiz"
	case 1:
		return fmt.Sprintf("%d quiz questions", questions)
	}
	return fmt.Sprintf("%d quiz questions in %d quizzes", questions, len(quizzes))
}
