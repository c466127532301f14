package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// newRootCmd builds the command tree. Each command is built by its own
// constructor (one file each) from the app it runs against.
func newRootCmd(app *App) *cobra.Command {
	root := &cobra.Command{
		Use:   "lectern",
		Short: "Offline lessons, diagrams, quizzes and graded Go challenges in your terminal",
		Long: `lectern opens the lesson where you left off. Everything works offline
from this one binary; progress is saved as you go.

With a screen reader, lectern --screen-reader (or LECTERN_ACCESSIBLE=1) is
the whole course as plain lines in the scrollback: type a command, get the
text; it works through a pipe too. Without a terminal (a pipe, a script)
the commands below each print plain text, and list, progress and check also
speak --json.`,
		Version:       versionString(),
		Args:          usageArgs(cobra.NoArgs),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if app.ScreenReader {
				return runLinear(app)
			}
			return runTUI(app)
		},
	}
	root.SetVersionTemplate("lectern {{.Version}}\n")
	root.PersistentFlags().StringVar(&app.LessonsDir, "lessons", app.LessonsDir,
		"use this lesson pack (or lesson folder) instead of the built-in course (also LECTERN_LESSONS)")
	root.PersistentFlags().BoolVar(&app.ScreenReader, "screen-reader", app.ScreenReader,
		"plain lines in the scrollback, no full-screen interface, one-line announcements (also LECTERN_ACCESSIBLE=1)")
	root.SetOut(app.IO.Out)
	root.SetErr(app.IO.ErrOut)
	root.SetIn(app.IO.In)
	root.CompletionOptions.DisableDefaultCmd = true
	root.AddCommand(
		shortLived(app, newReadCmd(app)),
		shortLived(app, newListCmd(app)),
		shortLived(app, newProgressCmd(app)),
		newQuizCmd(app),
		shortLived(app, newCheckCmd(app)),
		newWatchCmd(app),
		shortLived(app, newHintCmd(app)),
		shortLived(app, newSolutionCmd(app)),
		newResetCmd(app),
		newLabCmd(app),
		newDevCmd(app),
	)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageErrorf("%v\nRun '%s --help' for usage.", err, cmd.CommandPath())
	})
	return root
}

// usageArgs makes any complaint of an argument check a usage error.
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			var ue *usageError
			if errors.As(err, &ue) {
				return err
			}
			return usageErrorf("%v\nRun '%s --help' for usage.", err, cmd.CommandPath())
		}
		return nil
	}
}

// withExamples fills cmd's examples from the loaded pack when its help is
// shown (the pack is known only once --lessons has been parsed).
func withExamples(app *App, cmd *cobra.Command, examples func(lesson, challenge string) string) *cobra.Command {
	help := cmd.HelpFunc()
	cmd.SetHelpFunc(func(c *cobra.Command, args []string) {
		c.Example = examples(app.examples())
		help(c, args)
	})
	return cmd
}

// Main runs lectern with args and returns the process's exit status:
// 0 success, 1 a check that did not pass or a runtime problem, 2 a usage
// error.
func Main(args []string, streams *IOStreams, getenv func(string) string) int {
	// The grader re-executes this binary as its sandboxed worker.
	if code, ok := runWorker(args); ok {
		return code
	}
	if len(args) == 1 && args[0] == helperArg {
		return runHelper(newApp(streams, getenv))
	}
	app := newApp(streams, getenv)
	root := newRootCmd(app)
	root.SetArgs(args)
	return exitStatus(root.Execute(), streams.ErrOut)
}

// exitStatus is the exit status for a command's error, which it explains
// on errOut (an exitError has said what it had to).
func exitStatus(err error, errOut io.Writer) int {
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	fmt.Fprintln(errOut, "lectern:", err)
	var ue *usageError
	if errors.As(err, &ue) {
		return 2
	}
	return 1
}
