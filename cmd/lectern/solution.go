package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/lectern-dev/lectern/progress"
)

type solutionOptions struct{ Yes bool }

func newSolutionCmd(app *App) *cobra.Command {
	opts := &solutionOptions{}
	const usage = "solution [challenge] [--yes]"
	cmd := &cobra.Command{
		Use:   usage,
		Short: "Show the reference solution of a coding challenge",
		Long: `solution prints a reference solution. Once you have passed the challenge it
is shown straight away; before that it asks whether you want to give up
(--yes answers for you), and records that you did.`,
		Args: challengeArgs(1, usage),
		RunE: func(cmd *cobra.Command, args []string) error {
			id := ""
			if len(args) == 1 {
				id = args[0]
			}
			return runSolution(app, opts, id, usage)
		},
	}
	cmd.Flags().BoolVarP(&opts.Yes, "yes", "y", false, "give up without being asked")
	return withExamples(app, cmd, func(_, challenge string) string { return "  lectern solution " + challenge })
}

func runSolution(app *App, opts *solutionOptions, id, usage string) error {
	ch, err := app.Challenge(id, usage)
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
	// The comment is wrapped to the terminal; the code is printed as it
	// is, so that it can be copied.
	head := wrapText(fmt.Sprintf("A reference solution for %s. Yours may differ and be just as right: all that matters is that the tests pass.", ch.Title),
		app.IO.TextWidth()-3, "")
	fmt.Fprintf(app.IO.Out, "// %s\n\n", strings.ReplaceAll(head, "\n", "\n// "))
	_, err = app.IO.Out.Write(ch.Solution)
	return err
}
