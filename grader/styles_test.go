package grader

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Correct solutions written in different styles, including modern Go the
// interpreter needs rewriting for, must pass, both natively and here.
func TestCorrectStylesPass(t *testing.T) {
	files, err := filepath.Glob("testdata/styles/*.go")
	if err != nil || len(files) < 5 {
		t.Fatalf("want at least 5 styles in testdata/styles, got %d (%v)", len(files), err)
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".go"), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			v := grade(t, string(src))
			if v.Status != Pass {
				var b strings.Builder
				_ = WriteText(&b, v)
				t.Fatalf("verdict %s (%s), want pass:\n%s", v.Status, v.Reason, b.String())
			}
			if v.Total() != 21 {
				t.Errorf("%d tests reported, want 21", v.Total())
			}
		})
	}
}

// Common wrong answers must fail, here as natively. Those that are partly
// right must pass some tests (the grader reports per test); always_* answer
// the same wrong value (NaN, +Inf) whatever the input, and pass none.
func TestCommonWrongAnswersFail(t *testing.T) {
	files, err := filepath.Glob("testdata/wrong/*.go")
	if err != nil || len(files) < 5 {
		t.Fatalf("want at least 5 wrong answers in testdata/wrong, got %d (%v)", len(files), err)
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".go"), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			v := grade(t, string(src))
			always := strings.HasPrefix(filepath.Base(f), "always_")
			if v.Status != Fail || (v.Passed() == 0) != always || v.Passed() == v.Total() {
				var b strings.Builder
				_ = WriteText(&b, v)
				t.Fatalf("verdict %s with %d/%d passing, want a fail (with some passing tests unless always_*):\n%s", v.Status, v.Passed(), v.Total(), b.String())
			}
		})
	}
}

// Correct code that the interpreter (yaegi v0.16.1) gets wrong must never be
// graded as a failure: it is reported as a limitation of Lectern's
// interpreter, naming the construct (TestStylesPassNatively checks that
// these pass under go test).
func TestInterpreterLimitationsAreNotFailures(t *testing.T) {
	files, err := filepath.Glob("testdata/limits/*.go")
	if err != nil || len(files) < 3 {
		t.Fatalf("want at least 3 files in testdata/limits, got %d (%v)", len(files), err)
	}
	construct := map[string]string{
		"error_in_an_error_variable": "inputError",
		"errorf_wraps_own_type":      "%w",
		"errors_as_own_type":         "errors.As",
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
			if v.Status != Error || !v.Unsupported || v.Reason != ReasonCompile {
				t.Fatalf("verdict %s/%s unsupported=%v, want an error naming a limitation of the interpreter:\n%s", v.Status, v.Reason, v.Unsupported, b.String())
			}
			for _, tr := range v.Tests {
				if tr.Status == Fail {
					t.Errorf("test %s reported as failed", tr.Name)
				}
			}
			for _, want := range []string{"Lectern's interpreter can't run this yet — not a mistake in your code", construct[name]} {
				if !strings.Contains(b.String(), want) {
					t.Errorf("verdict does not say %q:\n%s", want, b.String())
				}
			}
			if strings.Contains(b.String(), "does not compile") {
				t.Errorf("a limitation presented as a compile error:\n%s", b.String())
			}
		})
	}
}

var packageClause = regexp.MustCompile(`(?m)^package \w+`)

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
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "go.mod"), []byte("module github.com/lectern-dev/lectern\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, f := range append(files, wrong...) {
		name := strings.TrimSuffix(filepath.Base(f), ".go")
		wantPass := !strings.Contains(f, "/wrong/")
		dir := filepath.Join(root, "exercises", "cost-calculator")
		_ = os.RemoveAll(dir)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		src, _ := os.ReadFile(f)
		src = packageClause.ReplaceAll(src, []byte("package "+ch.PackageName))
		_ = os.WriteFile(filepath.Join(dir, "solution.go"), src, 0o644)
		for _, tf := range ch.Tests {
			_ = os.WriteFile(filepath.Join(dir, tf.Name), tf.Source, 0o644)
		}
		cmd := exec.Command("go", "test", "-count=1", "./exercises/cost-calculator/")
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
		out, err := cmd.CombinedOutput()
		if wantPass && err != nil {
			t.Errorf("style %s fails natively:\n%s", name, out)
		}
		if !wantPass && (err == nil || !strings.Contains(string(out), "--- FAIL")) {
			t.Errorf("wrong answer %s does not fail natively:\n%s", name, out)
		}
	}
}
