package main

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/tui"
)

// saveProblem says in one line, short enough for 80 columns, why progress
// won't be saved ("Progress won't be saved: ~/.local/state/lectern:
// permission denied"); lectern progress gives the details.
func saveProblem(err error, dir, home string) string {
	if errors.Is(err, progress.ErrNewerFormat) {
		return "Progress won't be saved: the file was written by a newer lectern."
	}
	where := dir
	if home != "" {
		if rel, rerr := filepath.Rel(home, dir); rerr == nil && !strings.HasPrefix(rel, "..") {
			where = filepath.Join("~", rel)
		}
	}
	reason := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		reason = pe.Err.Error()
	}
	return fmt.Sprintf("Progress won't be saved: %s: %s.", where, reason)
}

// runTUI opens the full-screen interface at the home screen or, when there
// is no terminal to draw on, explains the plain commands.
func runTUI(app *App) error {
	_, err := runProgram(app, nil, 0)
	return err
}

// runProgram runs the one TUI: at the home screen, or on one step alone
// (focus: lectern quiz, with seed fixing its shuffles; 0 from the clock).
// It returns the model as it ended.
func runProgram(app *App, focus *tui.Focus, seed uint64) (*tui.Model, error) {
	if focus == nil && !app.IO.Interactive() {
		lesson, challenge := app.examples()
		fmt.Fprintf(app.IO.Out, `lectern needs a terminal for its full-screen interface.
Without one, every feature has a plain command:

  lectern list                  lessons and steps, with your status
  lectern read %-16s print the lesson (add --step N for one step)
  lectern quiz %-16s take the quiz, one answer per line
  lectern check %s FILE [--json]
                                grade a solution to the coding challenge
  lectern lab %-17s run your handler on a local serverless platform
                                (prints curl commands to try it)
  lectern progress [--json]     what you have done

Run 'lectern --help' for everything.
`, lesson, lesson, challenge, lesson)
		return nil, nil
	}
	cat, err := app.Catalog()
	if err != nil {
		return nil, err
	}
	store := app.Progress()
	st, notice, loadErr := app.progressState()
	challenges := &challengeSvc{app: app, cat: cat}
	defer challenges.Close()
	labs := newLabSvc(app)
	defer labs.Close()
	opts := tui.Options{Lessons: cat.Lessons, Store: store, State: st, Colour: app.IO.Colour, Now: app.Now,
		Challenges: challenges, Labs: labs, Focus: focus}
	if notice != nil {
		opts.Notice = notice.Msg
	}
	if loadErr == nil {
		loadErr = store.Writable()
	}
	if loadErr != nil {
		opts.Store = nil
		opts.SaveProblem = saveProblem(loadErr, app.StateDir, app.Getenv("HOME"))
	}
	opts.Seed = seed
	// The size is known before the program starts, so that keys typed (or
	// piped) ahead are not taken for a too-small window; without a
	// terminal to measure (a test's streams), lay out for 80×24.
	opts.Width, opts.Height = 80, 24
	if w, h, ok := app.IO.Size(); ok {
		opts.Width, opts.Height = w, h
	}
	m := tui.New(opts)
	// 120 frames a second, Bubble Tea's most: the first frame (and every
	// key's echo) waits for the renderer's next tick, 8 ms instead of 17.
	p := tea.NewProgram(m, tea.WithInput(app.IO.In), tea.WithOutput(app.IO.Out), tea.WithWindowSize(opts.Width, opts.Height),
		tea.WithFPS(120))
	_, err = p.Run()
	return m, err
}
