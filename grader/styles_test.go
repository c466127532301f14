package grader

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// gradeCorpus grades every file of testdata/<dir> (there must be at least
// min) in a subtest named after it, and hands check the verdict with its
// text report.
func gradeCorpus(t *testing.T, dir string, min int, check func(t *testing.T, name string, v *Verdict, text string)) {
	files, err := filepath.Glob(filepath.Join("testdata", dir, "*.go"))
	if err != nil || len(files) < min {
		t.Fatalf("want at least %d files in testdata/%s, got %d (%v)", min, dir, len(files), err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".go")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			v := grade(t, string(src))
			var b strings.Builder
			_ = WriteText(&b, v)
			check(t, name, v, b.String())
		})
	}
}

// Correct solutions written in different styles, including modern Go the
// interpreter needs rewriting for, must pass, both natively and here.
func TestCorrectStylesPass(t *testing.T) {
	gradeCorpus(t, "styles", 5, func(t *testing.T, _ string, v *Verdict, text string) {
		if v.Status != Pass {
			t.Fatalf("verdict %s (%s), want pass:\n%s", v.Status, v.Reason, text)
		}
		if v.Total() != 21 {
			t.Errorf("%d tests reported, want 21", v.Total())
		}
	})
}

// Common wrong answers must fail, here as natively. Those that are partly
// right must pass some tests (the grader reports per test); always_* answer
// the same wrong value (NaN, +Inf) whatever the input, and pass none.
func TestCommonWrongAnswersFail(t *testing.T) {
	gradeCorpus(t, "wrong", 5, func(t *testing.T, name string, v *Verdict, text string) {
		always := strings.HasPrefix(name, "always_")
		if v.Status != Fail || (v.Passed() == 0) != always || v.Passed() == v.Total() {
			t.Fatalf("verdict %s with %d/%d passing, want a fail (with some passing tests unless always_*):\n%s", v.Status, v.Passed(), v.Total(), text)
		}
	})
}

// Correct code that the interpreter (yaegi v0.16.1) gets wrong must never be
// graded as a failure: it is reported as a limitation of Lectern's
// interpreter, naming the construct (TestStylesPassNatively checks that
// these pass under go test).
func TestInterpreterLimitationsAreNotFailures(t *testing.T) {
	construct := map[string]string{
		"error_in_an_error_variable": "inputError",
		"errorf_wraps_own_type":      "%w",
		"errors_as_own_type":         "errors.As",
	}
	gradeCorpus(t, "limits", 3, func(t *testing.T, name string, v *Verdict, text string) {
		if v.Status != Error || !v.Unsupported || v.Reason != ReasonCompile {
			t.Fatalf("verdict %s/%s unsupported=%v, want an error naming a limitation of the interpreter:\n%s", v.Status, v.Reason, v.Unsupported, text)
		}
		for _, tr := range v.Tests {
			if tr.Status == Fail {
				t.Errorf("test %s reported as failed", tr.Name)
			}
		}
		for _, want := range []string{"Lectern's interpreter can't run this yet — not a mistake in your code", construct[name]} {
			if !strings.Contains(text, want) {
				t.Errorf("verdict does not say %q:\n%s", want, text)
			}
		}
		if strings.Contains(text, "does not compile") {
			t.Errorf("a limitation presented as a compile error:\n%s", text)
		}
	})
}

var packageClause = regexp.MustCompile(`(?m)^package \w+`)

// goTestNatively runs go test on src with the task's files, in a module of
// its own named after the task's import path, and says whether it passed.
func goTestNatively(t *testing.T, task *Task, src []byte) (pass bool, out string) {
	t.Helper()
	l, err := task.layout()
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(root, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", []byte("module "+l.importPath+"\n\ngo 1.26\n"))
	write("solution.go", packageClause.ReplaceAll(src, []byte("package "+l.pkg)))
	for _, f := range append(append([]File(nil), task.Tests...), task.Support...) {
		write(f.Name, f.Source)
	}
	cmd := exec.Command("go", "test", "-count=1", ".")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	b, err := cmd.CombinedOutput()
	return err == nil, string(b)
}

// TestStylesPassNatively checks the styles (and wrong answers) themselves
// with go test, so the lectern verdicts above agree with the toolchain's.
func TestStylesPassNatively(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go test once per style")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go toolchain on PATH")
	}
	ch := costCalculator(t)
	files, _ := filepath.Glob("testdata/styles/*.go")
	limits, _ := filepath.Glob("testdata/limits/*.go")
	files = append(files, limits...)
	wrong, _ := filepath.Glob("testdata/wrong/*.go")
	for _, f := range append(files, wrong...) {
		name := strings.TrimSuffix(filepath.Base(f), ".go")
		wantPass := !strings.Contains(f, "/wrong/")
		src, _ := os.ReadFile(f)
		pass, out := goTestNatively(t, ch, src)
		if wantPass && !pass {
			t.Errorf("style %s fails natively:\n%s", name, out)
		}
		if !wantPass && (pass || !strings.Contains(out, "--- FAIL")) {
			t.Errorf("wrong answer %s does not fail natively:\n%s", name, out)
		}
	}
}
