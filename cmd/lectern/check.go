package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"strings"

	"github.com/spf13/cobra"

	"github.com/lectern-dev/lectern/exercises"
	"github.com/lectern-dev/lectern/grader"
	"github.com/lectern-dev/lectern/grader/sandbox"
	"github.com/lectern-dev/lectern/progress"
)

type checkOptions struct {
	JSON bool
}

func init() { register(newCheckCmd) }

// challengeArgs accepts a challenge and at most one more argument, and
// names the known challenges when the first is missing.
func challengeArgs(maxArgs int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return usageErrorf("which challenge? usage: lectern %s (challenges: %s)", what, strings.Join(exercises.IDs(), ", "))
		}
		if len(args) > maxArgs {
			return usageErrorf("too many arguments: usage: lectern %s", what)
		}
		return nil
	}
}

func newCheckCmd(app *App) *cobra.Command {
	opts := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "check <challenge> [file] [--json]",
		Short: "Grade your code for a coding challenge",
		Long: `check grades a Go file against the challenge's tests (the examples you can
see and hidden ones), without needing Go installed. Without FILE it grades
your workspace file for the challenge (created from the starter the first
time; its path is printed).

Exit status: 0 all tests pass, 1 not passed yet, 2 usage error, 130 cancelled
(Ctrl-C: nothing is recorded).
--json prints the Exercism test-runner format (version 2) plus challenge,
reason and duration_ms.`,
		Args: challengeArgs(2, "check <challenge> [file] [--json]"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(cmd.Context(), app, opts, args)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the result as JSON (Exercism test-runner v2)")
	return cmd
}

func runCheck(ctx context.Context, app *App, opts *checkOptions, args []string) error {
	ch, err := challenge(args[0])
	if err != nil {
		return err
	}
	// Start the worker process now, so that its start-up overlaps with
	// reading and checking the file; load the lessons (for progress) too.
	g := &grader.Grader{Pool: sandbox.NewPool("")}
	g.Pool.NoRefill = true
	defer g.Close()
	_ = g.Pool.Warm()
	go func() { _, _ = app.Lessons() }()
	name, code, size, err := sourceFor(app, ch, args[1:])
	if err != nil {
		return err
	}
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()
	var v *grader.Verdict
	if size != 0 {
		v = grader.OversizeVerdict(ch.Task(), name, size)
	} else {
		v = g.Grade(ctx, ch.Task(), name, code)
	}
	if v.Reason == grader.ReasonCancelled {
		// Ctrl-C: no verdict, nothing recorded; 130 as for any command
		// stopped by SIGINT.
		fmt.Fprintln(app.IO.ErrOut, "cancelled")
		return &exitError{code: 130}
	}
	recordAttempt(app, ch, v)
	if opts.JSON {
		if err := grader.WriteJSON(app.IO.Out, v); err != nil {
			return err
		}
	} else if err := grader.WriteText(app.IO.Out, v); err != nil {
		return err
	}
	if v.Status != grader.Pass {
		return &exitError{code: 1}
	}
	return nil
}

// sourceFor reads the file to grade: the one named, or the workspace file.
// A file larger than the grader accepts is not read: tooLarge is then its
// size (-1 when that is unknown, for a pipe say) and code is nil.
func sourceFor(app *App, ch *exercises.Challenge, rest []string) (name string, code []byte, tooLarge int64, err error) {
	if len(rest) == 1 {
		name = rest[0]
		st, err := os.Stat(name)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return "", nil, 0, usageErrorf("%s: no such file", name)
		case err != nil:
			return "", nil, 0, usageErrorf("%s: %v", name, err)
		case st.IsDir():
			return "", nil, 0, usageErrorf("%s is a folder; name the .go file to check", name)
		case st.Mode().IsRegular() && st.Size() > grader.MaxSourceBytes:
			return name, nil, st.Size(), nil
		}
		// Read one byte past the grader's cap (a pipe has no size to ask).
		f, err := os.Open(name)
		if err != nil {
			return "", nil, 0, usageErrorf("%s: cannot read: %v", name, err)
		}
		defer f.Close()
		code, err = io.ReadAll(io.LimitReader(f, grader.MaxSourceBytes+1))
		if err != nil {
			return "", nil, 0, usageErrorf("%s: cannot read: %v", name, err)
		}
		if len(code) > grader.MaxSourceBytes {
			return name, nil, -1, nil
		}
		return name, code, 0, nil
	}
	ws := workspaceOf(app)
	path, created, err := ws.Ensure(ch)
	if err != nil {
		return "", nil, 0, fmt.Errorf("preparing your workspace file %s: %w", path, err)
	}
	if created {
		fmt.Fprintf(app.IO.ErrOut, "Created %s from the starter code: open it in your editor and write %s.\n",
			path, ch.Functions[0].Name)
	} else if !app.IO.OutTTY {
		fmt.Fprintf(app.IO.ErrOut, "Checking %s\n", path)
	}
	code, err = os.ReadFile(path)
	if err != nil {
		return "", nil, 0, fmt.Errorf("reading %s: %w", path, err)
	}
	return path, code, 0, nil
}

// recordAttempt saves the grading in progress; a pass also marks the
// lesson's challenge step done. Problems saving are reported, not fatal.
func recordAttempt(app *App, ch *exercises.Challenge, v *grader.Verdict) {
	now := app.Now()
	var lessonID, stepID string
	if all, err := app.Lessons(); err == nil {
		for _, l := range all {
			for _, s := range l.Steps {
				if s.Challenge == ch.ID {
					lessonID, stepID = l.ID, s.ID
				}
			}
		}
	}
	a := progress.Attempt{At: now, Verdict: string(v.Status), Reason: string(v.Reason), Passed: v.Passed(), Total: v.Total()}
	_, _, err := app.Progress().Update(func(st *progress.State) error {
		st.RecordAttempt(ch.ID, a, lessonID, stepID)
		return nil
	})
	if err != nil {
		fmt.Fprintf(app.IO.ErrOut, "lectern: this attempt was not saved: %v\n", err)
	}
}
