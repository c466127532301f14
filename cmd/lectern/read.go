package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"github.com/lectern-dev/lectern/diagram"
	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/render"
)

type readOptions struct {
	Lesson string
	Step   int
	Width  int
}

func init() { register(newReadCmd) }

func newReadCmd(app *App) *cobra.Command {
	opts := &readOptions{}
	cmd := &cobra.Command{
		Use:   "read [lesson] [--step N]",
		Short: "Print a lesson (or one step) as text",
		Long: `Print a lesson's steps to standard output: every step, or just --step N.
Colour is used only on a terminal; through a pipe, under NO_COLOR or with
TERM=dumb the text has no escape codes.`,
		Example: "  lectern read serverless\n  lectern read serverless --step 3 | less",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Lesson = args[0]
			}
			return runRead(app, opts)
		},
	}
	cmd.Flags().IntVar(&opts.Step, "step", 0, "print only this step (1-based)")
	cmd.Flags().IntVar(&opts.Width, "width", 0, "wrap to this many columns (default: the terminal's, or 80)")
	return cmd
}

func runRead(app *App, opts *readOptions) error {
	l, err := app.Lesson(opts.Lesson)
	if err != nil {
		return err
	}
	if opts.Step < 0 || opts.Step > len(l.Steps) {
		return usageErrorf("--step %d: %s has steps 1 to %d", opts.Step, l.ID, len(l.Steps))
	}
	width := opts.Width
	if width <= 0 {
		width = app.IO.TextWidth()
	}
	style := render.Plain
	if app.IO.Colour {
		style = render.Dark
	}
	w := app.IO.Out
	if opts.Step == 0 {
		head := fmt.Sprintf("%s\n%s · %d min · %d steps\n%s", l.Title, l.Track, l.Minutes, len(l.Steps), l.Summary)
		fmt.Fprintln(w, strings.TrimSpace(ansi.Wordwrap(head, width, "")))
	}
	for i := range l.Steps {
		if opts.Step != 0 && opts.Step != i+1 {
			continue
		}
		if err := writeStep(w, app, l, i, style, width); err != nil {
			return err
		}
	}
	return nil
}

// writeStep prints one step: its heading, its page, and what its kind adds
// (the glossary, the diagram with its tour, how to take the quiz or the
// challenge).
func writeStep(w io.Writer, app *App, l *lessons.Lesson, i int, style render.Style, width int) error {
	s := l.Steps[i]
	heading := fmt.Sprintf("Step %d of %d: %s", i+1, len(l.Steps), s.Title)
	fmt.Fprintf(w, "\n%s\n%s\n\n", heading, strings.Repeat("=", min(len([]rune(heading)), width)))
	page, err := render.Default.Markdown(s.Markdown, style, width)
	if err != nil {
		return fmt.Errorf("%s: %w", s.File, err)
	}
	fmt.Fprintln(w, page)
	switch s.Kind {
	case lessons.KindGlossary:
		fmt.Fprintln(w)
		md := lessons.GlossaryMarkdown(l.Glossary)
		out, err := render.Default.Markdown(md, style, width)
		if err != nil {
			return err
		}
		fmt.Fprintln(w, out)
	case lessons.KindDiagram:
		if l.Diagram == nil {
			break
		}
		fmt.Fprintln(w)
		fmt.Fprintln(w, diagram.Render(l.Diagram, diagram.Options{Width: width}))
		if l.Diagram.Caption != "" {
			fmt.Fprintf(w, "\n%s\n", ansi.Wordwrap(l.Diagram.Caption, width, ""))
		}
		fmt.Fprintf(w, "\nTour (%d stops):\n", len(l.Diagram.Tour))
		for n, stop := range l.Diagram.Tour {
			item := fmt.Sprintf("%2d. %s: %s", n+1, diagram.StopName(l.Diagram, stop), stop.Text)
			// Continuation lines line up under the text, after "NN. ".
			fmt.Fprintln(w, strings.ReplaceAll(ansi.Wordwrap(item, width-4, ""), "\n", "\n    "))
		}
	case lessons.KindQuiz:
		if l.Quiz != nil {
			fmt.Fprintf(w, "\n%s\n", ansi.Wordwrap(fmt.Sprintf("%d questions. Take the quiz with: lectern quiz %s", len(l.Quiz.Questions), l.ID), width, ""))
		}
	case lessons.KindChallenge:
		if md, ok := challengePrompt(s.Challenge); ok {
			out, err := render.Default.Markdown(md, style, width)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "\n%s\n", out)
		}
		fmt.Fprintf(w, "\n%s\n", ansi.Wordwrap("Solve it with: lectern check "+s.Challenge, width, ""))
	}
	return nil
}
