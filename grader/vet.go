package grader

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/atomic"
	"golang.org/x/tools/go/analysis/passes/bools"
	"golang.org/x/tools/go/analysis/passes/buildtag"
	"golang.org/x/tools/go/analysis/passes/directive"
	"golang.org/x/tools/go/analysis/passes/errorsas"
	"golang.org/x/tools/go/analysis/passes/ifaceassert"
	"golang.org/x/tools/go/analysis/passes/nilfunc"
	"golang.org/x/tools/go/analysis/passes/printf"
	"golang.org/x/tools/go/analysis/passes/slog"
	"golang.org/x/tools/go/analysis/passes/stringintconv"
	"golang.org/x/tools/go/analysis/passes/tests"
)

// vetAnalyzers are the checks go test runs before the tests (go 1.26's
// cmd/go/internal/test defaultVetFlags); a finding fails the build there,
// so it is a compile-time error here too.
var vetAnalyzers = []*analysis.Analyzer{
	atomic.Analyzer, bools.Analyzer, buildtag.Analyzer, directive.Analyzer, errorsas.Analyzer,
	ifaceassert.Analyzer, nilfunc.Analyzer, printf.Analyzer, slog.Analyzer, stringintconv.Analyzer,
	tests.Analyzer,
}

// vetPackage is one type-checked package to vet.
type vetPackage struct {
	pkg   *types.Package
	files []*ast.File
	info  *types.Info
	src   map[string][]byte // file name (as in fset) -> contents
}

// vet runs vetAnalyzers over the packages, in order (a package's facts are
// visible to the packages after it, as the external test package sees the
// package under test's), and returns their findings sorted by position.
func vet(fset *token.FileSet, pkgs []vetPackage) (diags []analysis.Diagnostic, err error) {
	facts := newFactStore()
	for _, vp := range pkgs {
		results := map[*analysis.Analyzer]any{}
		var run func(a *analysis.Analyzer) error
		run = func(a *analysis.Analyzer) error {
			if _, done := results[a]; done {
				return nil
			}
			for _, req := range a.Requires {
				if err := run(req); err != nil {
					return err
				}
			}
			resultOf := map[*analysis.Analyzer]any{}
			for _, req := range a.Requires {
				resultOf[req] = results[req]
			}
			pass := &analysis.Pass{
				Analyzer:   a,
				Fset:       fset,
				Files:      vp.files,
				Pkg:        vp.pkg,
				TypesInfo:  vp.info,
				TypesSizes: types.SizesFor("gc", "amd64"),
				Module:     &analysis.Module{Path: vp.pkg.Path(), GoVersion: goVersion[2:]},
				ResultOf:   resultOf,
				Report: func(d analysis.Diagnostic) {
					if isVetAnalyzer(a) {
						d.Category = a.Name // (kept for sorting)
						diags = append(diags, d)
					}
				},
				ReadFile: func(name string) ([]byte, error) {
					if data, ok := vp.src[name]; ok {
						return data, nil
					}
					return nil, fmt.Errorf("%s: not a file of this package", name)
				},
				ImportObjectFact:  facts.importObject,
				ExportObjectFact:  facts.exportObject,
				ImportPackageFact: facts.importPackage,
				ExportPackageFact: func(f analysis.Fact) { facts.exportPackage(vp.pkg, f) },
				AllObjectFacts:    facts.allObject,
				AllPackageFacts:   facts.allPackage,
			}
			res, err := a.Run(pass)
			if err != nil {
				return fmt.Errorf("vet %s: %w", a.Name, err)
			}
			results[a] = res
			return nil
		}
		for _, a := range vetAnalyzers {
			if err := run(a); err != nil {
				return nil, err
			}
		}
	}
	// go test lists the findings analyzer by analyzer (by name), each in
	// the order of the source.
	sort.SliceStable(diags, func(i, j int) bool {
		if diags[i].Category != diags[j].Category {
			return diags[i].Category < diags[j].Category
		}
		return diags[i].Pos < diags[j].Pos
	})
	return diags, nil
}

func isVetAnalyzer(a *analysis.Analyzer) bool {
	for _, v := range vetAnalyzers {
		if v == a {
			return true
		}
	}
	return false
}

// factStore keeps the analyzers' facts in memory for one vet run.
type factStore struct {
	objects  map[factKey]analysis.Fact
	packages map[factKey]analysis.Fact
}

type factKey struct {
	target any // types.Object or *types.Package
	typ    reflect.Type
}

func newFactStore() *factStore {
	return &factStore{objects: map[factKey]analysis.Fact{}, packages: map[factKey]analysis.Fact{}}
}

// copyFact copies a stored fact into the pointer the analyzer passed.
func copyFact(dst, src analysis.Fact) {
	reflect.ValueOf(dst).Elem().Set(reflect.ValueOf(src).Elem())
}

func (s *factStore) importObject(obj types.Object, f analysis.Fact) bool {
	got, ok := s.objects[factKey{obj, reflect.TypeOf(f)}]
	if ok {
		copyFact(f, got)
	}
	return ok
}

func (s *factStore) exportObject(obj types.Object, f analysis.Fact) {
	s.objects[factKey{obj, reflect.TypeOf(f)}] = f
}

func (s *factStore) importPackage(pkg *types.Package, f analysis.Fact) bool {
	got, ok := s.packages[factKey{pkg, reflect.TypeOf(f)}]
	if ok {
		copyFact(f, got)
	}
	return ok
}

func (s *factStore) exportPackage(pkg *types.Package, f analysis.Fact) {
	s.packages[factKey{pkg, reflect.TypeOf(f)}] = f
}

func (s *factStore) allObject() []analysis.ObjectFact {
	var out []analysis.ObjectFact
	for k, f := range s.objects {
		out = append(out, analysis.ObjectFact{Object: k.target.(types.Object), Fact: f})
	}
	return out
}

func (s *factStore) allPackage() []analysis.PackageFact {
	var out []analysis.PackageFact
	for k, f := range s.packages {
		out = append(out, analysis.PackageFact{Package: k.target.(*types.Package), Fact: f})
	}
	return out
}
