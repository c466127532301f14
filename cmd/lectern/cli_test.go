package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/render"
)

// fixturePack is the pack the CLI tests run on (see its README): lessons
// alpha and beta, challenges adder, greet and shout.
const fixturePack = "../../testdata/pack"

// run runs lectern on the fixture pack with fake, non-terminal streams and
// its own state and data directories; extra environment entries come as
// "KEY=value" (LECTERN_LESSONS= for the built-in course).
func run(t *testing.T, dir, stdin string, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	vars := map[string]string{"XDG_STATE_HOME": filepath.Join(dir, "state"), "XDG_DATA_HOME": filepath.Join(dir, "data"), "HOME": dir,
		"LECTERN_LESSONS": fixturePack}
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
	out, errOut, code := run(t, t.TempDir(), "", nil, "read", "alpha")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	if strings.ContainsRune(out, 0x1b) {
		t.Fatal("piped output contains escape codes")
	}
	for i, title := range []string{"Why This Matters", "Define Terms", "Visual Model", "Quick Quiz",
		"First Challenge", "Second Diagram", "Review Quiz", "Challenge Pair", "Recap"} {
		if want := "Step " + string(rune('1'+i)) + " of 9: " + title; !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// What each kind adds after its page.
	for _, fact := range []string{"The last line of the first page.", "See also: Warm instance", "Cold start?", "Tour (9 stops):",
		"Tour (3 stops):", "4 questions. Take the quiz with: lectern quiz alpha --step 4", "lectern quiz alpha --step 7",
		"Write Add(a, b int) int", "Solve it with: lectern check adder", "Solve it with: lectern check greet", "Solve it with: lectern check shout",
		"then !. Words"} {
		if !strings.Contains(out, fact) {
			t.Errorf("output lacks %q", fact)
		}
	}
}

// inProgress writes progress placing the learner at a step of a lesson.
func inProgress(t *testing.T, dir, lesson, step string) {
	t.Helper()
	state := filepath.Join(dir, "state", "lectern")
	os.MkdirAll(state, 0o755)
	data := `{"version":1,"lessons":{"` + lesson + `":{"content_version":1,"current_step":"` + step + `","last_opened":"2026-11-27T10:00:00Z"}}}`
	if err := os.WriteFile(filepath.Join(state, "progress.json"), []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestReadOneStepAndBadStep(t *testing.T) {
	dir := t.TempDir()
	inProgress(t, dir, "alpha", "terms")
	out, _, code := run(t, dir, "", nil, "read", "--step", "3")
	if code != 0 || !strings.Contains(out, "Step 3 of 9: Visual Model") || strings.Contains(out, "Step 2 of 9") {
		t.Fatalf("exit %d output:\n%s", code, out)
	}
	if !strings.Contains(out, "Request arrives") || !strings.Contains(out, "Tour (") {
		t.Fatalf("step 3 lacks the diagram and its tour:\n%s", out)
	}
	_, errOut, code := run(t, t.TempDir(), "", nil, "read", "alpha", "--step", "12")
	if code != 2 || !strings.Contains(errOut, "steps 1 to 9") {
		t.Fatalf("--step 12: exit %d stderr %q", code, errOut)
	}
	_, errOut, code = run(t, t.TempDir(), "", nil, "read", "nosuch")
	if code != 2 || !strings.Contains(errOut, `unknown lesson "nosuch" (lessons: alpha, beta)`) {
		t.Fatalf("unknown lesson: exit %d stderr %q", code, errOut)
	}
}

// Without a lesson argument: the only lesson, else the one in progress,
// else a question on a terminal, else the list in a usage error.
func TestDefaultLessonIsTheOneInProgress(t *testing.T) {
	_, errOut, code := run(t, t.TempDir(), "", nil, "read")
	if code != 2 || !strings.Contains(errOut, "which lesson? usage: lectern read LESSON (lessons: alpha, beta)") {
		t.Fatalf("no lesson in progress, no terminal: exit %d stderr %q", code, errOut)
	}
	dir := t.TempDir()
	inProgress(t, dir, "beta", "more")
	if out, _, code := run(t, dir, "", nil, "read"); code != 0 || !strings.HasPrefix(out, "Beta\n") {
		t.Fatalf("beta in progress: exit %d\n%s", code, out)
	}
	if out, _, code := run(t, t.TempDir(), "", []string{"LECTERN_LESSONS=" + fixturePack + "/lessons/beta"}, "read"); code != 0 || !strings.HasPrefix(out, "Beta\n") {
		t.Fatalf("the only lesson: exit %d\n%s", code, out)
	}
	// On a terminal it asks.
	var out, errBuf bytes.Buffer
	d := t.TempDir()
	env := map[string]string{"HOME": d, "LECTERN_LESSONS": fixturePack}
	streams := &IOStreams{In: strings.NewReader("2\n"), Out: &out, ErrOut: &errBuf, InTTY: true, OutTTY: true}
	if code := Main([]string{"read"}, streams, func(k string) string { return env[k] }); code != 0 || !strings.HasPrefix(out.String(), "Beta\n") ||
		!strings.Contains(errBuf.String(), "Which lesson?\n  1. alpha — Alpha\n  2. beta — Beta\n") {
		t.Fatalf("asked on a terminal: exit %d\nstdout %s\nstderr %s", code, out.String(), errBuf.String())
	}
}

func TestNoTerminalPrintsWhatToRun(t *testing.T) {
	out, _, code := run(t, t.TempDir(), "", nil)
	if code != 0 || !strings.Contains(out, "lectern read alpha") || !strings.Contains(out, "lectern check adder FILE") || strings.ContainsRune(out, 0x1b) {
		t.Fatalf("exit %d output %q", code, out)
	}
}

// Help examples name the loaded pack's lessons and challenges.
func TestHelpExamplesComeFromThePack(t *testing.T) {
	for _, sub := range []string{"read", "quiz", "check", "watch", "hint", "solution", "reset", "list", "progress", "dev", "dev check", "dev new"} {
		out, _, code := run(t, t.TempDir(), "", nil, append(strings.Fields(sub), "--help")...)
		if code != 0 || strings.Contains(out, "serverless") || strings.Contains(out, "cost-calculator") {
			t.Errorf("%s --help: exit %d, names the built-in course:\n%s", sub, code, out)
		}
	}
	if out, _, _ := run(t, t.TempDir(), "", nil, "read", "--help"); !strings.Contains(out, "lectern read alpha --step 3") {
		t.Errorf("read --help:\n%s", out)
	}
	if out, _, _ := run(t, t.TempDir(), "", nil, "check", "--help"); !strings.Contains(out, "lectern check adder mine.go --json") {
		t.Errorf("check --help:\n%s", out)
	}
}

func TestListJSONAndProgressFollowSteps(t *testing.T) {
	dir := t.TempDir()
	// Record progress as the TUI would, then read it back through the CLI.
	state := filepath.Join(dir, "state", "lectern")
	os.MkdirAll(state, 0o755)
	os.WriteFile(filepath.Join(state, "progress.json"), []byte(`{"version":1,"lessons":{"alpha":{"content_version":1,"current_step":"visual","steps_done":{"why":"2026-11-27T10:00:00Z","terms":"2026-11-27T10:05:00Z"},"quizzes":{"review":{"attempts":1,"best_score":1,"best_total":2}}}}}`), 0o600)
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
	if len(got.Lessons) != 2 || got.Lessons[1].ID != "beta" || got.Lessons[1].Status != "Not Started" {
		t.Fatalf("lessons = %+v", got.Lessons)
	}
	l := got.Lessons[0]
	if l.StepsDone != 2 || l.StepsTotal != 9 || l.Status != "In Progress" || l.CurrentStep != "visual" || !l.Steps[0].Done || l.Steps[2].Done {
		t.Fatalf("lesson status = %+v", l)
	}
	if l.Quiz != nil || l.Steps[6].Quiz == nil || l.Steps[6].Quiz.BestScore != 1 || strings.Join(l.Steps[7].Challenges, ",") != "greet,shout" {
		t.Fatalf("step status: quiz %+v, review %+v, pair %+v", l.Quiz, l.Steps[6], l.Steps[7])
	}
	out, _, _ = run(t, dir, "", nil, "list")
	if !strings.Contains(out, "2/9 In Progress") || !strings.Contains(out, "✓ 1. Why This Matters") || !strings.Contains(out, "3. Visual Model  ← you are here") {
		t.Fatalf("list:\n%s", out)
	}
	out, _, _ = run(t, dir, "", nil, "progress")
	if !strings.Contains(out, "2/9 steps, In Progress") || !strings.Contains(out, "resume at: step 3, Visual Model") || !strings.Contains(out, filepath.Join(state, "progress.json")) ||
		!strings.Contains(out, "quiz (step 7, Review Quiz): best 1/2, 1 attempt(s), not passed yet") {
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
	os.WriteFile(filepath.Join(state, "progress.json"), []byte(`{"version":1,"lessons":{"alpha":{"current_step":"quiz"}}}`), 0o600)
	_, errOut, code := run(t, dir, "", nil, "reset", "alpha")
	if code != 2 || !strings.Contains(errOut, "--yes") {
		t.Fatalf("reset without a terminal: exit %d stderr %q", code, errOut)
	}
	out, _, _ := run(t, dir, "", nil, "progress")
	if !strings.Contains(out, "resume at: step 4, Quick Quiz") {
		t.Fatalf("refused reset changed progress:\n%s", out)
	}
	_, _, code = run(t, dir, "", nil, "reset", "alpha", "--yes")
	if code != 0 {
		t.Fatalf("reset --yes: exit %d", code)
	}
	out, _, _ = run(t, dir, "", nil, "progress")
	if strings.Contains(out, "resume at") || !strings.Contains(out, "Alpha (alpha): 0/9 steps, Not Started") {
		t.Fatalf("after reset:\n%s", out)
	}
}

func TestBrokenLessonFolderGivesFileLineErrors(t *testing.T) {
	dir := t.TempDir()
	copyDir(t, fixturePack, filepath.Join(dir, "mine"))
	lessonDir := filepath.Join(dir, "mine", "lessons", "alpha")
	yaml := filepath.Join(lessonDir, "diagram.yaml")
	data, _ := os.ReadFile(yaml)
	os.WriteFile(yaml, []byte(strings.Replace(string(data), "to: init", "to: initialise", 1)), 0o600)
	os.Remove(filepath.Join(lessonDir, "steps", "04-quiz.md"))
	for _, args := range [][]string{{"--lessons", filepath.Join(dir, "mine"), "list"}, {"list", "--lessons", lessonDir}} {
		_, errOut, code := run(t, dir, "", nil, args...)
		if code != 1 {
			t.Fatalf("%v: exit %d, want 1", args, code)
		}
		for _, want := range []string{lessonDir + "/diagram.yaml:", `unknown node "initialise"`, lessonDir + "/lesson.yaml:", "04-quiz.md: file not found"} {
			if !strings.Contains(errOut, want) {
				t.Errorf("%v: stderr lacks %q:\n%s", args, want, errOut)
			}
		}
	}
	// The same pack, unbroken, loads through the environment variable.
	_, errOut, code := run(t, dir, "", []string{"LECTERN_LESSONS=" + fixturePack}, "list")
	if code != 0 {
		t.Fatalf("LECTERN_LESSONS: exit %d %s", code, errOut)
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	for _, args := range [][]string{{"nosuchcommand"}, {"list", "--bogus"}, {"read", "a", "b"}, {"list", "x"}, {"dev", "nosuch"},
		{"dev", "new"}, {"dev", "new", "lesson"}, {"dev", "new", "course", "x"}, {"quiz", "--seed", "x"}, {"read", "--step", "x"}, {"-x"}} {
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
		out, _, code := run(t, t.TempDir(), "", nil, "read", "alpha", "--width", w)
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
	_, errOut, code = run(t, t.TempDir(), "", nil, "--lessons", fixturePack+"/lessons/beta/", "list")
	if code != 0 {
		t.Fatalf("--lessons naming one lesson with a trailing slash: exit %d\n%s", code, errOut)
	}
	_, errOut, code = run(t, t.TempDir(), "", nil, "--lessons", fixturePack+"/", "list")
	if code != 0 {
		t.Fatalf("--lessons naming a pack with a trailing slash: exit %d\n%s", code, errOut)
	}
}

func TestDevCheckValidatesLessonsAndChallenges(t *testing.T) {
	out, errOut, code := run(t, t.TempDir(), "", nil, "dev", "check")
	for _, want := range []string{"ok   lesson alpha: 9 steps, 5 glossary terms, 6 quiz questions in 2 quizzes", "ok   lesson beta",
		"ok   challenge adder: reference passes 5/5, starter fails (1/5)", "ok   challenge greet: reference passes 2/2",
		"ok   challenge shout: reference passes 2/2"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Fatalf("exit %d, output lacks %q:\n%s%s", code, want, out, errOut)
		}
	}
	dir := t.TempDir()
	copyDir(t, fixturePack, dir)
	os.WriteFile(filepath.Join(dir, "lessons", "alpha", "glossary.yaml"), []byte("terms:\n  - term: A\n"), 0o600)
	out, _, code = run(t, dir, "", nil, "--lessons", dir, "dev", "check")
	if code != 1 || !strings.Contains(out, filepath.Join(dir, "lessons", "alpha", "glossary.yaml")+`:2: term "A" has no definition`) {
		t.Fatalf("broken glossary: exit %d\n%s", code, out)
	}
}

// A challenge that no lesson uses, one whose reference fails and one whose
// starter passes are each reported, and dev check fails.
func TestDevCheckReportsUnusedAndWrongChallenges(t *testing.T) {
	dir := t.TempDir()
	copyDir(t, fixturePack, dir)
	copyDir(t, fixturePack+"/exercises/adder", filepath.Join(dir, "exercises", "loner"))
	edit := func(name, old, new string) {
		t.Helper()
		p := filepath.Join(dir, name)
		data, _ := os.ReadFile(p)
		if !strings.Contains(string(data), old) {
			t.Fatalf("%s lacks %q", name, old)
		}
		os.WriteFile(p, []byte(strings.Replace(string(data), old, new, 1)), 0o644)
	}
	edit("exercises/loner/exercise.yaml", "id: adder\nlesson: alpha", "id: loner")
	edit("exercises/greet/solution.go", `"Hello, " + name + "!"`, `"Hi"`)
	edit("exercises/shout/starter.go", "return s", `return strings.ToUpper(strings.Join(Words(s), " ")) + "!"`)
	edit("exercises/shout/starter.go", "package shout\n", "package shout\n\nimport \"strings\"\n")
	out, _, code := run(t, dir, "", nil, "--lessons", dir, "dev", "check")
	for _, want := range []string{
		filepath.Join(dir, "exercises", "loner", "exercise.yaml") + `: challenge "loner" is used by no lesson`,
		"FAIL challenge greet: the reference solution does not pass",
		"FAIL challenge shout: the starter must compile and fail its tests, but it gave pass",
		"ok   challenge adder",
	} {
		if code != 1 || !strings.Contains(out, want) {
			t.Errorf("exit %d, output lacks %q:\n%s", code, want, out)
		}
	}
}

func TestResetUnknownNameListsLessonsAndChallenges(t *testing.T) {
	_, errOut, code := run(t, t.TempDir(), "", nil, "reset", "nosuch", "--yes")
	if code != 2 || !strings.Contains(errOut, "lessons: alpha, beta") || !strings.Contains(errOut, "challenges: adder, greet, shout") {
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

// Commands list a pack from its index (lesson.yaml unchanged: nothing else
// is read), and read a lesson in full when they show it: a file broken
// after the first start shows when its lesson is opened, and dev check,
// which reads everything, always finds it.
func TestAPackIsListedFromItsIndex(t *testing.T) {
	dir := t.TempDir()
	pack := filepath.Join(dir, "pack")
	if err := os.CopyFS(pack, os.DirFS(fixturePack)); err != nil {
		t.Fatal(err)
	}
	env := []string{"LECTERN_LESSONS=" + pack, "XDG_CACHE_HOME=" + filepath.Join(dir, "cache")}
	if _, errOut, code := run(t, dir, "", env, "list"); code != 0 {
		t.Fatalf("first list: exit %d, %s", code, errOut)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "cache", "lectern", "index", "*")); len(files) != 1 {
		t.Fatalf("index files: %v", files)
	}
	quizFile := filepath.Join(pack, "lessons", "beta", "quiz.yaml")
	if err := os.WriteFile(quizFile, []byte("questions: [oops\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := run(t, dir, "", env, "list")
	if code != 0 || !strings.Contains(out, "beta") {
		t.Fatalf("list after the quiz broke: exit %d, stderr %s\n%s", code, errOut, out)
	}
	for _, args := range [][]string{{"read", "beta"}, {"dev", "check"}} {
		out, errOut, code := run(t, dir, "", env, args...)
		if code == 0 || !strings.Contains(out+errOut, quizFile+":") {
			t.Errorf("%v: exit %d, want the broken quiz named:\n%s%s", args, code, out, errOut)
		}
	}
}

func TestSaveProblemFitsOneLine(t *testing.T) {
	err := &os.PathError{Op: "open", Path: "/home/learner/.local/state/lectern/.probe-123", Err: os.ErrPermission}
	got := saveProblem(fmt.Errorf("progress won't be saved: %w", err), "/home/learner/.local/state/lectern", "/home/learner")
	if got != "Progress won't be saved: ~/.local/state/lectern: permission denied." || len([]rune(got))+2 > 80 {
		t.Fatalf("%q (%d)", got, len([]rune(got)))
	}
	if got := saveProblem(fmt.Errorf("x: %w", progress.ErrNewerFormat), "/s", ""); !strings.Contains(got, "newer lectern") {
		t.Fatalf("%q", got)
	}
}

// read on a 256-colour terminal: the 24-bit colours of code are mapped to
// the palette by the writer, the same way on every run.
func TestReadColoursAreMappedTheSameWay(t *testing.T) {
	md := "```go\n// a comment\nfunc f(x int) string { return fmt.Sprint(x, \"s\", 1.5) }\n```\n"
	var first string
	for i := range 5 {
		out, err := render.Default.Markdown(md, render.Dark, 80)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		w := &colorprofile.Writer{Forward: &b, Profile: colorprofile.ANSI256}
		if _, err := w.Write([]byte(out)); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(b.String(), "38;2;") || !strings.Contains(b.String(), "38;5;") {
			t.Fatalf("not mapped to the 256-colour palette: %q", b.String())
		}
		if i == 0 {
			first = b.String()
		} else if b.String() != first {
			t.Fatal("the same page came out in different colours")
		}
	}
}

// A page's first heading that only repeats the step's title is not
// printed twice; a page whose heading says something else keeps it.
func TestReadDoesNotRepeatTheStepTitle(t *testing.T) {
	out, errOut, code := run(t, t.TempDir(), "", nil, "read", "alpha")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	first, _, _ := strings.Cut(out, "Step 2 of 9")
	if n := strings.Count(strings.ToLower(first), "why this matters"); n != 1 {
		t.Errorf("\"Why this matters\" printed %d times in step 1:\n%s", n, first)
	}
	if !strings.Contains(out, "Step 1 of 9: Why This Matters\n=============================\n\n  This page is long enough") {
		t.Errorf("the first page does not follow its step heading:\n%s", out)
	}
}

// A check over a damaged progress file records the attempt in a fresh one
// and says where the damaged one was kept.
func TestCheckOverCorruptProgressSaysSo(t *testing.T) {
	dir := t.TempDir()
	state := filepath.Join(dir, "state", "lectern")
	os.MkdirAll(state, 0o755)
	os.WriteFile(filepath.Join(state, "progress.json"), []byte("garbage\x00{"), 0o600)
	good := writeFile(t, t.TempDir(), "good.go", "package adder\n\n// Add adds.\nfunc Add(a, b int) int { return a + b }\n")
	_, errOut, code := run(t, dir, "", nil, "check", "adder", good)
	backups, _ := filepath.Glob(filepath.Join(state, "progress.json.corrupt-*"))
	if code != 0 || len(backups) != 1 || !strings.Contains(errOut, "it was kept as "+backups[0]) {
		t.Fatalf("exit %d, backups %v, stderr %q", code, backups, errOut)
	}
	if out, _, _ := run(t, dir, "", nil, "progress"); !strings.Contains(out, "challenge adder: passed") {
		t.Fatalf("the attempt was not recorded:\n%s", out)
	}
}
