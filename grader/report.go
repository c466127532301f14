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

// WriteText writes the verdict for a person: one line per test (✓/✗),
// the messages of failures, then "N passed, M failed".
func WriteText(w io.Writer, v *Verdict) error {
	var b strings.Builder
	if v.Status == Error && v.Reason == ReasonCompile {
		b.WriteString("✗ your code does not compile yet:\n")
		b.WriteString(indent(v.Message, "  "))
		b.WriteString("\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	for _, t := range v.Tests {
		mark := "✓"
		if t.Status != Pass {
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
	if v.Status == Error {
		fmt.Fprintf(&b, "✗ error (%s): ", v.Reason)
		b.WriteString(v.Message)
		b.WriteString("\n")
	}
	passed := v.Passed()
	fmt.Fprintf(&b, "%d passed, %d failed", passed, v.Total()-passed)
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
