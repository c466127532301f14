package main

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
)

type listOptions struct{ JSON bool }

func newListCmd(app *App) *cobra.Command {
	opts := &listOptions{}
	cmd := &cobra.Command{
		Use:   "list [--json]",
		Short: "List lessons and their steps with your status",
		Args:  usageArgs(cobra.NoArgs),
		RunE:  func(cmd *cobra.Command, args []string) error { return runList(app, opts) },
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON for scripts")
	return cmd
}

// lessonStatus is one lesson as list and progress report it.
type lessonStatus struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Track       string `json:"track"`
	Minutes     int    `json:"minutes"`
	Status      string `json:"status"`
	StepsDone   int    `json:"steps_done"`
	StepsTotal  int    `json:"steps_total"`
	CurrentStep string `json:"current_step,omitempty"`
	// ContentChanged is true when progress was recorded against another
	// version of the lesson.
	ContentChanged bool `json:"content_changed,omitempty"`
	// Quiz is the record of the lesson's first quiz step (each quiz step
	// has its own under steps).
	Quiz  *progress.Quiz `json:"quiz,omitempty"`
	Steps []stepStatus   `json:"steps"`
}

type stepStatus struct {
	Number int        `json:"number"`
	ID     string     `json:"id"`
	Title  string     `json:"title"`
	Kind   string     `json:"kind"`
	Done   bool       `json:"done"`
	DoneAt *time.Time `json:"done_at,omitempty"`
	// Quiz is a quiz step's record; Challenges a challenge step's ids.
	Quiz       *progress.Quiz `json:"quiz,omitempty"`
	Challenges []string       `json:"challenges,omitempty"`
}

func statusOf(l *lessons.Lesson, st *progress.State) lessonStatus {
	lp := st.Lessons[l.ID]
	done, state := lp.Summary(l.StepIDs())
	ls := lessonStatus{ID: l.ID, Title: l.Title, Track: l.Track, Minutes: l.Minutes, Status: state,
		StepsDone: done, StepsTotal: len(l.Steps), Steps: make([]stepStatus, 0, len(l.Steps))}
	if lp != nil {
		if l.StepIndex(lp.CurrentStep) >= 0 {
			ls.CurrentStep = lp.CurrentStep
		}
		ls.ContentChanged = lp.ContentVersion != 0 && lp.ContentVersion != l.Version
		ls.Quiz = lp.Quiz
	}
	for i, s := range l.Steps {
		ss := stepStatus{Number: i + 1, ID: s.ID, Title: s.Title, Kind: s.Kind, Challenges: s.Challenges}
		if lp != nil {
			if at, ok := lp.StepsDone[s.ID]; ok {
				ss.Done, ss.DoneAt = true, &at
			}
			if s.Kind == lessons.KindQuiz {
				ss.Quiz = lp.QuizOf(s.ID, l.PrimaryQuiz(s.ID))
			}
		}
		ls.Steps = append(ls.Steps, ss)
	}
	return ls
}

func runList(app *App, opts *listOptions) error {
	cat, err := app.Catalog()
	if err != nil {
		return err
	}
	st := app.LoadProgress()
	out := make([]lessonStatus, 0, len(cat.Lessons))
	for _, l := range cat.Lessons {
		out = append(out, statusOf(l, st))
	}
	if opts.JSON {
		enc := json.NewEncoder(app.IO.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"lessons": out})
	}
	// Wrapped to the terminal (lines kept whole through a pipe).
	w, done := textOut(app)
	defer done()
	track := ""
	for _, ls := range out {
		if ls.Track != track {
			track = ls.Track
			fmt.Fprintln(w, track)
		}
		fmt.Fprintf(w, "  %s — %s · %d min · %d/%d %s\n", ls.ID, ls.Title, ls.Minutes, ls.StepsDone, ls.StepsTotal, ls.Status)
		for _, s := range ls.Steps {
			mark := " "
			if s.Done {
				mark = "✓"
			}
			cur := ""
			if s.ID == ls.CurrentStep {
				cur = "  ← you are here"
			}
			fmt.Fprintf(w, "    %s %d. %s%s\n", mark, s.Number, s.Title, cur)
		}
	}
	return nil
}
