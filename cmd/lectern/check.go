package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"

	"github.com/spf13/cobra"

	"github.com/lectern-dev/lectern/exercises"
	"github.com/lectern-dev/lectern/linear"
)

const checkUsage = "check [challenge] [file] [--json]"

type checkOptions struct {
	Challenge string
	File      string
	JSON      bool
	// Helper: the check may go to the check helper.
	Helper bool
	// Source, when not nil, is File's content, read already (by the
	// helper's client).
	Source []byte
}

// challengeArgs accepts an optional challenge and at most maxArgs-1 more
// arguments (a file).
func challengeArgs(maxArgs int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > maxArgs {
			return usageErrorf("too many arguments: usage: lectern %s", what)
		}
		return nil
	}
}

func newCheckCmd(app *App) *cobra.Command {
	opts := &checkOptions{}
	const usage = checkUsage
	cmd := &cobra.Command{
		Use:   usage,
		Short: "Grade your code for a coding challenge",
		Long: `check grades a Go file against the challenge's tests (the examples you can
see and hidden ones), without needing Go installed. Without FILE it grades
your workspace file for the challenge (created from the starter the first
time; its path is printed). Without a challenge it grades the one you are
working on, if there is one.

Exit status: 0 all tests pass, 1 not passed yet, 2 usage error, 130 cancelled
(Ctrl-C: nothing is recorded).
--json prints the Exercism test-runner format (version 2) plus challenge,
reason and duration_ms.

With the built-in course, check CHALLENGE FILE starts a check helper for the
checks after it: a lectern process with the course loaded and a worker
started, which makes them faster (lectern __check-helper in the process
list). It leaves after 10 minutes without a check; LECTERN_HELPER=0 turns it
off.`,
		Args: challengeArgs(2, usage),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Challenge, opts.File = challengeAndFile(app, args)
			// With both named, nothing needs asking or creating: a check
			// helper can take it (see helper.go).
			opts.Helper = len(args) == 2 && args[0] != "" && helperAllowed(app)
			return runCheck(cmd.Context(), app, opts, usage)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the result as JSON (Exercism test-runner v2)")
	return withExamples(app, cmd, func(_, challenge string) string {
		return fmt.Sprintf("  lectern check %s\n  lectern check %s mine.go --json", challenge, challenge)
	})
}

func runCheck(ctx context.Context, app *App, opts *checkOptions, usage string) error {
	if opts.Helper {
		if answered, err := checkViaHelper(ctx, app, opts); answered {
			return err
		}
		// None is running: check here, and start one for the next check.
		defer startHelper(app)
	}
	// Start the worker process first, so that its start-up overlaps with
	// loading the pack and reading the file (it is stopped unused on a
	// usage error).
	g := oneShotGrading()
	defer g.Close()
	// The learner's history is decoded while the code is graded.
	ahead := app.Progress().ReadAhead()
	return checkWith(ctx, app, opts, usage, g, func(ch *exercises.Challenge, r *result) { recordAttemptAhead(app, ch, r, ahead) })
}

// checkWith is a check with the grading g (its worker started), in this
// process or in the check helper for a client; record records the
// attempt (the helper hands it to its client, which records it).
func checkWith(ctx context.Context, app *App, opts *checkOptions, usage string, g *grading, record func(*exercises.Challenge, *result)) error {
	ch, err := app.Challenge(opts.Challenge, usage)
	if err != nil {
		return err
	}
	g.prepareFor(ch) // while the file is read
	name, code, size := opts.File, opts.Source, int64(0)
	if code == nil {
		if name, code, size, err = sourceFor(app, ch, opts.File); err != nil {
			return err
		}
	}
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()
	var r *result
	if size != 0 {
		r = oversize(ch, name, size)
	} else {
		r = g.grade(ctx, ch, name, code)
	}
	if r.cancelled() {
		// Ctrl-C: no verdict, nothing recorded; 130 as for any command
		// stopped by SIGINT.
		fmt.Fprintln(app.IO.ErrOut, "cancelled")
		return &exitError{code: 130}
	}
	record(ch, r)
	switch {
	case opts.JSON:
		if err := r.writeJSON(app.IO.Out); err != nil {
			return err
		}
	case app.ScreenReader:
		// One line per event (each failing test, each compile problem),
		// never wrapped: a screen reader reads a line as one.
		for _, line := range linear.Announcements(r.report()) {
			fmt.Fprintln(app.IO.Out, line)
		}
	default:
		w, done := textOut(app)
		err := r.writeText(w)
		done()
		if err != nil {
			return err
		}
	}
	if !r.passed() {
		return &exitError{code: 1}
	}
	return nil
}

// challengeAndFile reads check's and watch's arguments: a challenge and a
// file, or just one of them — a single argument that is no challenge of
// the pack but a file is the file to grade for the challenge in progress.
func challengeAndFile(app *App, args []string) (challenge, file string) {
	switch len(args) {
	case 0:
		return "", ""
	case 1:
		cat, _ := app.Catalog()
		if cat.Challenge(args[0]) == nil {
			if st, err := os.Stat(args[0]); err == nil && !st.IsDir() {
				return "", args[0]
			}
		}
		return args[0], ""
	}
	return args[0], args[1]
}

// sourceFor reads the file to grade: the one named, or the workspace file.
// A file larger than the grader accepts is not read: tooLarge is then its
// size (-1 when that is unknown, for a pipe say) and code is nil.
func sourceFor(app *App, ch *exercises.Challenge, file string) (name string, code []byte, tooLarge int64, err error) {
	if file != "" {
		name = file
		st, err := os.Stat(file)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return "", nil, 0, usageErrorf("%s: no such file", name)
		case err != nil:
			return "", nil, 0, usageErrorf("%s: %v", name, err)
		case st.IsDir():
			return "", nil, 0, usageErrorf("%s is a folder; name the .go file to check", name)
		case st.Mode().IsRegular() && st.Size() > maxSourceBytes:
			return name, nil, st.Size(), nil
		}
		// Read one byte past the grader's cap (a pipe has no size to ask).
		f, err := os.Open(file)
		if err != nil {
			return "", nil, 0, usageErrorf("%s: cannot read: %v", name, err)
		}
		defer f.Close()
		code, err = io.ReadAll(io.LimitReader(f, maxSourceBytes+1))
		if err != nil {
			return "", nil, 0, usageErrorf("%s: cannot read: %v", name, err)
		}
		if len(code) > maxSourceBytes {
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
		msg := fmt.Sprintf("Created %s from the starter code: open it in your editor and write %s.", path, whatToWrite(ch))
		if app.IO.OutTTY {
			msg = wrapText(msg, app.IO.TextWidth(), "  ")
		}
		fmt.Fprintln(app.IO.ErrOut, msg)
	} else if !app.IO.OutTTY {
		fmt.Fprintf(app.IO.ErrOut, "Checking %s\n", path)
	}
	code, err = os.ReadFile(path)
	if err != nil {
		return "", nil, 0, fmt.Errorf("reading %s: %w", path, err)
	}
	return path, code, 0, nil
}
