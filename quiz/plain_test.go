package quiz

import (
	"bytes"
	"strings"
	"testing"
)

func runPlain(t *testing.T, input string, echo bool) (string, Outcome) {
	t.Helper()
	qz := mustParse(t, good)
	var out bytes.Buffer
	p := Plain{In: strings.NewReader(input), Out: &out, Echo: echo, Width: 60, Title: "Test",
		Review:    func(id string) string { return "step " + id },
		RetryHint: "lectern quiz test --retry",
		Record:    func(o Outcome) string { return "recorded" }}
	o := p.Run(NewAttempt(qz, NewRand(1)))
	return out.String(), o
}

func TestPlainRun(t *testing.T) {
	out, o := runPlain(t, "zz\nb\na,c\nmaybe\nt\n$12.50\n", true)
	t.Log("\n" + out)
	if !strings.HasSuffix(out, "recorded\nScore: 2/4\n") && !strings.HasSuffix(out, "Score: 3/4\n") {
		t.Errorf("last lines:\n%s", out[max(0, len(out)-200):])
	}
	if o.Answered != 4 {
		t.Errorf("answered %d", o.Answered)
	}
	if strings.Contains(out, "\x1b") {
		t.Error("escape code in plain output")
	}
}

func TestPlainEarlyEOF(t *testing.T) {
	out, o := runPlain(t, "b\nbogus", false)
	t.Log("\n" + out)
	if o.Answered != 1 || !strings.HasSuffix(out, "Score: "+string(rune('0'+o.Score))+"/1\n") {
		t.Errorf("outcome %+v, output ends %q", o, out[max(0, len(out)-80):])
	}
	if !strings.Contains(out, "The input ended: you answered 1 of 4 questions.") {
		t.Error("no early-end message")
	}
	out, o = runPlain(t, "", false)
	if o.Answered != 0 || !strings.HasSuffix(out, "Score: 0/0\n") {
		t.Errorf("empty input: %+v %q", o, out)
	}
}

func TestWrap(t *testing.T) {
	got := Wrap("  a) ", "one two three four five six", 14)
	want := []string{"  a) one two", "     three", "     four five", "     six"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Wrap = %q, want %q", got, want)
	}
	got = Wrap("", "abcdefghij", 4)
	if strings.Join(got, "|") != "abcd|efgh|ij" {
		t.Errorf("long word: %q", got)
	}
	if got := Wrap("x ", "a\n\nb", 0); strings.Join(got, "|") != "x a||  b" {
		t.Errorf("paragraphs: %q", got)
	}
}
