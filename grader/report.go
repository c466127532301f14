package grader

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// WriteJSON writes the verdict as indented JSON (Exercism v2 plus extras).
func WriteJSON(w io.Writer, v *Verdict) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// Headers of the text report for errors found before any test ran.
const (
	compileHeader     = "✗ your code does not compile yet:"
	unsupportedHeader = "⚠ Lectern's interpreter can't run this yet — not a mistake in your code:"
)

// WriteText writes the verdict for a person: one line per test (✓/✗),
// the messages of failures, then "N passed, M failed". A limitation of the
// interpreter is never presented as a failure: its tests count as not
// graded, under a header that says so.
func WriteText(w io.Writer, v *Verdict) error {
	var b strings.Builder
	if v.Status == Error && v.Reason == ReasonCompile && len(v.Tests) == 0 {
		if v.Unsupported {
			b.WriteString(unsupportedHeader + "\n")
		} else {
			b.WriteString(compileHeader + "\n")
		}
		b.WriteString(indent(v.Message, "  "))
		b.WriteString("\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	for _, t := range v.Tests {
		mark := "✓"
		switch {
		case t.Status == Pass:
		case t.Status == Error && (v.Unsupported || t.Ungraded == NotGraded):
			mark = "?"
		default:
			mark = "✗"
		}
		fmt.Fprintf(&b, "%s %s\n", mark, t.Name)
		if t.Status != Pass && t.Message != "" {
			b.WriteString(indent(t.Message, "    "))
			b.WriteString("\n")
		}
		if t.Status != Pass && t.Output != "" {
			b.WriteString("    output:\n")
			b.WriteString(indent(strings.TrimRight(t.Output, "\n"), "      "))
			b.WriteString("\n")
		}
	}
	switch {
	case v.Status == Error && v.Unsupported:
		b.WriteString(unsupportedHeader + "\n")
		b.WriteString(indent(v.Message, "  "))
		b.WriteString("\n")
	case v.Status == Error:
		fmt.Fprintf(&b, "✗ error (%s): ", v.Reason)
		b.WriteString(v.Message)
		b.WriteString("\n")
	}
	b.WriteString(v.Summary().Line)
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// Summary is a verdict's counts and its one-line summary, the same for
// every reader (lectern check, watch, the TUI), so they never disagree.
type Summary struct {
	Passed, Failed int
	// NotRun: grading stopped before them. NotGraded: the interpreter, not
	// the code, went wrong on them.
	NotRun, NotGraded int
	Total             int
	// Line reads like "15 passed, 1 failed, 5 not run" or
	// "21 passed, 0 failed — all tests pass!".
	Line string
}

// Summary counts the verdict's tests. A test that errored on its own
// account (a panic, the time limit) counts as failed; under a limitation
// of the interpreter, every test that did not pass is "not graded".
func (v *Verdict) Summary() Summary {
	s := Summary{Total: v.Total()}
	for _, t := range v.Tests {
		switch {
		case t.Status == Pass:
			s.Passed++
		case t.Status == Error && t.Ungraded == NotRun:
			s.NotRun++
		case t.Status == Error && (v.Unsupported || t.Ungraded == NotGraded):
			s.NotGraded++
		default:
			s.Failed++
		}
	}
	if v.Unsupported {
		s.NotGraded += s.Failed + s.NotRun
		s.Failed, s.NotRun = 0, 0
		s.Line = fmt.Sprintf("%d passed, %d not graded", s.Passed, s.NotGraded)
		return s
	}
	s.Line = fmt.Sprintf("%d passed, %d failed", s.Passed, s.Failed)
	if s.NotGraded > 0 {
		s.Line += fmt.Sprintf(", %d not graded", s.NotGraded)
	}
	if s.NotRun > 0 {
		s.Line += fmt.Sprintf(", %d not run", s.NotRun)
	}
	switch {
	case v.Status == Pass && s.Total == 0:
		s.Line = "no tests to run (as go test says: the package passes with nothing checked)"
	case v.Status == Pass:
		s.Line += " — all tests pass!"
	}
	return s
}

func indent(s, prefix string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}
