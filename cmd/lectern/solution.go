package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/lectern-dev/lectern/progress"
)

type solutionOptions struct{ Yes bool }

func init() { register(newSolutionCmd) }

func newSolutionCmd(app *App) *cobra.Command {
	opts := &solutionOptions{}
	cmd := &cobra.Command{
		Use:   "solution <challenge> [--yes]",
		Short: "Show the reference solution of a coding challenge",
		Long: `solution prints a reference solution. Once you have passed the challenge it
is shown straight away; before that it asks whether you want to give up
(--yes answers for you), and records that you did.`,
		Args: challengeArgs(1, "solution <challenge> [--yes]"),
		RunE: func(cmd *cobra.Command, args []string) error { return runSolution(app, opts, args[0]) },
	}
	cmd.Flags().BoolVarP(&opts.Yes, "yes", "y", false, "give up without being asked")
	return cmd
}

func runSolution(app *App, opts *solutionOptions, id string) error {
	ch, err := challenge(id)
	if err != nil {
		return err
	}
	st := app.LoadProgress()
	c := st.Challenges[ch.ID]
	if c == nil || (!c.Passed && !c.GaveUp) {
		ok, err := askYesNo(app, opts.Yes, fmt.Sprintf("You have not passed %q yet. Give up and see a reference solution?", ch.Title))
		if err != nil {
			return err
		}
		if !ok {
			return &exitError{code: 1}
		}
		if _, _, err := app.Progress().Update(func(st *progress.State) error {
			st.Challenge(ch.ID).GaveUp = true
			return nil
		}); err != nil {
			fmt.Fprintf(app.IO.ErrOut, "lectern: could not record giving up: %v\n", err)
		}
	}
	fmt.Fprintf(app.IO.Out, "// A reference solution for %s.\n// Yours may differ and be just as right: all that matters is that the tests pass.\n\n", ch.Title)
	_, err = app.IO.Out.Write(ch.Solution)
	return err
}
