package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const boxDrawing = "│─┌┐└┘├┤┬┴┼╔╗╚╝═║┃━┏┓┗┛╭╮╰╯▼◄►"

// lectern --screen-reader (or LECTERN_ACCESSIBLE=1) through a pipe: the
// course as plain lines, commands read from standard input.
func TestScreenReaderModeThroughAPipe(t *testing.T) {
	for _, how := range [][]string{{"--screen-reader"}, {"ENV"}} {
		dir := t.TempDir()
		var env []string
		args := how
		if how[0] == "ENV" {
			env, args = []string{"LECTERN_ACCESSIBLE=1"}, nil
		}
		out, errOut, code := run(t, dir, "1\nn\nn\nt\ns\nq\n", env, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d, stderr %s", how, code, errOut)
		}
		for _, want := range []string{"screen-reader mode", "Step 1 of 9: Why This Matters", "Step 3 of 9: Visual Model",
			"1. Request arrives. Then to 2.", "Stop 1 of 9: Request arrives.", "3. Visual Model: done, you are here.", "Goodbye."} {
			if !strings.Contains(strings.Join(strings.Fields(out), " "), want) {
				t.Errorf("%v: the transcript lacks %q", how, want)
			}
		}
		if strings.ContainsAny(out, boxDrawing+"\x1b") {
			t.Errorf("%v: box drawing or escapes:\n%s", how, out)
		}
		// It was saved.
		if prog, _, _ := run(t, dir, "", nil, "progress"); !strings.Contains(prog, "resume at: step 3, Visual Model") {
			t.Errorf("%v: progress:\n%s", how, prog)
		}
	}
}

func TestScreenReaderReadCheckAndQuiz(t *testing.T) {
	dir := t.TempDir()
	out, _, code := run(t, dir, "", nil, "--screen-reader", "read", "alpha", "--step", "3")
	if code != 0 || !strings.Contains(out, "1. Request arrives. Then to 2.") || strings.ContainsAny(out, boxDrawing) {
		t.Fatalf("read: exit %d\n%s", code, out)
	}
	bad := writeFile(t, dir, "bad.go", "package adder\n\nfunc Add(a, b int) int {\n\treturn a + c\n}\n")
	out, _, code = run(t, dir, "", []string{"LECTERN_ACCESSIBLE=1"}, "check", "adder", bad)
	if code != 1 || !strings.HasPrefix(out, "Compile error at line 4, column ") {
		t.Fatalf("check: exit %d\n%s", code, out)
	}
	wrong := writeFile(t, dir, "wrong.go", "package adder\n\nfunc Add(a, b int) int { return a - b }\n")
	out, _, code = run(t, dir, "", []string{"LECTERN_ACCESSIBLE=1"}, "check", "adder", wrong)
	if code != 1 || !strings.Contains(out, " failed: ") || !strings.Contains(out, "tests pass.") || strings.Contains(out, "✓") {
		t.Fatalf("check, failing: exit %d\n%s", code, out)
	}
	// On a terminal too, the quiz is plain in this mode.
	var b, e bytes.Buffer
	streams := &IOStreams{In: strings.NewReader("a\n"), Out: &b, ErrOut: &e, InTTY: true, OutTTY: true}
	vars := map[string]string{"XDG_STATE_HOME": dir, "HOME": dir, "LECTERN_LESSONS": fixturePack}
	Main([]string{"--screen-reader", "quiz", "alpha", "--step", "4"}, streams, func(k string) string { return vars[k] })
	if !strings.Contains(b.String(), "Question 1 of 4") || strings.ContainsRune(b.String(), 0x1b) {
		t.Fatalf("quiz:\n%s\n%s", b.String(), e.String())
	}
}

// The second start reads the pack's lessons from its index, as outlines:
// the screen-reader mode must still read the page (it printed the step's
// title over an empty page).
func TestScreenReaderReadsTheLessonFromTheIndexInFull(t *testing.T) {
	dir := t.TempDir()
	for run1 := range 2 {
		out, errOut, code := run(t, dir, "1\nquit\n", []string{"LECTERN_ACCESSIBLE=1"})
		if code != 0 {
			t.Fatalf("start %d: exit %d, stderr %s", run1+1, code, errOut)
		}
		if !strings.Contains(out, "This page is long enough") {
			t.Fatalf("start %d: the first page is not read:\n%s", run1+1, out)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, ".cache", "lectern", "index")); err != nil {
		t.Fatalf("no index was written, so the second start did not use one: %v", err)
	}
}

// The screen-reader mode says a step's title once: its "Step N of M" line,
// not the page's own first heading again.
func TestScreenReaderSaysTheStepTitleOnce(t *testing.T) {
	out, _, code := run(t, t.TempDir(), "1\nquit\n", []string{"LECTERN_ACCESSIBLE=1"})
	first, _, _ := strings.Cut(out, "This page is long enough")
	if n := strings.Count(strings.ToLower(first), "why this matters"); code != 0 || n != 1 {
		t.Fatalf("exit %d, the title said %d times before the page:\n%s", code, n, first)
	}
}
