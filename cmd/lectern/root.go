package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/lectern-dev/lectern/grader"
	"github.com/lectern-dev/lectern/grader/sandbox"
)

// Subcommands register themselves here (one file each), so adding a command
// never means editing a shared list.
var subcommands []func(*App) *cobra.Command

func register(f func(*App) *cobra.Command) { subcommands = append(subcommands, f) }

func newRootCmd(app *App) *cobra.Command {
	root := &cobra.Command{
		Use:   "lectern",
		Short: "Offline lessons, diagrams, quizzes and graded Go challenges in your terminal",
		Long: `lectern opens the lesson where you left off. Everything works offline
from this one binary; progress is saved as you go.

Without a terminal (a pipe, a script, a screen reader) use the commands below:
each prints plain text, and list, progress and check also speak --json.`,
		Version:       versionString(),
		Args:          cobra.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTUI(app)
		},
	}
	root.SetVersionTemplate("lectern {{.Version}}\n")
	root.PersistentFlags().StringVar(&app.LessonsDir, "lessons", app.LessonsDir,
		"load lessons from this folder instead of the built-in ones (also LECTERN_LESSONS)")
	root.SetOut(app.IO.Out)
	root.SetErr(app.IO.ErrOut)
	root.SetIn(app.IO.In)
	root.CompletionOptions.DisableDefaultCmd = true
	for _, f := range subcommands {
		root.AddCommand(f(app))
	}
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageErrorf("%v\nRun '%s --help' for usage.", err, cmd.CommandPath())
	})
	return root
}

// Main runs lectern with args and returns the process's exit status:
// 0 success, 1 a check that did not pass or a runtime problem, 2 a usage
// error.
func Main(args []string, streams *IOStreams, getenv func(string) string) int {
	// The grader re-executes this binary as its sandboxed worker.
	if sandbox.IsWorker(args) {
		return grader.WorkerMain()
	}
	app := newApp(streams, getenv)
	root := newRootCmd(app)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	var ue *usageError
	if errors.As(err, &ue) || isCobraUsageError(err) {
		fmt.Fprintln(streams.ErrOut, "lectern:", err)
		return 2
	}
	fmt.Fprintln(streams.ErrOut, "lectern:", err)
	return 1
}

// cobra reports argument mistakes as plain errors; recognise them so they
// exit with the usage status.
func isCobraUsageError(err error) bool {
	msg := err.Error()
	for _, s := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "accepts ", "requires at least", "requires at most", "invalid argument"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
