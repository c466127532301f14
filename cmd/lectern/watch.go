package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"
	"github.com/spf13/cobra"
)

type watchOptions struct {
	Challenge, File string
	Debounce        time.Duration
	MaxRuns         int // for tests: stop after this many gradings (0: never)
}

func newWatchCmd(app *App) *cobra.Command {
	opts := &watchOptions{}
	const usage = "watch [challenge] [file]"
	cmd := &cobra.Command{
		Use:   usage,
		Short: "Re-grade your code every time you save it",
		Long: `watch grades the file (default: your workspace file for the challenge) and
grades it again every time it is saved, clearing the screen each time.
Without a challenge it watches the one you are working on, if there is one.
Stop it with Ctrl-C.`,
		Args: challengeArgs(2, usage),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Challenge, opts.File = challengeAndFile(app, args)
			return runWatch(cmd.Context(), app, opts, usage)
		},
	}
	cmd.Flags().DurationVar(&opts.Debounce, "debounce", 200*time.Millisecond, "grade once the file has not changed for this long")
	cmd.Flags().IntVar(&opts.MaxRuns, "max-runs", 0, "stop after this many gradings")
	_ = cmd.Flags().MarkHidden("max-runs")
	return withExamples(app, cmd, func(_, challenge string) string {
		return fmt.Sprintf("  lectern watch %s", challenge)
	})
}

func runWatch(ctx context.Context, app *App, opts *watchOptions, usage string) error {
	ch, err := app.Challenge(opts.Challenge, usage)
	if err != nil {
		return err
	}
	path, created := "", false
	if opts.File != "" {
		path = opts.File
		if st, err := os.Stat(path); err != nil || st.IsDir() {
			return usageErrorf("%s: not a file to watch", path)
		}
	} else {
		if path, created, err = workspaceOf(app).Ensure(ch); err != nil {
			return err
		}
	}
	if path, err = filepath.Abs(path); err != nil {
		return err
	}
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()

	g := warmGrading()
	defer g.Close()

	runs := 0
	gradeOnce := func() {
		runs++
		if app.IO.OutTTY {
			fmt.Fprint(app.IO.Out, "\x1b[H\x1b[2J")
		}
		// Wrapped to the terminal, as it is cleared each time.
		w, done := textOut(app)
		defer done()
		fmt.Fprintf(w, "lectern watch %s — %s — %s (Ctrl-C to stop)\n\n", ch.ID, path, app.Now().Format("15:04:05"))
		if created {
			// Under the header, so clearing the screen does not hide it.
			fmt.Fprintf(w, "Created %s from the starter code: open it in your editor and write %s.\n\n", path, whatToWrite(ch))
			created = false
		}
		code, err := os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintf(w, "%s does not exist (yet); waiting for it to be saved.\n", path)
			return
		} else if err != nil {
			fmt.Fprintf(w, "cannot read %s: %v\n", path, err)
			return
		}
		done() // the header shows while the file is graded
		r := g.grade(ctx, ch, path, code)
		if r.cancelled() {
			return // Ctrl-C while grading: no verdict to show or record
		}
		recordAttempt(app, ch, r)
		_ = r.writeText(w)
	}
	return watchLoop(ctx, path, opts, gradeOnce, &runs)
}

// watchLoop grades once, then again after each save, debounced: grading
// starts once the file has been quiet for opts.Debounce, so an editor that
// writes in several steps triggers one grade.
func watchLoop(ctx context.Context, path string, opts *watchOptions, gradeOnce func(), runs *int) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("cannot watch %s: %w", path, err)
	}
	defer w.Close()
	// Watch the folder rather than the file: editors that save by writing
	// a new file and renaming it over the old one would end a watch on the
	// file itself.
	if err := w.Add(filepath.Dir(path)); err != nil {
		return fmt.Errorf("cannot watch %s: %w", filepath.Dir(path), err)
	}
	gradeOnce()
	quiet := time.NewTimer(time.Hour)
	quiet.Stop()
	defer quiet.Stop()
	for {
		if opts.MaxRuns > 0 && *runs >= opts.MaxRuns {
			return nil
		}
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if filepath.Clean(ev.Name) == path && !ev.Has(fsnotify.Chmod) {
				quiet.Reset(opts.Debounce)
			}
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			return fmt.Errorf("watching %s: %w", path, err)
		case <-quiet.C:
			gradeOnce()
		}
	}
}
