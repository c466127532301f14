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

func newResetCmd(app *App) *cobra.Command {
	opts := &resetOptions{}
	cmd := &cobra.Command{
		Use:   "reset [lesson|challenge] [--yes]",
		Short: "Forget progress in a lesson, or restart a challenge's code",
		Long: `reset LESSON forgets the steps done, the place and the quiz record of a
lesson. reset CHALLENGE starts a challenge's code again from the starter,
keeping a backup of your file. Both ask first unless --yes is given. Without
a name it is the lesson you are working through (or the only one).`,
		Args: usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Target = args[0]
			}
			return runReset(app, opts)
		},
	}
	cmd.Flags().BoolVarP(&opts.Yes, "yes", "y", false, "do not ask for confirmation")
	return withExamples(app, cmd, func(lesson, challenge string) string {
		return fmt.Sprintf("  lectern reset %s\n  lectern reset %s --yes", lesson, challenge)
	})
}

func runReset(app *App, opts *resetOptions) error {
	confirm := func(question string) (bool, error) { return askYesNo(app, opts.Yes, question) }
	cat, err := app.Catalog()
	if err != nil {
		return err
	}
	if ch := cat.Challenge(opts.Target); ch != nil {
		return resetChallenge(app, ch, confirm)
	}
	l, err := app.Lesson(opts.Target, "reset LESSON|CHALLENGE")
	if err != nil {
		var ue *usageError
		if errors.As(err, &ue) && opts.Target != "" {
			// reset takes either kind of name; say so.
			return usageErrorf("%v; challenges: %s", err, strings.Join(cat.ChallengeIDs(), ", "))
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

// resetChallenge puts the starter back in the challenge's workspace file
// (after confirm), keeping a backup.
func resetChallenge(app *App, ch *exercises.Challenge, confirm func(string) (bool, error)) error {
	ws := workspaceOf(app)
	ok, err := confirm(fmt.Sprintf("Replace your code for %q (%s) with the starter? A backup of your file is kept.", ch.Title, ws.Path(ch.ID)))
	if err != nil || !ok {
		return err
	}
	backup, err := ws.Reset(ch)
	if err != nil {
		return err
	}
	fmt.Fprintf(app.IO.Out, "%s now holds the starter code.\n", ws.Path(ch.ID))
	if backup != "" {
		fmt.Fprintf(app.IO.Out, "Your previous code is in %s.\n", backup)
	}
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
