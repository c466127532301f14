package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"github.com/lectern-dev/lectern/render"
	"github.com/lectern-dev/lectern/tui"
)

type readOptions struct {
	Lesson string
	Step   int
	Width  int
}

func newReadCmd(app *App) *cobra.Command {
	opts := &readOptions{}
	cmd := &cobra.Command{
		Use:   "read [lesson] [--step N]",
		Short: "Print a lesson (or one step) as text",
		Long: `Print a lesson's steps to standard output: every step, or just --step N.
Without a lesson it prints the one you are working through (or the only
one). Colour is used only on a terminal; through a pipe, under NO_COLOR or
with TERM=dumb the text has no escape codes.`,
		Args: usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Lesson = args[0]
			}
			return runRead(app, opts)
		},
	}
	cmd.Flags().IntVar(&opts.Step, "step", 0, "print only this step (1-based)")
	cmd.Flags().IntVar(&opts.Width, "width", 0, "wrap to this many columns (default: the terminal's, or 80)")
	return withExamples(app, cmd, func(lesson, _ string) string {
		return fmt.Sprintf("  lectern read %s\n  lectern read %s --step 3 | less", lesson, lesson)
	})
}

func runRead(app *App, opts *readOptions) error {
	l, err := app.FullLesson(opts.Lesson, "read LESSON")
	if err != nil {
		return err
	}
	if opts.Step < 0 || opts.Step > len(l.Steps) {
		return usageErrorf("--step %d: %s has steps 1 to %d", opts.Step, l.ID, len(l.Steps))
	}
	cat, _ := app.Catalog()
	width := opts.Width
	if width <= 0 {
		width = app.IO.TextWidth()
	}
	style := render.Plain
	w := app.IO.Out
	switch {
	case app.ScreenReader:
		// Tables row by row, the diagram as a numbered path.
		style = render.Linear
	case app.IO.Colour:
		style = render.Dark
		// Code is coloured in 24-bit colour: the writer maps it to what
		// the terminal shows, the same way every time.
		cw := colorprofile.NewWriter(app.IO.Out, os.Environ())
		w = cw
	}
	if opts.Step == 0 {
		head := fmt.Sprintf("%s\n%s · %d min · %d steps\n%s", l.Title, l.Track, l.Minutes, len(l.Steps), l.Summary)
		fmt.Fprintln(w, strings.TrimSpace(ansi.Wordwrap(head, width, "")))
	}
	text := tui.TextOptions{Width: width, Style: style, Challenges: &challengeSvc{app: app, cat: cat}, Headed: true}
	for i, s := range l.Steps {
		if opts.Step != 0 && opts.Step != i+1 {
			continue
		}
		heading := fmt.Sprintf("Step %d of %d: %s", i+1, len(l.Steps), s.Title)
		fmt.Fprintf(w, "\n%s\n%s\n\n", heading, strings.Repeat("=", min(len([]rune(heading)), width)))
		out, err := tui.StepText(l, i, text)
		if err != nil {
			return fmt.Errorf("%s: %w", s.File, err)
		}
		fmt.Fprintln(w, out)
	}
	return nil
}
