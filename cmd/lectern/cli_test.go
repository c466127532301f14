package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// run runs lectern with fake, non-terminal streams and its own state and
// data directories; extra environment entries come as "KEY=value".
func run(t *testing.T, dir, stdin string, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	vars := map[string]string{"XDG_STATE_HOME": filepath.Join(dir, "state"), "XDG_DATA_HOME": filepath.Join(dir, "data"), "HOME": dir}
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		vars[k] = v
	}
	var out, errOut bytes.Buffer
	streams := &IOStreams{In: strings.NewReader(stdin), Out: &out, ErrOut: &errOut}
	code = Main(args, streams, func(k string) string { return vars[k] })
	return out.String(), errOut.String(), code
}

func TestReadPrintsEveryStepWithoutEscapes(t *testing.T) {
	out, errOut, code := run(t, t.TempDir(), "", nil, "read", "serverless")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	if strings.ContainsRune(out, 0x1b) {
		t.Fatal("piped output contains escape codes")
	}
	for i, title := range []string{"Why This Matters", "Define Terms", "Visual Model", "Code Example",
		"Interactive Experiment", "Quick Quiz", "Coding Challenge", "Real-World Usage", "Connections"} {
		if want := "Step " + string(rune('1'+i)) + " of 9: " + title; !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// Facts from the course that must survive into the printed lesson.
	for _, fact := range []string{"$0.20", "400,000", "15 minutes", "100", "1000", "Cold start?", "Provisioned concurrency",
		"V8 isolate", "Cloud provider", "0.0000166667", "128", "Stripe", "webhook"} {
		if !strings.Contains(out, fact) {
			t.Errorf("output lacks %q", fact)
		}
	}
}

func TestReadOneStepAndBadStep(t *testing.T) {
	out, _, code := run(t, t.TempDir(), "", nil, "read", "--step", "3")
	if code != 0 || !strings.Contains(out, "Step 3 of 9: Visual Model") || strings.Contains(out, "Step 2 of 9") {
		t.Fatalf("exit %d output:\n%s", code, out)
	}
	if !strings.Contains(out, "Request arrives") || !strings.Contains(out, "Tour (") {
		t.Fatalf("step 3 lacks the diagram and its tour:\n%s", out)
	}
	_, errOut, code := run(t, t.TempDir(), "", nil, "read", "serverless", "--step", "12")
	if code != 2 || !strings.Contains(errOut, "steps 1 to 9") {
		t.Fatalf("--step 12: exit %d stderr %q", code, errOut)
	}
	_, errOut, code = run(t, t.TempDir(), "", nil, "read", "nosuch")
	if code != 2 || !strings.Contains(errOut, `unknown lesson "nosuch" (lessons: serverless)`) {
		t.Fatalf("unknown lesson: exit %d stderr %q", code, errOut)
	}
}

func TestNoTerminalPrintsWhatToRun(t *testing.T) {
	out, _, code := run(t, t.TempDir(), "", nil)
	if code != 0 || !strings.Contains(out, "lectern read serverless") || strings.ContainsRune(out, 0x1b) {
		t.Fatalf("exit %d output %q", code, out)
	}
}

func TestListJSONAndProgressFollowSteps(t *testing.T) {
	dir := t.TempDir()
	// Record progress as the TUI would, then read it back through the CLI.
	state := filepath.Join(dir, "state", "lectern")
	os.MkdirAll(state, 0o755)
	os.WriteFile(filepath.Join(state, "progress.json"), []byte(`{"version":1,"lessons":{"serverless":{"content_version":1,"current_step":"visual","steps_done":{"why":"2026-11-27T10:00:00Z","terms":"2026-11-27T10:05:00Z"}}}}`), 0o600)
	out, _, code := run(t, dir, "", nil, "list", "--json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var got struct {
		Lessons []lessonStatus `json:"lessons"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("list --json is not JSON: %v\n%s", err, out)
	}
	if len(got.Lessons) != 1 {
		t.Fatalf("lessons = %+v", got.Lessons)
	}
	l := got.Lessons[0]
	if l.StepsDone != 2 || l.StepsTotal != 9 || l.Status != "In Progress" || l.CurrentStep != "visual" || !l.Steps[0].Done || l.Steps[2].Done {
		t.Fatalf("lesson status = %+v", l)
	}
	out, _, _ = run(t, dir, "", nil, "list")
	if !strings.Contains(out, "2/9 In Progress") || !strings.Contains(out, "✓ 1. Why This Matters") || !strings.Contains(out, "3. Visual Model  ← you are here") {
		t.Fatalf("list:\n%s", out)
	}
	out, _, _ = run(t, dir, "", nil, "progress")
	if !strings.Contains(out, "2/9 steps, In Progress") || !strings.Contains(out, "resume at: visual") || !strings.Contains(out, filepath.Join(state, "progress.json")) {
		t.Fatalf("progress:\n%s", out)
	}
}

func TestCorruptProgressIsReportedAndBackedUp(t *testing.T) {
	dir := t.TempDir()
	state := filepath.Join(dir, "state", "lectern")
	os.MkdirAll(state, 0o755)
	os.WriteFile(filepath.Join(state, "progress.json"), []byte("garbage\x00{"), 0o600)
	out, errOut, code := run(t, dir, "", nil, "progress")
	if code != 0 || !strings.Contains(errOut, "it was kept as") || !strings.Contains(out, "0/9 steps") {
		t.Fatalf("exit %d stdout %q stderr %q", code, out, errOut)
	}
	backups, _ := filepath.Glob(filepath.Join(state, "progress.json.corrupt-*"))
	if len(backups) != 1 {
		t.Fatalf("backups: %v", backups)
	}
}

func TestResetAsksUnlessYes(t *testing.T) {
	dir := t.TempDir()
	state := filepath.Join(dir, "state", "lectern")
	os.MkdirAll(state, 0o755)
	os.WriteFile(filepath.Join(state, "progress.json"), []byte(`{"version":1,"lessons":{"serverless":{"current_step":"code"}}}`), 0o600)
	_, errOut, code := run(t, dir, "", nil, "reset", "serverless")
	if code != 2 || !strings.Contains(errOut, "--yes") {
		t.Fatalf("reset without a terminal: exit %d stderr %q", code, errOut)
	}
	out, _, _ := run(t, dir, "", nil, "progress")
	if !strings.Contains(out, "resume at: code") {
		t.Fatalf("refused reset changed progress:\n%s", out)
	}
	_, _, code = run(t, dir, "", nil, "reset", "serverless", "--yes")
	if code != 0 {
		t.Fatalf("reset --yes: exit %d", code)
	}
	out, _, _ = run(t, dir, "", nil, "progress")
	if strings.Contains(out, "resume at") || !strings.Contains(out, "Not Started") {
		t.Fatalf("after reset:\n%s", out)
	}
}

func TestBrokenLessonFolderGivesFileLineErrors(t *testing.T) {
	dir := t.TempDir()
	lessonDir := filepath.Join(dir, "mine", "serverless")
	copyDir(t, "../../lessons/serverless", lessonDir)
	yaml := filepath.Join(lessonDir, "diagram.yaml")
	data, _ := os.ReadFile(yaml)
	os.WriteFile(yaml, []byte(strings.Replace(string(data), "to: init", "to: initialise", 1)), 0o600)
	os.Remove(filepath.Join(lessonDir, "steps", "04-code-example.md"))
	for _, args := range [][]string{{"--lessons", filepath.Join(dir, "mine"), "list"}, {"list", "--lessons", lessonDir}} {
		_, errOut, code := run(t, dir, "", nil, args...)
		if code != 1 {
			t.Fatalf("%v: exit %d, want 1", args, code)
		}
		for _, want := range []string{lessonDir + "/diagram.yaml:", `unknown node "initialise"`, lessonDir + "/lesson.yaml:", "04-code-example.md: file not found"} {
			if !strings.Contains(errOut, want) {
				t.Errorf("%v: stderr lacks %q:\n%s", args, want, errOut)
			}
		}
	}
	// The same folder, unbroken, loads through the environment variable.
	_, errOut, code := run(t, dir, "", []string{"LECTERN_LESSONS=../../lessons"}, "list")
	if code != 0 {
		t.Fatalf("LECTERN_LESSONS: exit %d %s", code, errOut)
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	for _, args := range [][]string{{"nosuchcommand"}, {"list", "--bogus"}, {"read", "a", "b"}} {
		_, errOut, code := run(t, t.TempDir(), "", nil, args...)
		if code != 2 || errOut == "" {
			t.Errorf("%v: exit %d stderr %q, want 2 and a message", args, code, errOut)
		}
	}
	out, _, code := run(t, t.TempDir(), "", nil, "--version")
	if code != 0 || !strings.HasPrefix(out, "lectern ") {
		t.Errorf("--version: exit %d %q", code, out)
	}
	for _, sub := range []string{"read", "list", "progress", "reset"} {
		out, _, code := run(t, t.TempDir(), "", nil, sub, "--help")
		if code != 0 || !strings.Contains(out, "Usage:") {
			t.Errorf("%s --help: exit %d\n%s", sub, code, out)
		}
	}
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		target := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestReadKeepsToTheWidth(t *testing.T) {
	for _, w := range []string{"40", "60", "80"} {
		out, _, code := run(t, t.TempDir(), "", nil, "read", "--width", w)
		if code != 0 {
			t.Fatalf("exit %d", code)
		}
		limit, _ := strconv.Atoi(w)
		for i, l := range strings.Split(out, "\n") {
			if n := ansi.StringWidth(l); n > limit {
				t.Errorf("--width %s: line %d is %d wide: %q", w, i+1, n, l)
			}
		}
	}
}

func TestLessonsDirWithTrailingSlash(t *testing.T) {
	_, errOut, code := run(t, t.TempDir(), "", nil, "--lessons", "../../lessons/", "list")
	if code != 0 {
		t.Fatalf("--lessons with a trailing slash: exit %d\n%s", code, errOut)
	}
	_, errOut, code = run(t, t.TempDir(), "", nil, "--lessons", "../../lessons/serverless/", "list")
	if code != 0 {
		t.Fatalf("--lessons naming one lesson with a trailing slash: exit %d\n%s", code, errOut)
	}
}

func TestDevCheckValidatesLessonsAndChallenges(t *testing.T) {
	out, errOut, code := run(t, t.TempDir(), "", nil, "dev", "check")
	if code != 0 || !strings.Contains(out, "ok   lesson serverless") || !strings.Contains(out, "ok   challenge cost-calculator: reference passes") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	dir := t.TempDir()
	copyDir(t, "../../lessons/serverless", filepath.Join(dir, "serverless"))
	os.WriteFile(filepath.Join(dir, "serverless", "glossary.yaml"), []byte("terms:\n  - term: A\n"), 0o600)
	out, _, code = run(t, dir, "", nil, "--lessons", dir, "dev", "check")
	if code != 1 || !strings.Contains(out, filepath.Join(dir, "serverless", "glossary.yaml")+`:2: term "A" has no definition`) {
		t.Fatalf("broken glossary: exit %d\n%s", code, out)
	}
}

func TestResetUnknownNameListsLessonsAndChallenges(t *testing.T) {
	_, errOut, code := run(t, t.TempDir(), "", nil, "reset", "nosuch", "--yes")
	if code != 2 || !strings.Contains(errOut, "lessons: serverless") || !strings.Contains(errOut, "challenges: cost-calculator") {
		t.Fatalf("exit %d stderr %q", code, errOut)
	}
}

// The data and state folders follow XDG_DATA_HOME and XDG_STATE_HOME (the
// workspace file lives under the first), else ~/.local/share and
// ~/.local/state; a relative XDG value is ignored, as the spec says.
func TestFoldersFollowXDG(t *testing.T) {
	env := map[string]string{"HOME": "/home/ada", "XDG_DATA_HOME": "/xdg/data", "XDG_STATE_HOME": "relative/state"}
	app := newApp(&IOStreams{}, func(k string) string { return env[k] })
	if app.DataDir != "/xdg/data/lectern" || app.StateDir != "/home/ada/.local/state/lectern" {
		t.Fatalf("data %s state %s", app.DataDir, app.StateDir)
	}
	if got, want := workspaceOf(app).Path("cost-calculator"), "/xdg/data/lectern/workspace/cost-calculator/solution.go"; got != want {
		t.Fatalf("workspace file %s, want %s", got, want)
	}
}
