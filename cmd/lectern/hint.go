package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/lectern-dev/lectern/progress"
)

func newHintCmd(app *App) *cobra.Command {
	const usage = "hint [challenge]"
	cmd := &cobra.Command{
		Use:   usage,
		Short: "Show the next hint for a coding challenge",
		Long: `hint reveals the challenge's hints one at a time, from a gentle nudge to
nearly the answer, and shows the ones already revealed. Your progress
remembers how many you have seen. Without a challenge it is the one you are
working on, if there is one.`,
		Args: challengeArgs(1, usage),
		RunE: func(cmd *cobra.Command, args []string) error {
			id := ""
			if len(args) == 1 {
				id = args[0]
			}
			return runHint(app, id, usage)
		},
	}
	return withExamples(app, cmd, func(_, challenge string) string { return "  lectern hint " + challenge })
}

func runHint(app *App, id, usage string) error {
	ch, err := app.Challenge(id, usage)
	if err != nil {
		return err
	}
	total := len(ch.Hints)
	if total == 0 {
		fmt.Fprintf(app.IO.Out, "%s has no hints. 'lectern solution %s' shows a reference solution.\n", ch.Title, ch.ID)
		return nil
	}
	shown := 0
	_, _, err = app.Progress().Update(func(st *progress.State) error {
		shown = st.Challenge(ch.ID).RevealHint(total)
		return nil
	})
	if err != nil {
		fmt.Fprintf(app.IO.ErrOut, "lectern: could not save that this hint was seen: %v\n", err)
		shown = 1
	}
	// Hints are prose: wrapped to the terminal (80 columns through a
	// pipe), numbers kept whole.
	w, width := app.IO.Out, app.IO.TextWidth()
	for i := 0; i < shown; i++ {
		fmt.Fprintln(w, wrapText(fmt.Sprintf("Hint %d of %d: %s", i+1, total, ch.Hints[i]), width, "  "))
		if i < shown-1 {
			fmt.Fprintln(w)
		}
	}
	if shown >= total {
		fmt.Fprintln(w, "\n"+wrapText(fmt.Sprintf("That was the last hint. Still stuck? 'lectern solution %s' shows a reference solution.", ch.ID), width, ""))
	}
	return nil
}
