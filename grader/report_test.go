package grader

import (
	"context"
	"strings"
	"testing"
)

func textOf(v *Verdict) string {
	var b strings.Builder
	_ = WriteText(&b, v)
	return b.String()
}

// Syntax errors are reported like the compiler does: one per line, without
// the parser's follow-on complaints about the end of the file.
func TestSyntaxErrorsOnePerLineLikeTheCompiler(t *testing.T) {
	v := grade(t, "package costcalculator\n\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n\treturn 0 +\n}\n")
	if v.Reason != ReasonCompile || len(v.Diagnostics) != 1 || v.Diagnostics[0].Line != 5 || v.Diagnostics[0].Col != 1 {
		t.Fatalf("want one diagnostic at 5:1, got %d:\n%s", len(v.Diagnostics), textOf(v))
	}
	if got := textOf(v); strings.Count(got, "solution.go:") != 1 || !strings.Contains(got, "syntax error") {
		t.Errorf("report:\n%s", got)
	}
	// Errors on different lines are all reported.
	v = grade(t, "package costcalculator\n\nfunc A() int {\n\treturn 0 +\n}\n\nfunc B() {\n\tvar = 3\n}\n")
	if len(v.Diagnostics) != 2 || v.Diagnostics[0].Line != 5 || v.Diagnostics[1].Line != 8 {
		t.Errorf("want one error on each of lines 5 and 8:\n%s", textOf(v))
	}
}

// Code the type checker accepts but the interpreter rejects is a
// limitation, shown under its own header, without the interpreter's
// "example_test.go:7:2: import ... error:" prefix.
func TestInterpreterRejectionIsALimitation(t *testing.T) {
	v := grade(t, "package costcalculator\n\ntype List[T any] = []T\n\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n\tvar l List[int]\n\t_ = l\n\treturn 0\n}\n")
	got := textOf(v)
	if v.Status != Error || v.Reason != ReasonCompile || !v.Unsupported {
		t.Fatalf("verdict %s/%s unsupported=%v:\n%s", v.Status, v.Reason, v.Unsupported, got)
	}
	if !strings.HasPrefix(got, unsupportedHeader+"\n") || strings.Contains(got, "does not compile") ||
		strings.Contains(got, "import \"") || strings.Contains(got, "_test.go") || !strings.Contains(got, "solution.go:7:6:") {
		t.Errorf("report:\n%s", got)
	}
}

// A panic that comes from the interpreter at run time (here errors.As
// into a learner type, through an any-typed target the pre-check cannot
// see) makes the verdict a limitation, never a failure.
func TestInterpreterPanicIsALimitationNotAFailure(t *testing.T) {
	v := grade(t, `package costcalculator

import (
	"errors"
	"math"
)

type freeErr struct{}

func (e *freeErr) Error() string { return "free" }

func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	var target *freeErr
	var p any = &target
	if errors.As(errors.New("x"), p) {
		return -1
	}
	if memorySizeMB == 0 {
		memorySizeMB = 128
	}
	gbs := float64(invocations) * (avgDurationMs / 1000) * (float64(memorySizeMB) / 1024)
	return math.Round(math.Max(0, gbs-400000)*0.0000166667*100) / 100
}
`)
	got := textOf(v)
	if v.Status != Error || !v.Unsupported || v.Reason != ReasonCompile {
		t.Fatalf("verdict %s/%s unsupported=%v:\n%s", v.Status, v.Reason, v.Unsupported, got)
	}
	for _, tr := range v.Tests {
		if tr.Status == Fail {
			t.Fatalf("%s reported as failed:\n%s", tr.Name, got)
		}
	}
	for _, want := range []string{unsupportedHeader, "errors.As", "not a mistake in your code", "not graded"} {
		if !strings.Contains(got, want) {
			t.Errorf("report does not say %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, " failed") {
		t.Errorf("report counts failures:\n%s", got)
	}
}

// The pre-check names the forms of errors the interpreter mishandles, and
// reports errors.As misuse that go vet (run by go test) rejects as a
// mistake.
func TestPrecheckNamesErrorGaps(t *testing.T) {
	ch := costCalculator(t)
	head := "package costcalculator\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\ntype myErr struct{ code int }\n\nfunc (e myErr) Error() string { return \"my\" }\n\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n\t_, _ = errors.New, fmt.Sprint\n"
	for _, tc := range []struct {
		body        string
		unsupported bool
		want        string
	}{
		{"\terr := error(myErr{1})\n\t_ = err\n", true, "myErr (declared in this file) stored in a variable of type error"},
		{"\tvar err error\n\terr = myErr{1}\n\t_ = err\n", true, "stored in a variable of type error"},
		{"\terr := fmt.Errorf(\"%[2]d %[1]w\", myErr{1}, 2)\n\t_ = err\n", true, "%w in fmt.Errorf with a value of type myErr"},
		{"\terr := fmt.Errorf(\"%*d %w\", 3, 4, &myErr{1})\n\t_ = err\n", true, "%w in fmt.Errorf with a value of type *myErr"},
		{"\tvar m myErr\n\t_ = errors.As(errors.New(\"x\"), &m)\n", true, "errors.As with a target of type myErr"},
		{"\tvar s string\n\t_ = errors.As(errors.New(\"x\"), &s)\n", false, "second argument to errors.As must be"},
		// go vet, which go test runs, rejects this one.
		{"\tvar e error\n\t_ = errors.As(errors.New(\"x\"), &e)\n", false, "second argument to errors.As should not be *error"},
	} {
		src := head + tc.body + "\treturn 0\n}\n"
		_, diags := Precheck(ch, "solution.go", []byte(src))
		if len(diags) != 1 || diags[0].Unsupported != tc.unsupported || !strings.Contains(diags[0].Message, tc.want) {
			t.Errorf("%q: diagnostics %+v, want one (unsupported=%v) saying %q", tc.body, diags, tc.unsupported, tc.want)
		}
	}
	// What the interpreter handles is left alone.
	for _, body := range []string{
		"\tvar err error = &myErr{1}\n\t_ = err.Error()\n",
		"\terr := fmt.Errorf(\"%v: %w\", myErr{1}.Error(), errors.New(\"x\"))\n\t_ = err\n",
		"\tvar e interface{ Error() string }\n\t_ = errors.As(errors.New(\"x\"), &e)\n",
	} {
		if _, diags := Precheck(ch, "solution.go", []byte(head+body+"\treturn 0\n}\n")); len(diags) > 0 {
			t.Errorf("%q: unexpected %+v", body, diags)
		}
	}
}

func TestOversizeVerdictSaysTheSize(t *testing.T) {
	ch := costCalculator(t)
	v := OversizeVerdict(ch, "/tmp/big.go", 4_823_450)
	if v.Status != Error || v.Reason != ReasonCompile || v.Message != "big.go: the file is 4.6 MB; the grader accepts files up to 1 MB" {
		t.Errorf("%+v", v)
	}
	if v := OversizeVerdict(ch, "big.go", -1); !strings.Contains(v.Message, "larger than 1 MB") {
		t.Errorf("%+v", v)
	}
}

func TestCancelledGradeSaysSo(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if v := Grade(ctx, costCalculator(t), "solution.go", costCalculator(t).Reference); v.Status != Error || v.Reason != ReasonCancelled {
		t.Errorf("verdict %s/%s: %s", v.Status, v.Reason, v.Message)
	}
}
