package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/lectern-dev/lectern/progress"
)

// waitForAttempts waits until dir's progress records n attempts of the
// adder (each grade records one before it prints), so a test
// can save the next version only once the previous one was graded.
func waitForAttempts(t *testing.T, dir string, n int) {
	t.Helper()
	store := progress.Open(filepath.Join(dir, "state", "lectern"))
	deadline := time.Now().Add(30 * time.Second)
	for {
		got := 0
		if st, _, err := store.Load(); err == nil {
			if c := st.Challenges["adder"]; c != nil {
				got = len(c.Attempts)
			}
		}
		if got >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("waited 30s for grade #%d; %d recorded", n, got)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestWatchRegradesOnSave(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, dir, "sol.go", returnsOne)
	type result struct {
		out  string
		code int
	}
	done := make(chan result, 1)
	go func() {
		out, _, code := run(t, dir, "", nil, "watch", "adder", file, "--debounce", "50ms", "--max-runs", "2")
		done <- result{out, code}
	}()
	// Once the first grade is done, save twice in quick succession: one
	// re-grade, of the last version.
	waitForAttempts(t, dir, 1)
	writeFile(t, dir, "sol.go", "package adder\n\nfunc Add(a, b int) int {\n\treturn 2\n}\n")
	time.Sleep(10 * time.Millisecond)
	writeFile(t, dir, "sol.go", reference(t))
	select {
	case r := <-done:
		if r.code != 0 {
			t.Fatalf("exit %d\n%s", r.code, r.out)
		}
		if n := strings.Count(r.out, "lectern watch adder"); n != 2 {
			t.Fatalf("graded %d times, want 2:\n%s", n, r.out)
		}
		if !strings.Contains(r.out, "0 passed, 5 failed") || !strings.HasSuffix(strings.TrimSpace(r.out), "5 passed, 0 failed — all tests pass!") {
			t.Fatalf("want a failing then a passing grade:\n%s", r.out)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("watch did not re-grade after the file was saved")
	}
}

func TestHintsOneAtATimeAndSolutionNeedsConsent(t *testing.T) {
	dir := t.TempDir()
	for i := 1; i <= 4; i++ {
		out, _, code := run(t, dir, "", nil, "hint", "adder")
		shown := min(i, 3)
		if code != 0 || strings.Count(out, "Hint ") != shown || !strings.Contains(out, "of 3:") {
			t.Fatalf("hint #%d: exit %d\n%s", i, code, out)
		}
		if (shown == 3) != strings.Contains(out, "last hint") {
			t.Fatalf("hint #%d: last-hint note wrong:\n%s", i, out)
		}
	}
	// No terminal and no --yes: refuse, show nothing.
	out, errOut, code := run(t, dir, "", nil, "solution", "adder")
	if code != 2 || strings.Contains(out, "func Add") || !strings.Contains(errOut, "--yes") {
		t.Fatalf("solution without consent: exit %d\n%s\n%s", code, out, errOut)
	}
	out, _, code = run(t, dir, "", nil, "solution", "--yes", "adder")
	if code != 0 || !strings.Contains(out, "func Add(") || strings.Contains(out, "go:build") {
		t.Fatalf("solution --yes: exit %d\n%s", code, out)
	}
	// Having given up, no more questions.
	out, _, code = run(t, dir, "", nil, "solution", "adder")
	if code != 0 || !strings.Contains(out, "func Add(") {
		t.Fatalf("solution after giving up: exit %d\n%s", code, out)
	}
	// After a pass it is shown without asking.
	dir2 := t.TempDir()
	good := writeFile(t, dir2, "good.go", reference(t))
	if _, _, code := run(t, dir2, "", nil, "check", "adder", good); code != 0 {
		t.Fatal("reference does not pass")
	}
	if out, _, code := run(t, dir2, "", nil, "solution", "adder"); code != 0 || !strings.Contains(out, "func Add(") {
		t.Fatalf("solution after passing: exit %d\n%s", code, out)
	}
}

func TestResetChallengeKeepsABackup(t *testing.T) {
	dir := t.TempDir()
	run(t, dir, "", nil, "check", "adder")
	path := filepath.Join(dir, "data", "lectern", "workspace", "adder", "solution.go")
	mine := "package mine // my work\n"
	writeFile(t, filepath.Dir(path), "solution.go", mine)
	_, errOut, code := run(t, dir, "", nil, "reset", "adder")
	if code != 2 || !strings.Contains(errOut, "--yes") {
		t.Fatalf("reset without consent: exit %d %s", code, errOut)
	}
	if data, _ := os.ReadFile(path); string(data) != mine {
		t.Fatalf("reset without consent changed the file: %q", data)
	}
	out, _, code := run(t, dir, "", nil, "reset", "adder", "--yes")
	m := regexp.MustCompile(`Your previous code is in (\S+)\.\n`).FindStringSubmatch(out)
	if code != 0 || m == nil {
		t.Fatalf("reset --yes: exit %d\n%s", code, out)
	}
	if data, err := os.ReadFile(m[1]); err != nil || string(data) != mine {
		t.Errorf("backup %s holds %q (%v), want the learner's code %q", m[1], data, err, mine)
	}
	if data, _ := os.ReadFile(path); string(data) != starter(t) {
		t.Errorf("after reset the file holds %q, want the starter", data)
	}
	// Resetting the untouched starter again keeps no second backup.
	out, _, code = run(t, dir, "", nil, "reset", "adder", "--yes")
	baks, _ := filepath.Glob(path + ".*.bak")
	if code != 0 || strings.Contains(out, "Your previous code") || len(baks) != 1 {
		t.Errorf("second reset: exit %d, backups %v\n%s", code, baks, out)
	}
}

func starter(t *testing.T) string { return string(fixtureChallenge(t, "adder").Starter) }

// watch without a file creates the workspace file from the starter, and
// says so.
func TestWatchCreatesTheWorkspaceFile(t *testing.T) {
	dir := t.TempDir()
	out, _, code := run(t, dir, "", nil, "watch", "adder", "--max-runs", "1")
	path := filepath.Join(dir, "data", "lectern", "workspace", "adder", "solution.go")
	if code != 0 || !strings.Contains(out, "Created "+path+" from the starter") {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if data, _ := os.ReadFile(path); string(data) != starter(t) {
		t.Errorf("workspace file holds %q", data)
	}
}

// Editors such as vim save by writing a new file and renaming it over the
// old one; the watch must survive that and grade the new file. Each save
// waits for the grade before it (a lost save times out waiting).
func TestWatchFollowsRenameOverSave(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, dir, "sol.go", returnsOne)
	done := make(chan string, 1)
	go func() {
		out, _, _ := run(t, dir, "", nil, "watch", "adder", file, "--debounce", "50ms", "--max-runs", "3")
		done <- out
	}()
	waitForAttempts(t, dir, 1)
	for i := 0; i < 2; i++ {
		tmp := writeFile(t, dir, "sol.go.swp", reference(t))
		if err := os.Rename(tmp, file); err != nil {
			t.Fatal(err)
		}
		waitForAttempts(t, dir, 2+i)
	}
	select {
	case out := <-done:
		if n := strings.Count(out, "5 passed, 0 failed"); n != 2 {
			t.Fatalf("graded the renamed-over file %d times, want 2:\n%s", n, out)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("watch did not stop after its third grade")
	}
}
