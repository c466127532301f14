package grader

import (
	"context"
	"strings"
	"testing"

	"github.com/lectern-dev/lectern/grader/sandbox"
)

func TestHostSafeBoundsConstantStrings(t *testing.T) {
	doubling := func(n int, wrap string) string {
		var b strings.Builder
		b.WriteString("package p\n\nconst s0 = \"xxxxxxxxxxxxxxxx\"\n")
		for i := 1; i <= n; i++ {
			b.WriteString("const s" + itoa(i) + " = " + strings.ReplaceAll(wrap, "X", "s"+itoa(i-1)) + "\n")
		}
		return b.String()
	}
	for _, tc := range []struct {
		name string
		src  string
		safe bool
	}{
		{"a solution", "package p\n\nconst rate = 0.0000166667\nconst name = \"GB-s\"\n\nfunc F() string { return name + name }\n", true},
		{"ten doublings", doubling(10, "X + X"), true},
		{"thirty-four doublings", doubling(34, "X + X"), false},
		{"through parentheses and conversions", doubling(34, "string((X) + X)"), false},
		{"inside a function", "package p\n\nfunc F() int {\n\tconst a = \"" + strings.Repeat("x", 1<<10) + "\"\n" +
			strings.Repeat("\tconst a2 = a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a\n", 1) +
			"\treturn len(a2)\n}\n", false},
		{"repeated by an empty spec", "package p\n\nconst (\n\ta = \"x\"\n\tb = a + a\n\tc\n)\n", true},
		{"does not parse", "package p\n\nfunc {", true},
	} {
		if got := hostSafe([]byte(tc.src)); got != tc.safe {
			t.Errorf("%s: hostSafe = %v, want %v", tc.name, got, tc.safe)
		}
	}
}

// A compile error is answered by the pre-check here, without a worker: a
// pool that cannot start one still gives the compile verdict. (A correct
// file does need one: the same pool reports that it could not run.)
func TestCompileErrorsNeedNoWorker(t *testing.T) {
	task := costCalculator(t)
	g := &Grader{Pool: sandbox.NewPool("/nonexistent/lectern-worker")}
	defer g.Close()
	broken := append([]byte(nil), task.Reference...)
	broken = append(broken, "\nfunc total() float64 { return notDefined }\n"...)
	v := g.Grade(context.Background(), task, "solution.go", broken)
	if v.Status != Error || v.Reason != ReasonCompile || !strings.Contains(v.Message, "undefined: notDefined") {
		t.Fatalf("compile error: %s/%s %q", v.Status, v.Reason, v.Message)
	}
	if v := g.Grade(context.Background(), task, "solution.go", task.Reference); v.Reason != ReasonCrash {
		t.Fatalf("a correct file without a worker: %s/%s %q", v.Status, v.Reason, v.Message)
	}
}

// A file whose name builds it only on another platform is left out, as go
// test leaves it out; one named for linux/amd64 is graded (under a plain
// name: the interpreter would otherwise decide by the platform it runs on).
func TestPlatformFileNames(t *testing.T) {
	task := costCalculator(t)
	for name, want := range map[string]Reason{
		"mine_windows.go": ReasonCompile, "mine_arm64.go": ReasonCompile, "mine_darwin_arm64.go": ReasonCompile,
		"mine_linux.go": "", "mine_amd64.go": "", "mine_linux_amd64.go": "", "windows.go": "", "my_solution.go": "",
	} {
		v := Grade(context.Background(), task, name, task.Reference)
		switch {
		case want == "" && v.Status != Pass:
			t.Errorf("%s: %s/%s %q, want a pass", name, v.Status, v.Reason, v.Message)
		case want != "" && (v.Reason != want || !strings.Contains(v.Message, "go test would leave this file out")):
			t.Errorf("%s: %s/%s %q, want it left out", name, v.Status, v.Reason, v.Message)
		}
	}
}
