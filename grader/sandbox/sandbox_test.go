package sandbox

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestMain(m *testing.M) {
	RunWorkerIfRequested(nil, nil)
	os.Exit(m.Run())
}

const testPkg = "src/example.com/calc/"

// job is a package calc with external tests (package calc_test) in
// example.com/calc/test.
func job(solution string, tests string) Job {
	return Job{
		Files: map[string]string{
			testPkg + "calc.go":           solution,
			testPkg + "test/calc_test.go": tests,
		},
		Packages:  []string{"fmt", "math", "strings"},
		Load:      []string{"example.com/calc", "example.com/calc/test"},
		Tests:     []Test{{Package: "example.com/calc/test", Name: "TestAdd"}},
		TimeLimit: time.Second,
	}
}

const addTests = `package calc_test

import (
	"testing"

	"example.com/calc"
)

func TestAdd(t *testing.T) {
	for _, c := range []struct{ a, b, want int }{{1, 2, 3}, {2, 2, 4}, {0, 0, 0}} {
		t.Run(fmt.Sprint(c.a, "+", c.b), func(t *testing.T) {
			if got := calc.Add(c.a, c.b); got != c.want {
				t.Fatalf("Add(%d, %d) = %d, want %d", c.a, c.b, got, c.want)
			}
			t.Log("unreachable after Fatal? no: reached only on success")
		})
	}
}
`

func fixTests(s string) string {
	return strings.Replace(s, `"testing"`, "\"fmt\"\n\t\"testing\"", 1)
}

func TestRunReportsEachSubtest(t *testing.T) {
	res, err := Run(context.Background(), job("package calc\n\nfunc Add(a, b int) int {\n\tif a == 2 {\n\t\treturn 5\n\t}\n\treturn a + b\n}\n", fixTests(addTests)))
	if err != nil {
		t.Fatal(err)
	}
	if res.Outcome != Completed {
		t.Fatalf("outcome %s: %s\n%s", res.Outcome, res.Message, res.Stderr)
	}
	got := map[string]TestResult{}
	for _, tr := range res.Tests {
		got[tr.Name] = tr
	}
	if len(res.Tests) != 4 {
		t.Fatalf("got %d results, want 4: %+v", len(res.Tests), res.Tests)
	}
	if r := got["TestAdd/2+2"]; r.Status != StatusFail || !strings.Contains(r.Message, "Add(2, 2) = 5, want 4") || strings.Contains(r.Message, "unreachable") {
		t.Errorf("TestAdd/2+2 = %+v", r)
	}
	if r := got["TestAdd/1+2"]; r.Status != StatusPass {
		t.Errorf("TestAdd/1+2 = %+v", r)
	}
	if r := got["TestAdd"]; r.Status != StatusFail || !r.Subtests {
		t.Errorf("TestAdd = %+v", r)
	}
}

const errorsSolution = `package calc

import (
	"errors"
	"fmt"
)

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprint("code ", e.code) }

func Add(a, b int) int {
	switch a {
	case 1:
		var e error = myErr{1}
		_ = e.Error()
	case 2:
		var e myErr
		var target any = &e
		errors.As(errors.New("x"), target)
	case 0:
		if err := fmt.Errorf("w: %w", myErr{2}); err.Error() != "w: code 2" {
			panic("wrong: " + err.Error())
		}
	}
	return a + b
}
`

// Panics that come from the interpreter mishandling valid code (not from
// the code itself) are flagged, so they are never graded as failures.
func TestInterpreterFaultsAreFlagged(t *testing.T) {
	j := job(errorsSolution, fixTests(addTests))
	j.Packages = append(j.Packages, "errors")
	res, err := Run(context.Background(), j)
	if err != nil || res.Outcome != Completed {
		t.Fatalf("%v %s: %s\n%s", err, res.Outcome, res.Message, res.Stderr)
	}
	want := map[string]string{
		"TestAdd/1+2": "Value.Method",
		"TestAdd/2+2": "errors.As",
	}
	for _, tr := range res.Tests {
		w, ok := want[tr.Name]
		if !ok {
			continue
		}
		delete(want, tr.Name)
		if tr.Status != StatusError || !strings.Contains(tr.Fault, w) {
			t.Errorf("%s: status %s fault %q, want an error with a fault naming %q (message %q)", tr.Name, tr.Status, tr.Fault, w, tr.Message)
		}
	}
	if len(want) > 0 {
		t.Errorf("tests not reported: %v", want)
	}
	// fmt.Errorf's %w sees the Error method of the code's own type (the
	// sandbox's fmt gets it wrapped): that test passes.
	for _, tr := range res.Tests {
		if tr.Name == "TestAdd/0+0" && tr.Status != StatusPass {
			t.Errorf("%%w with a type of the code's: %s %s", tr.Status, tr.Message)
		}
	}
	// The code's own panics, and sort's reflect-worded ones, are not faults.
	for _, r := range []any{"boom", fmt.Errorf("runtime error: index out of range"), sortPanic()} {
		if f := classify(r, "sort.Slice"); f != "" {
			t.Errorf("classify(%v) = %q, want none", r, f)
		}
	}
}

func sortPanic() (r any) {
	defer func() { r = recover() }()
	sort.Slice(42, func(i, j int) bool { return false })
	return nil
}

// Printing is never an error: a test keeps the first OutputLimit bytes of
// what it printed and the count of the rest, and the job goes on.
func TestOutputIsKeptUpToTheLimitAndNeverFails(t *testing.T) {
	sol := "package calc\n\nimport \"fmt\"\n\nfunc Add(a, b int) int {\n\tfor i := 0; i < 2000; i++ {\n\t\tfmt.Println(\"debugging debugging\")\n\t}\n\treturn a + b\n}\n"
	j := job(sol, fixTests(addTests))
	j.OutputLimit = 1000
	res, err := Run(context.Background(), j)
	if err != nil {
		t.Fatal(err)
	}
	if res.Outcome != Completed {
		t.Fatalf("outcome %s: %s", res.Outcome, res.Message)
	}
	for _, tr := range res.Tests {
		if tr.Status != StatusPass {
			t.Errorf("%s: %s %s", tr.Name, tr.Status, tr.Message)
		}
		if tr.Name == "TestAdd/1+2" && (len(tr.Output) != 1000 || tr.Printed != 2000*len("debugging debugging\n")) {
			t.Errorf("%s kept %d bytes of %d printed", tr.Name, len(tr.Output), tr.Printed)
		}
	}
}

// Goroutines of the code printing a lot at once: the job completes.
func TestOutputFromManyGoroutines(t *testing.T) {
	sol := `package calc

import "fmt"

func Add(a, b int) int {
	done := make(chan bool)
	for i := 0; i < 32; i++ {
		go func() {
			for j := 0; j < 200; j++ {
				fmt.Println("spam spam spam spam")
			}
			done <- true
		}()
	}
	for i := 0; i < 32; i++ {
		<-done
	}
	return a + b
}
`
	j := job(sol, fixTests(addTests))
	j.OutputLimit = 500
	res, err := Run(context.Background(), j)
	if err != nil || res.Outcome != Completed {
		t.Fatalf("%v %s: %s\n%s", err, res.Outcome, res.Message, res.Stderr)
	}
}

// A worker's death is classified from the first line of the runtime's
// report; what a panic message says does not matter, and the report kept
// is short.
func TestWorkerDeathIsClassifiedByItsFirstLine(t *testing.T) {
	dump := "\ngoroutine 7 [running]:\nmain.f()\n\t/x.go:1 +0x1\n"
	for _, tc := range []struct {
		stderr string
		want   Outcome
		first  string
	}{
		{"panic: fatal error: out of memory" + dump, Crashed, "panic: fatal error: out of memory"},
		{"panic: runtime: out of memory\n\tpanic: cannot allocate memory" + dump, Crashed, "panic: runtime: out of memory"},
		{"sandbox worker: address-space limit: x\nfatal error: out of memory" + dump, Memory, "fatal error: out of memory"},
		{"runtime: out of memory: cannot allocate 1099511627776-byte block (3997696 in use)\nfatal error: out of memory" + dump, Memory, "runtime: out of memory"},
		{"fatal error: concurrent map writes" + dump, Crashed, "fatal error: concurrent map writes"},
		{"runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow" + dump, Crashed, "runtime: goroutine stack exceeds"},
		{"panic: x [recovered]\n\tpanic: y" + dump, Crashed, "panic: x"},
		{"fatal error: too many address space collisions for -race mode\nruntime stack:\nruntime.throw(...)\n" + dump, Crashed, "fatal error: too many"},
		{"fatal error: out of memory\n\nruntime stack:\nruntime.throw(...)\n" + dump, Memory, "fatal error: out of memory"},
		{"", "", ""},
	} {
		report, death := finalReport(tc.stderr)
		if death != tc.want || !strings.HasPrefix(report, tc.first) || strings.Contains(report, "goroutine 7") || strings.Contains(report, "runtime.throw") {
			t.Errorf("finalReport(%q) = %q, %q; want %q starting %q", tc.stderr, report, death, tc.want, tc.first)
		}
	}
	long := "panic: " + strings.Repeat("é", 1000) + "\n" + strings.Repeat("x.go:1:2: panic: f(...)\n", 500)
	if report, _ := finalReport(long); len(report) > maxReport+len("\n…") || !utf8.ValidString(report) {
		t.Errorf("report of %d bytes (valid UTF-8: %v)", len(report), utf8.ValidString(report))
	}
}

// On Linux the worker is this very binary, even once the file it was
// started from has been replaced (a rebuild while the TUI runs): the copy
// of the test binary below deletes itself, puts an impostor at its path,
// then runs a job.
func TestWorkerComesFromTheRunningBinary(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/proc/self/exe is Linux only")
	}
	if os.Getenv("SANDBOX_TEST_REPLACE_SELF") == "1" {
		self, err := os.Executable()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Remove(self); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(self, []byte("#!/bin/sh\necho impostor >&2\nexit 7\n"), 0o755); err != nil {
			t.Fatal(err)
		}
		res, err := Run(context.Background(), job("package calc\n\nfunc Add(a, b int) int { return a + b }\n", fixTests(addTests)))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("outcome=%s stderr=%q\n", res.Outcome, res.Stderr)
		return
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(self)
	if err != nil {
		t.Fatal(err)
	}
	cp := filepath.Join(t.TempDir(), "host.test")
	if err := os.WriteFile(cp, data, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(cp, "-test.run=^TestWorkerComesFromTheRunningBinary$", "-test.v")
	cmd.Env = append(os.Environ(), "SANDBOX_TEST_REPLACE_SELF=1")
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "outcome=completed") {
		t.Fatalf("%v\n%s", err, out)
	}
}
