package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/lectern-dev/lectern/progress"
)

func init() { register(newHintCmd) }

func newHintCmd(app *App) *cobra.Command {
	return &cobra.Command{
		Use:   "hint <challenge>",
		Short: "Show the next hint for a coding challenge",
		Long: `hint reveals the challenge's hints one at a time, from a gentle nudge to
nearly the answer, and shows the ones already revealed. Your progress
remembers how many you have seen.`,
		Args: challengeArgs(1, "hint <challenge>"),
		RunE: func(cmd *cobra.Command, args []string) error { return runHint(app, args[0]) },
	}
}

func runHint(app *App, id string) error {
	ch, err := challenge(id)
	if err != nil {
		return err
	}
	total := len(ch.Hints)
	shown := 0
	_, _, err = app.Progress().Update(func(st *progress.State) error {
		shown = st.Challenge(ch.ID).RevealHint(total)
		return nil
	})
	if err != nil {
		fmt.Fprintf(app.IO.ErrOut, "lectern: could not save that this hint was seen: %v\n", err)
		shown = 1
	}
	w := app.IO.Out
	for i := 0; i < shown; i++ {
		fmt.Fprintf(w, "Hint %d of %d: %s\n", i+1, total, ch.Hints[i])
		if i < shown-1 {
			fmt.Fprintln(w)
		}
	}
	if shown >= total {
		fmt.Fprintf(w, "\nThat was the last hint. Still stuck? 'lectern solution %s' shows a reference solution.\n", ch.ID)
	}
	return nil
}
