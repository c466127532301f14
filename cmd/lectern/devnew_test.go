package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-dev/lectern/catalog"
)

// What dev new writes passes dev check as it is: the lesson, and the
// challenge (reference passing, starter compiling and failing, graded in
// the sandbox), and a second challenge added to that lesson.
func TestDevNewPassesDevCheck(t *testing.T) {
	dir := t.TempDir()
	pack := filepath.Join(dir, "pack")
	out, errOut, code := run(t, dir, "", nil, "--lessons", pack, "dev", "new", "lesson", "caching")
	if code != 0 || !strings.Contains(out, filepath.Join(pack, "lessons", "caching", "lesson.yaml")) ||
		!strings.Contains(out, filepath.Join(pack, "exercises", "caching-challenge", "starter.go")) ||
		!strings.Contains(out, "lectern --lessons "+pack+" dev check") {
		t.Fatalf("dev new lesson: exit %d\n%s%s", code, out, errOut)
	}
	check := func(wants ...string) {
		t.Helper()
		out, errOut, code := run(t, dir, "", nil, "--lessons", pack, "dev", "check")
		if code != 0 {
			t.Fatalf("dev check of what dev new wrote: exit %d\n%s%s", code, out, errOut)
		}
		for _, want := range wants {
			if !strings.Contains(out, want) {
				t.Errorf("dev check output lacks %q:\n%s", want, out)
			}
		}
	}
	check("ok   lesson caching: 6 steps, 2 glossary terms, 2 quiz questions",
		"ok   challenge caching-challenge: reference passes 5/5, starter fails (1/5)")

	out, errOut, code = run(t, dir, "", nil, "--lessons", pack, "dev", "new", "challenge", "lru-cache")
	if code != 0 || !strings.Contains(out, "(a step at the end: lru-cache)") {
		t.Fatalf("dev new challenge: exit %d\n%s%s", code, out, errOut)
	}
	check("ok   lesson caching: 7 steps", "ok   challenge lru-cache: reference passes 5/5")
	cat, err := catalog.Load(pack)
	if err != nil {
		t.Fatal(err)
	}
	l := cat.Lesson("caching")
	if last := l.Steps[len(l.Steps)-1]; last.ID != "lru-cache" || last.Challenges[0] != "lru-cache" || cat.Challenge("lru-cache").Lesson != "caching" {
		t.Fatalf("the new step: %+v", last)
	}

	// The lesson opens and its challenge grades as a learner meets them.
	if out, _, code := run(t, dir, "", nil, "--lessons", pack, "read", "caching", "--step", "5"); code != 0 || !strings.Contains(out, "lectern check caching-challenge") {
		t.Fatalf("read: exit %d\n%s", code, out)
	}
	if _, _, code := run(t, dir, "", nil, "--lessons", pack, "check", "caching-challenge"); code != 1 {
		t.Fatalf("check of the starter: exit %d, want 1", code)
	}

	// Nothing is overwritten; with two lessons a challenge needs --lesson.
	if _, errOut, code := run(t, dir, "", nil, "--lessons", pack, "dev", "new", "lesson", "caching"); code != 1 || !strings.Contains(errOut, "already exists; nothing was written") {
		t.Fatalf("dev new of an existing lesson: exit %d %q", code, errOut)
	}
	run(t, dir, "", nil, "--lessons", pack, "dev", "new", "lesson", "queues")
	if _, errOut, code := run(t, dir, "", nil, "--lessons", pack, "dev", "new", "challenge", "fifo"); code != 2 || !strings.Contains(errOut, "add --lesson (lessons: caching, queues)") {
		t.Fatalf("which lesson: exit %d %q", code, errOut)
	}
	if _, _, code := run(t, dir, "", nil, "--lessons", pack, "dev", "new", "challenge", "fifo", "--lesson", "queues"); code != 0 {
		t.Fatalf("dev new challenge --lesson: exit %d", code)
	}
	check("ok   challenge fifo", "ok   challenge queues-challenge")
}

// Without --lessons dev new writes into the current folder.
func TestDevNewInTheCurrentFolder(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if _, errOut, code := run(t, dir, "", []string{"LECTERN_LESSONS="}, "dev", "new", "lesson", "x"); code != 0 {
		t.Fatalf("exit %d %s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "lessons", "x", "lesson.yaml")); err != nil {
		t.Fatal(err)
	}
	if out, _, code := run(t, dir, "", nil, "--lessons", ".", "dev", "check"); code != 0 {
		t.Fatalf("dev check: exit %d\n%s", code, out)
	}
}

func TestDevNewRefusals(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"dev", "new", "lesson", "Bad Id"}, "an id is lower-case letters"},
		{[]string{"--lessons", fixturePack + "/lessons", "dev", "new", "lesson", "x"}, "is a folder of lessons"},
		{[]string{"--lessons", fixturePack + "/lessons/beta", "dev", "new", "lesson", "x"}, "is a lesson folder"},
		{[]string{"--lessons", filepath.Join(dir, "empty"), "dev", "new", "challenge", "x"}, "has no lesson to hold the challenge"},
	} {
		if _, errOut, code := run(t, dir, "", nil, tc.args...); code != 2 || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d %q, want 2 and %q", tc.args, code, errOut, tc.want)
		}
	}
}

// A step is added after the last one even when steps: is not the last key.
func TestAppendStep(t *testing.T) {
	in := "id: a\nsteps:\n    - id: one\n      file: one.md\n\n# steps end here\ntitle: A\n"
	out, err := appendStep("lesson.yaml", []byte(in), "- id: two\n  file: two.md\n")
	want := "id: a\nsteps:\n    - id: one\n      file: one.md\n    - id: two\n      file: two.md\n\n# steps end here\ntitle: A\n"
	if err != nil || string(out) != want {
		t.Fatalf("got %v %q\nwant %q", err, out, want)
	}
	if _, err := appendStep("lesson.yaml", []byte("id: a\nsteps: [x]\n"), "- id: two\n"); err == nil || !strings.Contains(err.Error(), "add the step by hand") {
		t.Fatalf("a flow list: %v", err)
	}
}
