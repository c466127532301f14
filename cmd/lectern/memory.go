package main

import (
	"runtime/debug"

	"github.com/spf13/cobra"
)

// shortLivedHeap is the heap a command that prints and exits may grow to
// before the garbage collector runs at all.
const shortLivedHeap = 48 << 20

// shortLived marks cmd as one that prints and exits within milliseconds
// (list, check, progress, read…). In lectern's own process it runs with
// the collector off until the heap nears shortLivedHeap: its heap is a few
// MiB, all of it freed by exiting, and collecting it is wasted time — with
// a pack of 100 lessons, a twelfth of list's. GOGC or GOMEMLIMIT set by
// the user win; the TUI, watch, lab and dev keep the usual collector.
func shortLived(app *App, cmd *cobra.Command) *cobra.Command {
	run := cmd.RunE
	cmd.RunE = func(c *cobra.Command, args []string) error {
		if app.IO.OwnProcess && app.Getenv("GOGC") == "" && app.Getenv("GOMEMLIMIT") == "" {
			debug.SetMemoryLimit(shortLivedHeap)
			debug.SetGCPercent(-1)
		}
		return run(c, args)
	}
	return cmd
}
