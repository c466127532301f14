package main

import (
	"os"

	"github.com/lectern-dev/lectern/linear"
	"github.com/lectern-dev/lectern/progress"
)

// screenReader reports whether LECTERN_ACCESSIBLE asks for the
// screen-reader mode (any value but "" and "0").
func screenReader(getenv func(string) string) bool {
	v := getenv("LECTERN_ACCESSIBLE")
	return v != "" && v != "0" && v != "false"
}

// runLinear is lectern in the screen-reader mode: the whole course as
// plain lines in the scrollback, one command per input line (see package
// linear). It works through a pipe.
func runLinear(app *App) error {
	cat, err := app.Catalog()
	if err != nil {
		return err
	}
	store := app.Progress()
	st, notice, loadErr := app.progressState()
	s := &linear.Session{In: app.IO.In, Out: app.IO.Out, Echo: !app.IO.InTTY, Width: app.IO.TextWidth(),
		Lessons: cat.Lessons, State: st, Now: app.Now}
	if notice != nil {
		s.Notice = notice.Msg
	}
	if loadErr == nil {
		loadErr = store.Writable()
	}
	if loadErr != nil {
		s.Notice = saveProblem(loadErr, app.StateDir, app.Getenv("HOME"))
	} else {
		s.Save = func(change func(*progress.State)) error {
			_, _, err := store.Update(func(st *progress.State) error {
				change(st)
				return nil
			})
			return err
		}
	}
	svc := &challengeSvc{app: app, cat: cat}
	defer svc.Close()
	s.Challenges = svc
	if _, configured := app.ExternalEditor(); configured && app.IO.Interactive() {
		// The learner's own editor, in their terminal; the session goes on
		// below it when it closes.
		s.Edit = func(path string) error {
			c := editorCmd(app.Getenv, path)
			c.Stdin, c.Stdout, c.Stderr = os.Stdin, os.Stdout, os.Stderr
			return c.Run()
		}
	}
	return s.Run()
}
