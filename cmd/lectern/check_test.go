package main

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/lectern-dev/lectern/catalog"
	"github.com/lectern-dev/lectern/exercises"
	"github.com/lectern-dev/lectern/grader"
)

// TestMain lets this test binary serve as the grader's worker process,
// because grading re-executes the running executable.
func TestMain(m *testing.M) {
	grader.RunWorkerIfRequested()
	os.Exit(m.Run())
}

func writeFile(t *testing.T, dir, name, src string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// fixtureChallenge loads a challenge of the fixture pack.
func fixtureChallenge(t *testing.T, id string) *exercises.Challenge {
	t.Helper()
	cat, err := catalog.Load(fixturePack)
	if err != nil {
		t.Fatal(err)
	}
	ch := cat.Challenge(id)
	if ch == nil {
		t.Fatalf("no challenge %s in the fixture pack", id)
	}
	return ch
}

// reference is the fixture adder's reference solution (5 tests: 2 visible,
// 3 hidden).
func reference(t *testing.T) string { return string(fixtureChallenge(t, "adder").Solution) }

// returnsOne is an adder that compiles and fails every test.
const returnsOne = "package adder\n\nfunc Add(a, b int) int {\n\treturn 1\n}\n"

func TestCheckPassFailAndExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.go", reference(t))
	bad := writeFile(t, dir, "bad.go", returnsOne)

	out, errOut, code := run(t, dir, "", nil, "check", "adder", good)
	if code != 0 || !strings.Contains(out, "5 passed, 0 failed") || !strings.Contains(out, "✓ TestAdd/negatives") {
		t.Fatalf("good: exit %d\n%s\n%s", code, out, errOut)
	}
	out, _, code = run(t, dir, "", nil, "check", "adder", bad)
	if code != 1 || !strings.Contains(out, "✗ TestAdd/negatives") ||
		!strings.Contains(out, "Add(-1, -2) = 1, want -3") || !strings.Contains(out, "0 passed, 5 failed") {
		t.Fatalf("bad: exit %d\n%s", code, out)
	}
	// Flags before or after the arguments.
	for _, args := range [][]string{{"check", "adder", bad, "--json"}, {"check", "--json", "adder", bad}} {
		out, _, code = run(t, dir, "", nil, args...)
		var v struct {
			Version    int     `json:"version"`
			Status     string  `json:"status"`
			Challenge  string  `json:"challenge"`
			DurationMs float64 `json:"duration_ms"`
			Tests      []struct {
				Name, Status, Message string
			} `json:"tests"`
		}
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Fatalf("%v: not JSON: %v\n%s", args, err, out)
		}
		if code != 1 || v.Version != 2 || v.Status != "fail" || v.Challenge != "adder" || len(v.Tests) != 5 || v.DurationMs <= 0 {
			t.Fatalf("%v: exit %d, %+v", args, code, v)
		}
	}
	// The attempts were recorded.
	out, _, _ = run(t, dir, "", nil, "progress", "--json")
	if !strings.Contains(out, `"adder"`) {
		t.Errorf("progress does not mention the challenge:\n%s", out)
	}
	if out, _, _ = run(t, dir, "", nil, "progress"); !strings.Contains(out, "last: fail 0/5") {
		t.Errorf("progress does not say how the last attempt went:\n%s", out)
	}
	// After a compile error there is no score to give.
	run(t, dir, "", nil, "check", "adder", writeFile(t, dir, "broken.go", "package adder\n\nfunc Add(a, b int) int { return c }\n"))
	if out, _, _ = run(t, dir, "", nil, "progress"); !strings.Contains(out, "last: compile error\n") {
		t.Errorf("progress after a compile error:\n%s", out)
	}
}

// External tests (greet), and visible external with hidden internal tests
// and a support file (shout), grade like internal ones.
func TestCheckExternalAndMixedTests(t *testing.T) {
	dir := t.TempDir()
	for _, id := range []string{"greet", "shout"} {
		ch := fixtureChallenge(t, id)
		good := writeFile(t, dir, id+".go", string(ch.Solution))
		out, errOut, code := run(t, dir, "", nil, "check", id, good)
		if code != 0 || !strings.Contains(out, "2 passed, 0 failed") {
			t.Errorf("%s: exit %d\n%s%s", id, code, out, errOut)
		}
		start := writeFile(t, dir, id+"-start.go", string(ch.Starter))
		if out, _, code := run(t, dir, "", nil, "check", id, start); code != 1 || !strings.Contains(out, "0 passed, 2 failed") {
			t.Errorf("%s starter: exit %d\n%s", id, code, out)
		}
	}
}

func TestCheckUsageErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"check"}, "challenges: adder, greet, shout"},
		{[]string{"check", "nope"}, `unknown challenge "nope" (challenges: adder, greet, shout)`},
		{[]string{"check", "adder", filepath.Join(dir, "missing.go")}, "missing.go: no such file"},
		{[]string{"check", "adder", dir}, "is a folder"},
		{[]string{"check", "adder", "a.go", "b.go"}, "too many arguments"},
		{[]string{"check", "adder", "--bogus"}, "unknown flag"},
	} {
		_, errOut, code := run(t, dir, "", nil, tc.args...)
		if code != 2 || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, errOut, tc.want)
		}
	}
}

func TestCheckUsesTheWorkspaceFile(t *testing.T) {
	dir := t.TempDir()
	out, errOut, code := run(t, dir, "", nil, "check", "adder")
	path := filepath.Join(dir, "data", "lectern", "workspace", "adder", "solution.go")
	if code != 1 || !strings.Contains(errOut, "Created "+path) || !strings.Contains(errOut, "write Add.") || !strings.Contains(out, "failed") {
		t.Fatalf("starter: exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
	if err := os.WriteFile(path, []byte(reference(t)), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code = run(t, dir, "", nil, "check", "adder")
	if code != 0 || strings.Contains(errOut, "Created") {
		t.Fatalf("solved: exit %d\n%s\n%s", code, out, errOut)
	}
	// A pass marks the lesson's challenge step done.
	out, _, _ = run(t, dir, "", nil, "progress", "--json")
	if !strings.Contains(out, `"passed": true`) && !strings.Contains(out, `"passed":true`) {
		t.Errorf("progress after a pass:\n%s", out)
	}
	if !strings.Contains(out, `"id": "add",`) || !strings.Contains(out, `"steps_done": 1`) {
		t.Errorf("the add step is not done after a pass:\n%s", out)
	}
}

// A step with two challenges is done once both pass, through check too.
func TestCheckCompletesAStepWhenAllItsChallengesPass(t *testing.T) {
	dir := t.TempDir()
	done := func() bool {
		out, _, _ := run(t, dir, "", nil, "list", "--json")
		return strings.Contains(out, `"id": "pair",`+"\n          \"title\": \"Challenge Pair\",\n          \"kind\": \"challenge\",\n          \"done\": true")
	}
	for i, id := range []string{"greet", "shout"} {
		good := writeFile(t, dir, id+".go", string(fixtureChallenge(t, id).Solution))
		if _, _, code := run(t, dir, "", nil, "check", id, good); code != 0 {
			t.Fatalf("%s: exit %d", id, code)
		}
		if got := done(); got != (i == 1) {
			t.Fatalf("after %s passed the pair step done = %v", id, got)
		}
	}
}

// Without a challenge argument, check grades the one in progress.
func TestCheckWithoutChallengeUsesTheOneInProgress(t *testing.T) {
	dir := t.TempDir()
	inProgress(t, dir, "alpha", "pair")
	_, errOut, code := run(t, dir, "", nil, "check")
	if code != 1 || !strings.Contains(errOut, filepath.Join("workspace", "greet", "solution.go")) {
		t.Fatalf("at the pair step: exit %d, stderr %s", code, errOut)
	}
	// greet was attempted (and failed) last: with no lesson in progress,
	// that is the one.
	os.Remove(filepath.Join(dir, "state", "lectern", "progress.json"))
	run(t, dir, "", nil, "check", "shout", writeFile(t, dir, "s.go", string(fixtureChallenge(t, "shout").Solution)))
	run(t, dir, "", nil, "check", "greet")
	if out, _, code := run(t, dir, "", nil, "hint"); code != 0 || !strings.Contains(out, "Join the parts with +.") {
		t.Fatalf("hint without a challenge: exit %d\n%s", code, out)
	}
}

// The size in the message is the file's, not how much of it was read.
func TestCheckTooLargeFileSaysItsSize(t *testing.T) {
	dir := t.TempDir()
	big := writeFile(t, dir, "big.go", "package main\n\n// "+strings.Repeat("x", 4_823_450-16)+"\n")
	out, _, code := run(t, dir, "", nil, "check", "adder", big)
	if code != 1 || !strings.Contains(out, "big.go: the file is 4.6 MB; the grader accepts files up to 1 MB") {
		t.Fatalf("exit %d\n%s", code, out)
	}
}

// What the code prints reaches the terminal with its control characters
// escaped: it cannot clear the screen or retitle the window.
func TestCheckEscapesWhatTheCodePrints(t *testing.T) {
	dir := t.TempDir()
	f := writeFile(t, dir, "esc.go", "package adder\n\nimport \"fmt\"\n\nfunc Add(a, b int) int {\n\tfmt.Print(\"\\x1b[2J\\x1b]0;title\\x07\")\n\treturn 1\n}\n")
	out, _, code := run(t, dir, "", nil, "check", "adder", f)
	if code != 1 || strings.ContainsAny(out, "\x1b\x07") || !strings.Contains(out, `\x1b[2J\x1b]0;title\x07`) {
		t.Fatalf("exit %d\n%q", code, out)
	}
}

// Ctrl-C while grading: "cancelled", exit 130, and no attempt recorded.
func TestCheckCtrlCIsCancelled(t *testing.T) {
	// While this is registered, SIGINT does not end the test binary.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)
	dir := t.TempDir()
	loop := writeFile(t, dir, "loop.go", "package adder\n\nfunc Add(a, b int) int {\n\tfor {\n\t}\n}\n")
	type result struct {
		out, errOut string
		code        int
	}
	done := make(chan result, 1)
	go func() {
		out, errOut, code := run(t, dir, "", nil, "check", "adder", loop)
		done <- result{out, errOut, code}
	}()
	// Press Ctrl-C every 100 ms until check returns (one that comes before
	// check listens for it is absorbed by sigs); the endless loop would
	// otherwise end in a timeout verdict after 2 s, exit 1.
	var r result
	for waiting := true; waiting; {
		if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
			t.Fatal(err)
		}
		select {
		case r = <-done:
			waiting = false
		case <-time.After(100 * time.Millisecond):
		}
	}
	if r.code != 130 || strings.TrimSpace(r.errOut) != "cancelled" || r.out != "" {
		t.Fatalf("exit %d\nstdout %q\nstderr %q", r.code, r.out, r.errOut)
	}
	out, _, _ := run(t, dir, "", nil, "progress", "--json")
	var p struct{ Challenges []challengeStatus }
	if err := json.Unmarshal([]byte(out), &p); err != nil || len(p.Challenges) != 0 || strings.Contains(out, `"attempts"`) {
		t.Errorf("a cancelled grade was recorded (%v):\n%s", err, out)
	}
}

// TestCheckWithoutGoOnPath grades with an empty PATH for this process and
// (always) an empty environment for the worker.
func TestCheckWithoutGoOnPath(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.go", reference(t))
	t.Setenv("PATH", "")
	t.Setenv("GOROOT", "/nonexistent")
	out, errOut, code := run(t, dir, "", []string{"PATH="}, "check", "adder", good)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
}

// BenchmarkTUIGrade times the TUI's path from key to verdict: the workspace
// file graded by a worker that was started ahead of time (the learner is
// reading between grades, so the next worker has had time to start). It
// grades the built-in cost calculator, whose numbers the README quotes.
//
//	go test -run '^$' -bench TUIGrade ./cmd/lectern/
func BenchmarkTUIGrade(b *testing.B) {
	dir := b.TempDir()
	env := map[string]string{"XDG_STATE_HOME": filepath.Join(dir, "state"), "XDG_DATA_HOME": filepath.Join(dir, "data"), "HOME": dir}
	app := newApp(&IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: io.Discard}, func(k string) string { return env[k] })
	cat, err := app.Catalog()
	if err != nil {
		b.Fatal(err)
	}
	svc := &challengeSvc{app: app, cat: cat}
	path, _, err := svc.Workspace("cost-calculator")
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(path, cat.Challenge("cost-calculator").Solution, 0o644); err != nil {
		b.Fatal(err)
	}
	defer svc.Close()
	for b.Loop() {
		b.StopTimer()
		time.Sleep(60 * time.Millisecond)
		b.StartTimer()
		if r := svc.Grade(context.Background(), "cost-calculator"); r.Status != "pass" {
			b.Fatalf("%+v", r)
		}
	}
}

// In a lesson being worked through, hint, check and solution need no
// challenge name even away from the challenge step: the lesson's first
// challenge not passed yet is the one. check FILE alone grades FILE for it.
func TestChallengeDefaultsToTheLessonInProgress(t *testing.T) {
	dir := t.TempDir()
	inProgress(t, dir, "alpha", "why")
	out, errOut, code := run(t, dir, "", nil, "hint")
	if code != 0 || !strings.HasPrefix(out, "Hint 1 of") {
		t.Fatalf("hint: exit %d, %q %q", code, out, errOut)
	}
	for _, l := range strings.Split(out, "\n") {
		if len([]rune(l)) > 80 {
			t.Errorf("a hint line is %d wide: %q", len([]rune(l)), l)
		}
	}
	good := writeFile(t, dir, "mine.go", reference(t))
	out, errOut, code = run(t, dir, "", nil, "check", good)
	if code != 0 || !strings.Contains(out, "passed") {
		t.Fatalf("check FILE: exit %d\n%s\n%s", code, out, errOut)
	}
	// adder passed: the challenge in progress is now the next one.
	if _, errOut, code := run(t, dir, "", nil, "solution"); code != 2 || !strings.Contains(errOut, fixtureChallenge(t, "greet").Title) {
		t.Fatalf("solution after passing adder: exit %d\n%s", code, errOut)
	}
	if out, _, _ := run(t, dir, "", nil, "hint", "--help"); !strings.Contains(out, "hint [challenge]") {
		t.Fatalf("usage names the challenge as required:\n%s", out)
	}
}
