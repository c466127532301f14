package grader

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// Learner output and panic messages reach a terminal (lectern check, the
// TUI): control characters other than newline and tab are shown escaped,
// in text and JSON alike, and nothing is cut in the middle of a character.
func TestLearnerTextIsEscaped(t *testing.T) {
	src := submission(`"fmt"`, "\tfmt.Print(\"\\x1b[2J\\x1b]0;title\\x07\\r\\u009b\\u202e\\n\")\n\tif invocations == 0 {\n\t\tpanic(\"\\x1b[31mred\\x00\")\n\t}\n\treturn -1")
	v := grade(t, src)
	var text, js bytes.Buffer
	_ = WriteText(&text, v)
	_ = WriteJSON(&js, v)
	if !json.Valid(js.Bytes()) {
		t.Fatalf("invalid JSON:\n%s", js.String())
	}
	for what, s := range map[string]string{"text": text.String(), "json": js.String()} {
		for _, r := range s {
			if r != '\n' && r != '\t' && (r < 0x20 || (r >= 0x7f && r < 0xa0) || r == 0x202e) {
				t.Errorf("%s output contains the raw control character %U:\n%q", what, r, s)
				break
			}
		}
	}
	var out, msg string
	for _, tr := range v.Tests {
		if tr.Name == "TestCalculateCost/zero_invocations" {
			out, msg = tr.Output, tr.Message
		}
	}
	for _, want := range []string{`\x1b[2J\x1b]0;title\x07\r\u009b\u202e`} {
		if !strings.Contains(out, want) {
			t.Errorf("output %q does not show %q", out, want)
		}
	}
	if !strings.Contains(msg, `panic: \x1b[31mred\x00`) {
		t.Errorf("message %q does not show the escaped panic", msg)
	}
	if !strings.Contains(text.String(), `\x1b[2J`) {
		t.Errorf("text output does not show the escapes:\n%s", text.String())
	}
}

func TestLongLearnerTextIsCutBetweenCharacters(t *testing.T) {
	// "é" is two bytes; after "x" every cut at an even offset splits one.
	src := submission(`"fmt"
	"strings"`, "\tfmt.Print(\"x\" + strings.Repeat(\"é\", 400))\n\tpanic(strings.Repeat(\"é\", 5000))")
	v := grade(t, src)
	if len(v.Tests) == 0 {
		t.Fatalf("no tests: %s %s", v.Status, v.Message)
	}
	for _, tr := range v.Tests {
		if !utf8.ValidString(tr.Output) || !utf8.ValidString(tr.Message) {
			t.Fatalf("%s: output or message cut inside a character:\n%q\n%q", tr.Name, tr.Output, tr.Message)
		}
		if !strings.Contains(tr.Output, "output truncated") || !strings.Contains(tr.Message, "…") {
			t.Fatalf("%s: expected truncated output and message:\n%q\n%.200q", tr.Name, tr.Output, tr.Message)
		}
	}
}
