package main

import (
	"runtime/debug"

	"github.com/spf13/cobra"
)

// shortLivedGC is the GOGC of a command that prints and exits: the
// collector's first cycle waits until the heap reaches 4 MiB × 8 = 32 MiB.
const shortLivedGC = 800

// shortLived marks cmd as one that prints and exits within milliseconds
// (list, check, progress, read…). In lectern's own process it runs with
// GOGC=800: its heap is a few MiB, all of it freed by exiting, so the
// collector never runs (with a pack of 100 lessons collecting took a
// twelfth of list's time), and a command that does need a large heap
// (a huge lesson) gets a collector that runs rarely rather than none.
// GOGC or GOMEMLIMIT set by the user win; the TUI, watch, lab and dev
// keep the usual collector.
func shortLived(app *App, cmd *cobra.Command) *cobra.Command {
	run := cmd.RunE
	cmd.RunE = func(c *cobra.Command, args []string) error {
		if app.IO.OwnProcess && app.Getenv("GOGC") == "" && app.Getenv("GOMEMLIMIT") == "" {
			debug.SetGCPercent(shortLivedGC)
		}
		return run(c, args)
	}
	return cmd
}
