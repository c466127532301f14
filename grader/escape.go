package grader

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Learner code decides what it prints and what its panics say, and both
// end up on a terminal (lectern check, watch, the TUI). Control characters
// could clear the screen, retitle the window or hide text, so every text a
// verdict carries shows them escaped, as Go would quote them: ESC becomes
// the four characters \x1b. Newlines and tabs are kept.

// escapeControl returns s with control characters other than \n and \t,
// bidirectional-text controls, and bytes that are not UTF-8 written as Go
// escapes (\x1b, \r, \u009b, \u202e, \xff).
func escapeControl(s string) string {
	clean := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if needsEscape(r, size) {
			clean = false
			break
		}
		i += size
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case !needsEscape(r, size):
			b.WriteString(s[i : i+size])
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
		i += size
	}
	return b.String()
}

func needsEscape(r rune, size int) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r == utf8.RuneError && size == 1:
		return true
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e || r == 0x200f, r == 0x061c:
		return true // bidirectional controls ("Trojan Source")
	}
	return false
}

// escapeVerdict escapes every text of v that code can influence.
func escapeVerdict(v *Verdict) {
	v.Message = escapeControl(v.Message)
	for i := range v.Tests {
		t := &v.Tests[i]
		t.Name = escapeControl(t.Name)
		t.Message = escapeControl(t.Message)
		t.Output = escapeControl(t.Output)
	}
	for i := range v.Diagnostics {
		v.Diagnostics[i].Message = escapeControl(v.Diagnostics[i].Message)
	}
}
