package grader

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-dev/lectern/grader/sandbox"
	"github.com/lectern-dev/lectern/grader/stdlib"
)

// linesImporter serves the standard library and the sandbox's line
// recording package, so rewritten files type-check.
type linesImporter struct{}

func (linesImporter) Import(path string) (*types.Package, error) {
	if path != sandbox.RuntimePackage {
		return stdlib.SharedImporter{}.Import(path)
	}
	pkg := types.NewPackage(path, path)
	for _, name := range []string{"LecternLines", "LecternXLines", "LecternXXLines"} {
		pkg.Scope().Insert(types.NewVar(token.NoPos, pkg, name, types.NewArray(types.Typ[types.Int], sandbox.MaxLineFiles)))
	}
	anyT := types.Universe.Lookup("any").Type()
	params := types.NewTuple(types.NewVar(token.NoPos, pkg, "v", anyT))
	results := types.NewTuple(types.NewVar(token.NoPos, pkg, "", anyT))
	pkg.Scope().Insert(types.NewFunc(token.NoPos, pkg, "Recovered", types.NewSignatureType(nil, nil, nil, params, results, false)))
	pkg.MarkComplete()
	return pkg, nil
}

// FuzzPrecheck feeds malformed and odd source to the host pre-check:
//
//	go test -run '^$' -fuzz FuzzPrecheck -fuzztime 5m ./grader/
//
// It must never crash (an internal error is a crash it caught), and when it
// accepts a file, the rewritten source it hands the interpreter must still
// be valid, type-correct Go with the same number of lines.
func FuzzPrecheck(f *testing.F) {
	ch := costCalculator(f)
	styles, _ := filepath.Glob("testdata/styles/*.go")
	for _, s := range styles {
		src, _ := readStyleFile(s)
		f.Add(src)
	}
	for _, h := range hostileCases() {
		if len(h.src) < 64<<10 {
			f.Add([]byte(h.src))
		}
	}
	f.Add(costCalcStarter)
	f.Add(ch.Reference)
	f.Add([]byte("package p\nfunc CalculateCost(a int, b float64, c int) float64 {\n\tfor i := range min(a, c) {\n\t\tdefer func() { _ = i }()\n\t}\n\tclear(map[int]int{})\n\treturn max(b, 1.5)\n}\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		p, diags := Precheck(ch, "solution.go", src)
		for _, d := range diags {
			if strings.Contains(d.Message, "internal error") {
				t.Fatalf("internal error on input %q: %s", src, d)
			}
		}
		if p == nil {
			if len(diags) == 0 {
				t.Fatalf("no result and no diagnostics for %q", src)
			}
			return
		}
		if strings.Count(p.Source, "\n") < strings.Count(string(src), "\n") {
			t.Fatalf("rewrite lost lines:\n%s", p.Source)
		}
		fset := token.NewFileSet()
		file, err := parser.ParseFile(fset, "solution.go", p.Source, 0)
		if err != nil {
			t.Fatalf("rewritten source does not parse: %v\n%s", err, p.Source)
		}
		// Imports left unused once constants are folded do not matter to
		// the interpreter: only hard errors count.
		var hard error
		conf := types.Config{Importer: linesImporter{}, GoVersion: "go1.26", Error: func(err error) {
			if te, ok := err.(types.Error); ok && !te.Soft && hard == nil {
				hard = err
			}
		}}
		_, _ = conf.Check(ch.ImportPath, fset, []*ast.File{file}, nil)
		if err := hard; err != nil {
			t.Fatalf("rewritten source does not type-check: %v\ninput:\n%s\nrewritten:\n%s", err, src, p.Source)
		}
	})
}
