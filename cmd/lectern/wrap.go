package main

import (
	"bufio"
	"bytes"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/internal/text"
)

// wrapText folds prose to width: words stay whole, numbers stay with their
// units, and lines after the first are indented by indent.
func wrapText(s string, width int, indent string) string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		lead := para[:len(para)-len(strings.TrimLeft(para, " "))]
		body := strings.TrimLeft(para, " ")
		avail := max(width-len(lead), 10)
		lines := strings.Split(ansi.Wrap(text.KeepUnits(body), avail, ""), "\n")
		for i, l := range lines {
			l = strings.ReplaceAll(l, text.NBSP, " ")
			if i == 0 {
				out = append(out, lead+l)
				continue
			}
			// Re-wrap what follows to the width left after the indent.
			rest := strings.Join(lines[i:], " ")
			for _, r := range strings.Split(ansi.Wrap(text.KeepUnits(rest), max(avail-len(indent), 10), ""), "\n") {
				out = append(out, lead+indent+strings.ReplaceAll(r, text.NBSP, " "))
			}
			break
		}
	}
	return strings.Join(out, "\n")
}

// wrapWriter wraps what is written through it, line by line, to a
// terminal's width (continuation lines indented under the line's own
// indentation). Close writes what is left of a last line without a
// newline.
type wrapWriter struct {
	w     io.Writer
	width int
	buf   bytes.Buffer
}

func newWrapWriter(w io.Writer, width int) *wrapWriter { return &wrapWriter{w: w, width: width} }

func (ww *wrapWriter) Write(p []byte) (int, error) {
	ww.buf.Write(p)
	for {
		line, err := ww.buf.ReadString('\n')
		if err != nil {
			ww.buf.Reset()
			ww.buf.WriteString(line)
			return len(p), nil
		}
		if _, err := io.WriteString(ww.w, wrapText(strings.TrimSuffix(line, "\n"), ww.width, "  ")+"\n"); err != nil {
			return 0, err
		}
	}
}

func (ww *wrapWriter) Close() error {
	if ww.buf.Len() == 0 {
		return nil
	}
	_, err := io.WriteString(ww.w, wrapText(ww.buf.String(), ww.width, "  "))
	ww.buf.Reset()
	return err
}

// textOut is where a command prints prose for the learner: wrapped to the
// terminal when standard output is one, as it is through a pipe (where
// lines are kept whole for scripts) otherwise.
//
// What is printed is buffered until done (one write, not one per line:
// list prints ten lines a lesson).
func textOut(app *App) (io.Writer, func()) {
	bw := bufio.NewWriter(app.IO.Out)
	if !app.IO.OutTTY {
		return bw, func() { _ = bw.Flush() }
	}
	ww := newWrapWriter(bw, app.IO.TextWidth())
	return ww, func() { _ = ww.Close(); _ = bw.Flush() }
}
