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
	passed, notRun, notGraded := v.Passed(), 0, 0
	for _, t := range v.Tests {
		switch {
		case t.Status != Error:
		case t.Ungraded == NotRun:
			notRun++
		case v.Unsupported || t.Ungraded == NotGraded:
			notGraded++
		}
	}
	if v.Unsupported {
		fmt.Fprintf(&b, "%d passed, %d not graded", passed, v.Total()-passed)
	} else {
		fmt.Fprintf(&b, "%d passed, %d failed", passed, v.Total()-passed-notRun-notGraded)
		if notGraded > 0 {
			fmt.Fprintf(&b, ", %d not graded", notGraded)
		}
		if notRun > 0 {
			fmt.Fprintf(&b, ", %d not run", notRun)
		}
	}
	if v.Status == Pass {
		b.WriteString(" — all tests pass!")
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
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
