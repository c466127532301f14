package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/lectern-dev/lectern/exercises"
	"github.com/lectern-dev/lectern/progress"
)

type resetOptions struct {
	Target string
	Yes    bool
}

func init() { register(newResetCmd) }

func newResetCmd(app *App) *cobra.Command {
	opts := &resetOptions{}
	cmd := &cobra.Command{
		Use:   "reset [lesson|challenge] [--yes]",
		Short: "Forget progress in a lesson, or restart a challenge's code",
		Long: `reset LESSON forgets the steps done, the place and the quiz record of a
lesson. reset CHALLENGE starts a challenge's code again from the starter,
keeping a backup of your file. Both ask first unless --yes is given.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Target = args[0]
			}
			return runReset(app, opts)
		},
	}
	cmd.Flags().BoolVarP(&opts.Yes, "yes", "y", false, "do not ask for confirmation")
	return cmd
}

func runReset(app *App, opts *resetOptions) error {
	confirm := func(question string) (bool, error) { return askYesNo(app, opts.Yes, question) }
	if opts.Target != "" {
		if handled, err := resetChallenge(app, opts.Target, confirm); handled {
			return err
		}
	}
	l, err := app.Lesson(opts.Target)
	if err != nil {
		var ue *usageError
		if errors.As(err, &ue) {
			// reset takes either kind of name; say so.
			return usageErrorf("%v; challenges: %s", err, strings.Join(exercises.IDs(), ", "))
		}
		return err
	}
	ok, err := confirm(fmt.Sprintf("Forget your progress in %q (steps done, place, quiz record)?", l.Title))
	if err != nil || !ok {
		return err
	}
	if _, _, err := app.Progress().Update(func(st *progress.State) error {
		delete(st.Lessons, l.ID)
		return nil
	}); err != nil {
		return err
	}
	fmt.Fprintf(app.IO.Out, "Progress in %s was reset.\n", l.Title)
	return nil
}

// askYesNo asks on the terminal; without one it refuses rather than guess,
// unless --yes was given.
func askYesNo(app *App, yes bool, question string) (bool, error) {
	if yes {
		return true, nil
	}
	if !app.IO.InTTY {
		return false, usageErrorf("%s\nNot asking without a terminal: add --yes to confirm.", question)
	}
	fmt.Fprintf(app.IO.ErrOut, "%s [y/N] ", question)
	line, _ := bufio.NewReader(app.IO.In).ReadString('\n')
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "y", "yes":
		return true, nil
	}
	fmt.Fprintln(app.IO.ErrOut, "Nothing was changed.")
	return false, nil
}
