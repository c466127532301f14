package main

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/lectern-dev/lectern/tui"
)

// runTUI opens the full-screen interface, or explains the plain commands
// when there is no terminal to draw on.
func runTUI(app *App) error {
	if !app.IO.Interactive() {
		fmt.Fprint(app.IO.Out, `lectern needs a terminal for its full-screen interface.
Without one, every feature has a plain command:

  lectern list                  lessons and steps, with your status
  lectern read serverless       print the lesson (add --step N for one step)
  lectern quiz serverless       take the quiz, one answer per line
  lectern check cost-calculator FILE [--json]
                                grade a solution to the coding challenge
  lectern progress [--json]     what you have done

Run 'lectern --help' for everything.
`)
		return nil
	}
	all, err := app.Lessons()
	if err != nil {
		return err
	}
	store := app.Progress()
	st, notice, loadErr := store.Load()
	challenges := &challengeSvc{app: app}
	defer challenges.Close()
	opts := tui.Options{Lessons: all, Store: store, State: st, Colour: app.IO.Colour, Now: app.Now,
		Challenges: challenges}
	if notice != nil {
		opts.Notice = notice.Msg
	}
	if loadErr == nil {
		loadErr = store.Writable()
	}
	if loadErr != nil {
		opts.Store = nil
		opts.SaveProblem = loadErr.Error()
	}
	p := tea.NewProgram(tui.New(opts), tea.WithInput(app.IO.In), tea.WithOutput(app.IO.Out))
	_, err = p.Run()
	return err
}
