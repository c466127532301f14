package grader

import (
	"context"
	"strings"
	"testing"
	"time"
)

// modernChallenge is a throwaway challenge whose one test compares Run()
// with what the Go 1.26 toolchain prints for the same code (the wanted
// strings were produced with go run).
func modernChallenge(want string) *Task {
	test := `package modern_test

import (
	"testing"

	"example.com/modern"
)

func TestRun(t *testing.T) {
	if got := modern.Run(); got != ` + "`" + `WANT` + "`" + ` {
		t.Errorf("Run() = %q, want %q", got, ` + "`" + `WANT` + "`" + `)
	}
}
`
	test = strings.ReplaceAll(test, "WANT", want)
	return &Task{
		ID:         "modern",
		Functions:  []Function{{Name: "Run", Signature: "func Run() string"}},
		TimeLimit:  2 * time.Second,
		Imports:    []string{"fmt", "math", "strings"},
		ImportPath: "example.com/modern",
		Tests:      []File{{Name: "modern_test.go", Source: []byte(test)}},
	}
}

// TestModernGoRunsWithGoSemantics: code the interpreter mishandles on its
// own gives the toolchain's answers after the pre-check's rewrites.
func TestModernGoRunsWithGoSemantics(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"range_over_int", "package modern\n\nimport (\n\t\"fmt\"\n)\n\nfunc Run() string {\n\tvar fs []func() int\n\tfor i := range 3 {\n\t\tfs = append(fs, func() int { return i })\n\t}\n\tvar n int8 = 2\n\ts := \"\"\n\tfor j := range n {\n\t\ts += fmt.Sprint(j)\n\t}\n\tfor range 2 {\n\t\ts += \"x\"\n\t}\n\tvar k int\n\tfor k = range 4 {\n\t}\n\ttype count int\n\tvar c count = 2\n\ttotal := count(0)\n\tfor v := range c {\n\t\ttotal += v\n\t}\n\treturn fmt.Sprint(fs[0](), fs[1](), fs[2](), s, k, total)\n}\n", "0 1 201xx3 1"},
		{"min_max", "package modern\n\nimport (\n\t\"fmt\"\n\t\"math\"\n)\n\ntype Money float64\n\nfunc Run() string {\n\ta, b := 3, 7\n\tx, y := 2.5, -1.0\n\tnz := math.Copysign(0, -1)\n\tvar m1, m2 Money = 4.5, 1.25\n\treturn fmt.Sprint(min(a, b, 5), max(a, b), min(x, y), max(x, y, 10), min(\"b\", \"a\", \"c\"),\n\t\tmath.IsNaN(min(x, math.NaN())), math.IsNaN(max(math.NaN(), x)), 1/min(0.0, nz), 1/max(nz, 0.0),\n\t\tmin(1, 2.5), max(a, 2), min(m1, m2), max(uint8(3), 200))\n}\n", "3 7 -1 10atrue true -Inf +Inf 1 3 1.25 200"},
		{"clear", "package modern\n\nimport (\n\t\"fmt\"\n)\n\nfunc Run() string {\n\tm := map[string]int{\"a\": 1, \"b\": 2}\n\tclear(m)\n\ts := []int{1, 2, 3}\n\tclear(s)\n\ttype pt struct{ X int }\n\tps := []pt{{1}, {2}}\n\tclear(ps)\n\treturn fmt.Sprint(len(m), s, ps)\n}\n", "0 [0 0 0] [{0} {0}]"},
		{"loopvars", "package modern\n\nimport (\n\t\"fmt\"\n)\n\nfunc deferred() (s string) {\n\tfor _, c := range \"abc\" {\n\t\tdefer func(c rune) { s += string(c) }(c)\n\t}\n\tx := \"a\"\n\tdefer func() { s += x }()\n\tx = \"b\"\n\treturn \"\"\n}\n\nfunc Run() string {\n\tvar ps []*int\n\tfor i := 0; i < 3; i++ {\n\t\tps = append(ps, &i)\n\t}\n\tvar gs []func() int\n\tfor i, j := 0, 10; i < 3; i, j = i+1, j-1 {\n\t\tgs = append(gs, func() int { return i * j })\n\t}\n\tres := make([]int, 3)\n\tdone := make(chan bool)\n\tfor i, v := range []int{10, 20, 30} {\n\t\tgo func() {\n\t\t\tres[i] = v\n\t\t\tdone <- true\n\t\t}()\n\t}\n\tfor range 3 {\n\t\t<-done\n\t}\n\treturn fmt.Sprint(*ps[0], *ps[1], *ps[2], gs[0](), gs[1](), gs[2](), res, deferred())\n}\n", "0 1 2 0 9 16 [10 20 30]bcba"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Grade(context.Background(), modernChallenge(tc.want), "solution.go", []byte(tc.src))
			if v.Status != Pass {
				var b strings.Builder
				_ = WriteText(&b, v)
				p, _ := Precheck(modernChallenge(tc.want), "solution.go", []byte(tc.src))
				if p != nil {
					b.WriteString("\nrewritten:\n" + p.Source)
				}
				t.Fatalf("%s (%s):\n%s", v.Status, v.Reason, b.String())
			}
		})
	}
}

func TestRewriteKeepsLinesAndNamesUnsupported(t *testing.T) {
	ch := modernChallenge("")
	src := "package modern\n\nimport \"fmt\"\n\nfunc Run() string {\n\tx := 0\n\tfor i := range 3 {\n\t\tx += max(i, 1)\n\t}\n\treturn fmt.Sprint(x)\n}\n"
	p, d := precheck(ch, "solution.go", []byte(src), true)
	if p == nil {
		t.Fatal(d)
	}
	if strings.Count(p.Source[:strings.Index(p.Source, "// Added by")], "\n") != strings.Count(src, "\n")+2 {
		t.Errorf("line count changed:\n%s", p.Source)
	}
	for _, want := range []string{"package modern; import lectern0_rt \"lecternrt\"\n", "\tfor lectern0_I1, lectern0_N2 := int(0), 3; lectern0_I1 < lectern0_N2; lectern0_I1++ { lectern0_rt.LecternLines[0] = 8; i := lectern0_I1;\n", "\tx := 0; lectern0_rt.LecternLines[0] = 7\n", "x += lectern0_BuiltinMax_int(i, 1)\n"} {
		if !strings.Contains(p.Source, want) {
			t.Errorf("rewritten source lacks %q:\n%s", want, p.Source)
		}
	}
	// Valid Go the grader cannot run is named as such, never as a mistake.
	for _, bad := range []string{
		"package modern\n\nfunc Run() string {\n\tfor x := range func(yield func(string) bool) { yield(\"a\") } {\n\t\treturn x\n\t}\n\treturn \"\"\n}\n",
		"package modern\n\nfunc Run() string {\n\tvar fs []func() int\n\tfor i := 0; i < 3; i++ {\n\t\tfs = append(fs, func() int { return i })\n\t\ti++\n\t}\n\treturn \"\"\n}\n",
		"package modern\n\nfunc Run() (s string) {\n\tf := func() { s = \"x\" }\n\tdefer f()\n\treturn\n}\n",
		"package modern\n\nfunc Run() (s string) {\n\tfor _, c := range \"abc\" {\n\t\tdefer func() { s += string(c) }()\n\t}\n\treturn\n}\n",
		"package modern\n\nfunc call(f func()) { f() }\n\nfunc Run() (s string) {\n\tdefer call(func() { s = \"x\" })\n\treturn\n}\n",
	} {
		v := Grade(context.Background(), ch, "solution.go", []byte(bad))
		if v.Status != Error || v.Reason != ReasonCompile || !strings.Contains(v.Message, "limitation of Lectern") {
			t.Errorf("%q: %s %s %q", bad, v.Status, v.Reason, v.Message)
		}
	}
}
