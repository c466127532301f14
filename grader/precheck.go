package grader

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/lectern-dev/lectern/grader/sandbox"
	"github.com/lectern-dev/lectern/grader/stdlib"
)

// MaxSourceBytes is the largest learner file the grader accepts.
const MaxSourceBytes = 1 << 20

// maxDiagnostics is how many problems are reported at most, like the Go
// compiler's limit of 10.
const maxDiagnostics = 10

// goVersion is the language version code is checked and run with (the
// toolchain's, as a go.mod written today would say).
const goVersion = "go1.26"

// Diagnostic is one problem found before running anything. It prints as
// "file:line:col: message", like the Go compiler.
type Diagnostic struct {
	File    string `json:"file"`
	Line    int    `json:"line,omitempty"`
	Col     int    `json:"col,omitempty"`
	Message string `json:"message"`
	// Unsupported is set when the code is valid Go that the grader cannot
	// run yet (as opposed to a mistake in the code).
	Unsupported bool `json:"unsupported,omitempty"`
}

func (d Diagnostic) String() string {
	switch {
	case d.Line > 0 && d.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", d.File, d.Line, d.Col, d.Message)
	case d.Line > 0:
		return fmt.Sprintf("%s:%d: %s", d.File, d.Line, d.Message)
	}
	return fmt.Sprintf("%s: %s", d.File, d.Message)
}

// Prepared is a learner's file that passed the pre-check, with the tests
// and the package's other files, each rewritten so that the interpreter
// runs it with Go's current semantics (line numbers kept), and laid out
// for the sandbox.
type Prepared struct {
	Name    string // the learner's file name shown in messages (solution.go)
	Source  string // the learner's file, rewritten
	Imports []string
	files   map[string]string // sandbox path -> rewritten source
	lines   map[string]int    // sandbox path -> its line slot
	// lineArray names the line-recording array (see sandbox.RuntimePackage).
	lineArray string
	layout    *layout
}

// Precheck parses, type-checks and vets a learner's file with the task's
// other files, as go test would before running anything, and rewrites
// everything for the interpreter. It never runs the code. name is the file
// name used in messages (its base name is kept).
//
// It does the work that untrusted input can make expensive (constant
// arithmetic, for one): Grade runs it in the host only for a file that
// cannot make it so (see hostSafe), else inside the sandbox worker.
func Precheck(t *Task, name string, src []byte) (p *Prepared, diags []Diagnostic) {
	return precheck(t, name, src, false)
}

// precheck is Precheck; with lines, the statements of the learner's file
// and the tests also record their lines as they run (which slows tight
// loops down threefold: it is done only to place a panic, see Grade).
func precheck(t *Task, name string, src []byte, lines bool) (p *Prepared, diags []Diagnostic) {
	name = displayName(name)
	defer func() {
		// Nothing a learner writes may crash the grader.
		if r := recover(); r != nil {
			p = nil
			diags = []Diagnostic{{File: name, Message: fmt.Sprintf("internal error while checking this file (please report it): %v", r)}}
		}
	}()
	l, err := t.layout()
	if err != nil {
		return nil, []Diagnostic{{File: name, Message: "this challenge is broken (not your fault): " + err.Error()}}
	}
	if !buildsByDefault(src) {
		return nil, []Diagnostic{{File: name, Message: "go test would leave this file out: its //go:build line excludes it"}}
	}
	if why := nameExcludes(name); why != "" {
		return nil, []Diagnostic{{File: name, Message: why}}
	}
	c := &checker{task: t.built(), layout: l, name: name, fset: token.NewFileSet(), lines: lines}
	return c.run(src)
}

// PrecheckProgram checks and rewrites a whole program (package main, one
// file) the way Precheck does a learner's solution: for running code that
// has no tests (the conformance suite, a lab's handler).
func PrecheckProgram(name string, src []byte) (p *Prepared, diags []Diagnostic) {
	name = displayName(name)
	defer func() {
		if r := recover(); r != nil {
			p = nil
			diags = []Diagnostic{{File: name, Message: fmt.Sprintf("internal error while checking this file (please report it): %v", r)}}
		}
	}()
	l := &layout{pkg: "main", importPath: "main"}
	c := &checker{task: &Task{}, layout: l, name: name, fset: token.NewFileSet(), program: true}
	return c.run(src)
}

// checker is one pre-check.
type checker struct {
	task    *Task
	layout  *layout
	program bool   // a whole program: no tests, package main, run at load
	lines   bool   // instrument statements to record their lines
	name    string // the learner's file
	fset    *token.FileSet

	learner  *ast.File
	support  []*ast.File
	internal []*ast.File // internal test files
	external []*ast.File
	src      map[string][]byte // file name -> source
	sandbox  map[string]string // file name -> its path in the sandbox
	pkg      *types.Package
	xpkg     *types.Package
	info     *types.Info
	xinfo    *types.Info
}

func (c *checker) fail(line, col int, format string, args ...any) (*Prepared, []Diagnostic) {
	return nil, []Diagnostic{{File: c.name, Line: line, Col: col, Message: fmt.Sprintf(format, args...)}}
}

func (c *checker) run(src []byte) (*Prepared, []Diagnostic) {
	t, l := c.task, c.layout
	if len(src) > MaxSourceBytes {
		return c.fail(0, 0, "%s", tooLargeMessage(int64(len(src))))
	}
	if strings.TrimSpace(string(src)) == "" {
		return c.fail(0, 0, "the file is empty: start from the starter code (it begins with \"package %s\")%s",
			l.pkg, funcListSuffix(t))
	}
	if line, col, ok := firstInvalidUTF8(src); !ok {
		return c.fail(line, col, "invalid UTF-8 encoding (save the file as UTF-8 text)")
	}

	// Parse: the learner's file, then the challenge's own files.
	c.src = map[string][]byte{c.name: src}
	file, diags := c.parse(c.name, src)
	if len(diags) > 0 {
		return nil, diags
	}
	c.learner = file
	for _, f := range t.Support {
		af, diags := c.parse(f.Name, f.Source)
		if len(diags) > 0 {
			return nil, diags
		}
		c.src[f.Name] = f.Source
		c.support = append(c.support, af)
	}
	for _, f := range t.Tests {
		af, diags := c.parse(f.Name, f.Source)
		if len(diags) > 0 {
			return nil, diags
		}
		c.src[f.Name] = f.Source
		if af.Name.Name == l.pkg {
			c.internal = append(c.internal, af)
		} else {
			c.external = append(c.external, af)
		}
	}
	if got := file.Name.Name; got != l.pkg {
		pos := c.fset.Position(file.Name.Pos())
		if c.program {
			return c.fail(pos.Line, pos.Column, "package %s: a program is package main", got)
		}
		return c.fail(pos.Line, pos.Column, "package %s, but the tests are in package %s: the first line must be \"package %s\"", got, l.pkg, l.pkg)
	}

	imports, diags := c.checkImports()
	if len(diags) > 0 {
		return nil, diags
	}
	if diags := c.missingBodies(); len(diags) > 0 {
		return nil, diags
	}
	typeDiags := c.typeCheck()
	if len(typeDiags) > 0 && (typeDiags[0].File == c.name && typeDiags[0].Line > 0 || c.pkg == nil) {
		return nil, typeDiags // the learner's own mistakes
	}
	// The tests' complaints about the learner's functions are best told
	// by comparing with the signatures they expect.
	for _, fn := range t.Functions {
		if d := checkFunction(fn, c.pkg, c.fset, c.name); d != nil {
			diags = append(diags, *d)
		}
	}
	if len(diags) > 0 {
		return nil, diags
	}
	if len(typeDiags) > 0 {
		return nil, typeDiags
	}
	if d := c.quickGenerators(); d != nil {
		return nil, []Diagnostic{*d}
	}
	if c.layout.importPath != handlerImportPath { // a handler's come after its own checks
		if diags := c.unoffered(); len(diags) > 0 {
			return nil, diags
		}
	}
	if c.program && c.pkg.Scope().Lookup("main") == nil {
		return c.fail(0, 0, "function main is undeclared in the main package")
	}
	if diags := c.vet(); len(diags) > 0 {
		return nil, diags
	}
	return c.rewrite(imports)
}

// parse parses one file, reporting syntax errors as the compiler does.
func (c *checker) parse(name string, src []byte) (*ast.File, []Diagnostic) {
	f, err := parser.ParseFile(c.fset, name, src, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
	if err == nil {
		return f, nil
	}
	var list scanner.ErrorList
	if !errors.As(err, &list) {
		return nil, []Diagnostic{{File: name, Message: err.Error()}}
	}
	var diags []Diagnostic
	for i, e := range compilerLikeErrors(list) {
		if i == maxDiagnostics {
			diags = append(diags, Diagnostic{File: name, Message: "too many errors"})
			break
		}
		msg := e.Msg
		if !strings.HasPrefix(msg, "syntax error") {
			msg = "syntax error: " + msg
		}
		diags = append(diags, Diagnostic{File: name, Line: e.Pos.Line, Col: e.Pos.Column, Message: msg})
	}
	return nil, diags
}

// checkImports enforces the allow-list on the learner's file.
func (c *checker) checkImports() ([]string, []Diagnostic) {
	var imports []string
	var diags []Diagnostic
	for _, spec := range c.learner.Imports {
		ipath, err := strconv.Unquote(spec.Path.Value)
		pos := c.fset.Position(spec.Path.Pos())
		d := Diagnostic{File: c.name, Line: pos.Line, Col: pos.Column}
		switch {
		case err != nil:
			d.Message = "malformed import path " + spec.Path.Value
		case ipath == "C":
			d.Message = "cgo (import \"C\") is not available here"
		case strings.HasPrefix(ipath, "./") || strings.HasPrefix(ipath, "../") || strings.HasPrefix(ipath, "/") || ipath == "." || ipath == "..":
			d.Message = fmt.Sprintf("relative import %q is not allowed: everything must be in this one file; you can import %s", ipath, importList(c.task))
		case !allowed(c.task, ipath):
			d.Message = fmt.Sprintf("package %q is not available in this challenge; you can import %s", ipath, importList(c.task))
		default:
			imports = append(imports, ipath)
			continue
		}
		diags = append(diags, d)
	}
	return imports, diags
}

// missingBodies reports functions declared without a body, which the
// compiler rejects (go/types allows them, for assembly).
func (c *checker) missingBodies() []Diagnostic {
	var diags []Diagnostic
	for _, d := range c.learner.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body == nil {
			pos := c.fset.Position(fd.Name.Pos())
			diags = append(diags, Diagnostic{File: c.name, Line: pos.Line, Col: pos.Column, Message: "missing function body"})
		}
	}
	return diags
}

func newInfo() *types.Info {
	return &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		Instances:    map[*ast.Ident]types.Instance{},
		FileVersions: map[*ast.File]string{},
	}
}

// packageImporter serves the standard library the grader supports, the
// sandbox's package testing, and the package under test (for external
// tests).
type packageImporter struct {
	self *types.Package
}

func (p packageImporter) Import(ipath string) (*types.Package, error) {
	switch {
	case p.self != nil && ipath == p.self.Path():
		return p.self, nil
	case ipath == "testing":
		return testingPackage()
	case !stdlib.Supported(ipath):
		return nil, fmt.Errorf("package %s is not available in Lectern's grader", ipath)
	}
	return stdlib.SharedImporter{}.Import(ipath)
}

// typeCheck checks the package (solution, support files, internal tests),
// then the external tests against it. Mistakes in the learner's file come
// first; errors in the challenge's files (a function the tests call that
// the learner has not written, say) are told in the learner's terms.
func (c *checker) typeCheck() []Diagnostic {
	var errs []types.Error
	conf := types.Config{
		Importer:  packageImporter{},
		GoVersion: goVersion,
		Sizes:     types.SizesFor("gc", "amd64"),
		Error: func(err error) {
			var te types.Error
			if errors.As(err, &te) {
				errs = append(errs, te)
			}
		},
	}
	files := append(append([]*ast.File{c.learner}, c.support...), c.internal...)
	c.info = newInfo()
	c.pkg, _ = conf.Check(c.layout.importPath, c.fset, files, c.info)
	if len(c.external) > 0 && len(errs) == 0 {
		conf.Importer = packageImporter{self: c.pkg}
		c.xinfo = newInfo()
		c.xpkg, _ = conf.Check(c.layout.importPath+"_test", c.fset, c.external, c.xinfo)
	}
	if len(errs) == 0 {
		return nil
	}
	sort.SliceStable(errs, func(i, j int) bool {
		ai, aj := c.fset.Position(errs[i].Pos), c.fset.Position(errs[j].Pos)
		if (ai.Filename == c.name) != (aj.Filename == c.name) {
			return ai.Filename == c.name
		}
		return errs[i].Pos < errs[j].Pos
	})
	var diags []Diagnostic
	learnerErrs := c.fset.Position(errs[0].Pos).Filename == c.name
	for _, te := range errs {
		pos := c.fset.Position(te.Pos)
		if learnerErrs && pos.Filename != c.name {
			break // the learner's own mistakes first: the rest often follow from them
		}
		if len(diags) == maxDiagnostics {
			diags = append(diags, Diagnostic{File: c.name, Message: "too many errors"})
			break
		}
		diags = append(diags, c.describe(te, pos))
	}
	return diags
}

var undefinedRE = regexp.MustCompile(`^undefined: (?:(\w+)\.)?(\w+)$`)

// describe turns a type error into a diagnostic; in a challenge file, a
// name the tests use that the package lacks becomes "X is missing".
func (c *checker) describe(te types.Error, pos token.Position) Diagnostic {
	d := Diagnostic{File: pos.Filename, Line: pos.Line, Col: pos.Column, Message: te.Msg}
	if strings.HasPrefix(te.Msg, "undefined: testing.") || strings.Contains(te.Msg, "testing.") && strings.Contains(te.Msg, "has no field or method") {
		// Go's testing has it; Lectern's, which the interpreter runs,
		// not (testing.AllocsPerRun, testing.Benchmark...), in any file.
		d.Unsupported = true
		d.Message += " (Lectern's stand-in for package testing does not have it)"
		return d
	}
	if pos.Filename == c.name {
		return d
	}
	if m := undefinedRE.FindStringSubmatch(te.Msg); m != nil && (m[1] == "" || m[1] == c.layout.pkg) {
		msg := fmt.Sprintf("%s is missing: the tests use it (%s:%d)", m[2], pos.Filename, pos.Line)
		if c.pkg != nil {
			for _, n := range c.pkg.Scope().Names() {
				if strings.EqualFold(n, m[2]) && n != m[2] {
					msg += fmt.Sprintf("; you wrote %s: Go names are case-sensitive", n)
					break
				}
			}
		}
		return Diagnostic{File: c.name, Message: msg}
	}
	if strings.HasPrefix(te.Msg, "could not import ") {
		d.Unsupported = true // a package the grader does not offer
	}
	return d
}

// quickGenerators reports a use of testing/quick that would meet a type
// of the package's with a Generate method where the rewrite cannot hand
// the method over (see rewrite_quick.go): quick would make that type's
// values itself, at random, not with Generate.
func (c *checker) quickGenerators() *Diagnostic {
	if !c.hasGenerators() {
		return nil // quick meets no Generate method of ours
	}
	type unit struct {
		files []*ast.File
		info  *types.Info
		pkg   *types.Package
	}
	units := []unit{{append(append([]*ast.File{c.learner}, c.support...), c.internal...), c.info, c.pkg}}
	if c.xpkg != nil {
		units = append(units, unit{c.external, c.xinfo, c.xpkg})
	}
	for _, u := range units {
		for _, f := range u.files {
			if d := c.quickGeneratorsIn(f, u.info, u.pkg); d != nil {
				return d
			}
		}
	}
	return nil
}

func (c *checker) quickGeneratorsIn(f *ast.File, info *types.Info, pkg *types.Package) *Diagnostic {
	usesQuick := false
	for _, imp := range f.Imports {
		usesQuick = usesQuick || imp.Path.Value == `"testing/quick"`
	}
	if !usesQuick || info == nil {
		return nil
	}
	r := &rewriter{fset: c.fset, tf: c.fset.File(f.Pos()), info: info, pkg: pkg, file: f, base: "lectern0_"}
	var d *Diagnostic
	report := func(at token.Pos, format string, args ...any) {
		if d == nil {
			pos := c.fset.Position(at)
			d = &Diagnostic{File: pos.Filename, Line: pos.Line, Col: pos.Column, Unsupported: true, Message: fmt.Sprintf(format, args...)}
		}
	}
	called := map[*ast.Ident]*ast.CallExpr{}
	ast.Inspect(f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			switch fun := call.Fun.(type) {
			case *ast.SelectorExpr:
				called[fun.Sel] = call
			case *ast.Ident:
				called[fun] = call
			}
		}
		return true
	})
	ast.Inspect(f, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || d != nil {
			return d == nil
		}
		fn, isQuick := quickFunc(info, id)
		if !isQuick {
			return true
		}
		gen := generatorOf(fn)
		generator := func(t types.Type) bool { return r.learnerGenerator(t, gen) }
		switch call := called[id]; {
		case fn.Name() == "Value":
			report(id.Pos(), "quick.Value, with types of this package that have a Generate method: Lectern's interpreter cannot let quick call Generate; call the type's Generate method yourself")
		case call == nil:
			report(id.Pos(), "quick.%s used as a value, with types of this package that have a Generate method: Lectern's interpreter can let quick call Generate only in a call of quick.%s itself; call it", fn.Name(), fn.Name())
		default:
			qc, ok := analyseQuickCall(info, call, fn, generator)
			if !ok {
				report(call.Pos(), "a property for quick.%s whose argument types Lectern's interpreter cannot see, with types of this package that have a Generate method inside them: quick would not call Generate; pass a function (not an any) whose arguments are those types themselves", fn.Name())
				return true
			}
			for _, t := range qc.gens {
				if named, ok := types.Unalias(t).(*types.Named); ok && named.TypeArgs().Len() > 0 {
					report(call.Pos(), "%s, a generic type, has a Generate method for testing/quick, which Lectern's interpreter cannot hand to quick; make the values with a type that is not generic", types.TypeString(t, types.RelativeTo(pkg)))
					continue
				}
				if _, ok := r.quickGeneratorText(t); !ok {
					report(call.Pos(), "%s has a Generate method for testing/quick, which Lectern's interpreter can hand to quick only from a file that imports math/rand and reflect under names it can use; import them in this file", types.TypeString(t, types.RelativeTo(pkg)))
				}
			}
		}
		return true
	})
	return d
}

// hasGenerators reports whether the packages declare a type with
// testing/quick's Generate method.
func (c *checker) hasGenerators() bool {
	for _, pkg := range []*types.Package{c.pkg, c.xpkg} {
		if pkg == nil {
			continue
		}
		for _, name := range pkg.Scope().Names() {
			if tn, ok := pkg.Scope().Lookup(name).(*types.TypeName); ok && !types.IsInterface(tn.Type()) {
				// (By name, not types.Implements: a generic type counts.)
				if m, _, _ := types.LookupFieldOrMethod(tn.Type(), true, pkg, "Generate"); m != nil {
					return true
				}
			}
		}
	}
	return false
}

// vet runs go test's vet checks over the package and the external tests.
func (c *checker) vet() []Diagnostic {
	srcByName := map[string][]byte{}
	for n, s := range c.src {
		srcByName[n] = s
	}
	pkgs := []vetPackage{{pkg: c.pkg, files: append(append([]*ast.File{c.learner}, c.support...), c.internal...), info: c.info, src: srcByName}}
	if c.xpkg != nil {
		pkgs = append(pkgs, vetPackage{pkg: c.xpkg, files: c.external, info: c.xinfo, src: srcByName})
	}
	found, err := vet(c.fset, pkgs)
	if err != nil {
		return []Diagnostic{{File: c.name, Message: "internal error while vetting (please report it): " + err.Error()}}
	}
	var diags []Diagnostic
	for _, f := range found {
		pos := c.fset.Position(f.Pos)
		if len(diags) == maxDiagnostics {
			diags = append(diags, Diagnostic{File: c.name, Message: "too many errors"})
			break
		}
		diags = append(diags, Diagnostic{File: pos.Filename, Line: pos.Line, Col: pos.Column, Message: f.Message})
	}
	return diags
}

// tooLargeMessage says a file of size bytes is too large (size < 0: its
// size is unknown, beyond what was read).
func tooLargeMessage(size int64) string {
	if size < 0 {
		return fmt.Sprintf("the file is larger than %s, the largest the grader accepts", sizeString(MaxSourceBytes))
	}
	return fmt.Sprintf("the file is %s; the grader accepts files up to %s", sizeString(int(size)), sizeString(MaxSourceBytes))
}

// compilerLikeErrors reports syntax errors the way the Go compiler does:
// in order, at most one per line, and without the parser's follow-on
// complaints about the end of the file once something earlier went wrong.
func compilerLikeErrors(list scanner.ErrorList) scanner.ErrorList {
	list.RemoveMultiples()
	out := list[:0:0]
	for _, e := range list {
		if len(out) > 0 && strings.HasSuffix(e.Msg, "found 'EOF'") {
			continue
		}
		out = append(out, e)
	}
	return out
}

func displayName(name string) string {
	name = path.Base(strings.ReplaceAll(name, "\\", "/"))
	if name == "." || name == "/" || name == "" {
		return "solution.go"
	}
	return name
}

// offered is what the learner may import: the task's list, or everything.
func offered(t *Task) []string {
	if t.Imports == nil {
		// And testing, which go test lets any file of the package import
		// (the interpreter's is Lectern's own, as the tests get).
		return append(stdlib.Packages(), "testing")
	}
	return t.Imports
}

func allowed(t *Task, ipath string) bool {
	for _, p := range offered(t) {
		if p == ipath {
			return true
		}
	}
	return false
}

func importList(t *Task) string {
	list := offered(t)
	if len(list) == 0 {
		return "nothing (this challenge needs no imports)"
	}
	return strings.Join(list, ", ")
}

func funcListSuffix(t *Task) string {
	var s []string
	for _, f := range t.Functions {
		s = append(s, f.Signature)
	}
	if len(s) == 0 {
		return ""
	}
	return " and write " + strings.Join(s, " and ")
}

func sizeString(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.Itoa(n>>20) + " MB"
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB"
	case n >= 1<<10:
		return strconv.FormatFloat(float64(n)/(1<<10), 'f', 1, 64) + " KB"
	}
	return fmt.Sprintf("%d bytes", n)
}

// firstInvalidUTF8 finds the first byte that is not valid UTF-8.
func firstInvalidUTF8(src []byte) (line, col int, ok bool) {
	line, col = 1, 1
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 {
			return line, col, false
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col += size
		}
		i += size
	}
	return 0, 0, true
}

// expectedSignatures caches the type-checked signature of each required
// function, keyed by its declaration text.
var expectedSignatures sync.Map // string -> *types.Signature

func expectedSignature(fn Function) (*types.Signature, error) {
	if v, ok := expectedSignatures.Load(fn.Signature); ok {
		return v.(*types.Signature), nil
	}
	src := "package p\n\n" + fn.Signature + " { panic(0) }\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "signature.go", src, 0)
	if err != nil {
		return nil, err
	}
	conf := types.Config{Importer: packageImporter{}}
	pkg, err := conf.Check("p", fset, []*ast.File{f}, nil)
	if err != nil {
		return nil, err
	}
	obj, ok := pkg.Scope().Lookup(fn.Name).(*types.Func)
	if !ok {
		return nil, fmt.Errorf("signature %q does not declare %s", fn.Signature, fn.Name)
	}
	sig := obj.Type().(*types.Signature)
	expectedSignatures.Store(fn.Signature, sig)
	return sig, nil
}

// CheckSignature reports whether sig is a valid declaration of the plain
// function name, for authors' metadata.
func CheckSignature(name, sig string) error {
	sig = strings.TrimSpace(sig)
	if sig == "" {
		return errors.New("missing signature, like \"func " + name + "(x int) int\"")
	}
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+sig+" {}\n", 0)
	if err != nil || len(f.Decls) != 1 {
		return fmt.Errorf("signature %q is not a Go function declaration", sig)
	}
	fd, ok := f.Decls[0].(*ast.FuncDecl)
	if !ok || fd.Recv != nil || fd.Name.Name != name || fd.Type.TypeParams != nil {
		return fmt.Errorf("signature %q must declare the plain function %s", sig, name)
	}
	if _, err := expectedSignature(Function{Name: name, Signature: sig}); err != nil {
		return fmt.Errorf("signature %q: %v", sig, err)
	}
	return nil
}

func checkFunction(fn Function, pkg *types.Package, fset *token.FileSet, name string) *Diagnostic {
	want, err := expectedSignature(fn)
	if err != nil {
		return &Diagnostic{File: name, Message: "internal error: " + err.Error()}
	}
	obj := pkg.Scope().Lookup(fn.Name)
	if obj == nil || fset.Position(obj.Pos()).Filename != name {
		msg := fmt.Sprintf("%s is missing: the tests call %s", fn.Name, fn.Signature)
		for _, n := range pkg.Scope().Names() {
			if strings.EqualFold(n, fn.Name) && n != fn.Name {
				msg += fmt.Sprintf(" (you wrote %s: Go names are case-sensitive, and only names that start with a capital letter are visible to the tests)", n)
				break
			}
		}
		if obj == nil {
			return &Diagnostic{File: name, Message: msg}
		}
		return nil // declared by a file of the challenge's own
	}
	pos := fset.Position(obj.Pos())
	var got *types.Signature
	switch o := obj.(type) {
	case *types.Func:
		got, _ = o.Type().(*types.Signature)
	case *types.Var:
		got, _ = o.Type().Underlying().(*types.Signature)
	}
	if got == nil {
		return &Diagnostic{File: name, Line: pos.Line, Col: pos.Column,
			Message: fmt.Sprintf("%s must be a function: the tests call %s", fn.Name, fn.Signature)}
	}
	if got.TypeParams().Len() > 0 || !types.Identical(got, want) {
		return &Diagnostic{File: name, Line: pos.Line, Col: pos.Column,
			Message: fmt.Sprintf("%s has the wrong signature %s; the tests call %s",
				fn.Name, types.TypeString(got, types.RelativeTo(pkg)), fn.Signature)}
	}
	return nil
}

// genericRenames gives new names to the package-level generic functions
// of the package and its external tests whose names another generic
// function of the program has (one of the other package's, or of
// Lectern's slices, maps, cmp and iter). yaegi v0.16.1 keeps each
// instantiation under the function's bare name and its type arguments,
// whatever its package, so a learner's Max[int] and slices.Max[int] would
// be taken for one another.
func (c *checker) genericRenames(base string) map[types.Object]string {
	type generic struct {
		obj types.Object
		ext bool
	}
	var all []generic
	count := map[string]int{}
	for i, files := range [][]*ast.File{append(append([]*ast.File{c.learner}, c.support...), c.internal...), c.external} {
		info := c.info
		if i == 1 {
			info = c.xinfo
		}
		for _, f := range files {
			for _, d := range f.Decls {
				fn, ok := d.(*ast.FuncDecl)
				if !ok || fn.Recv != nil || fn.Type.TypeParams == nil || info == nil || info.Defs[fn.Name] == nil {
					continue
				}
				all = append(all, generic{info.Defs[fn.Name], i == 1})
				count[fn.Name.Name]++
			}
		}
	}
	renames := map[types.Object]string{}
	for _, g := range all {
		name := g.obj.Name()
		if count[name] < 2 && !stdlib.InterpretedGeneric(name) {
			continue
		}
		if g.ext {
			renames[g.obj] = base + "GX_" + name
		} else {
			renames[g.obj] = base + "G_" + name
		}
	}
	return renames
}

// rewrite rewrites every file of the package and the external tests for
// the interpreter and lays them out for the sandbox.
func (c *checker) rewrite(imports []string) (*Prepared, []Diagnostic) {
	l := c.layout
	all := append(append(append([]*ast.File{c.learner}, c.support...), c.internal...), c.external...)
	base := namePrefix(all)
	lineArray := strings.ToUpper(base[:1]) + base[1:] + "Lines"
	p := &Prepared{lineArray: lineArray, Name: c.name, Imports: imports, files: map[string]string{}, lines: map[string]int{}, layout: l}
	box := l.sandboxName(c.name, c.task)
	if c.program {
		box = "main.go"
	}
	generics := c.genericRenames(base)
	var diags []Diagnostic
	for i, f := range all {
		name := c.fset.Position(f.Package).Filename
		info, pkg := c.info, c.pkg
		dir := l.pkgDir()
		if i >= 1+len(c.support)+len(c.internal) {
			info, pkg, dir = c.xinfo, c.xpkg, "src/"+l.externalPath()+"/"
		}
		if c.program {
			dir = "main/"
		}
		where := dir + name
		opt := rewriteOptions{base: base + strconv.Itoa(i) + "_", lineSlot: -1, lineArray: lineArray, renamed: generics}
		if i == 0 {
			where = dir + box
			opt.gaps = true
		}
		if c.lines && (i == 0 || strings.HasSuffix(name, "_test.go")) && len(p.lines) < sandbox.MaxLineFiles {
			opt.lineSlot = len(p.lines)
			p.lines[where] = opt.lineSlot
		}
		out, ds := rewrite(c.fset, f, info, pkg, c.src[name], name, opt)
		diags = append(diags, ds...)
		p.files[where] = out
		if i == 0 {
			p.Source = out
		}
	}
	if len(diags) > 0 {
		return nil, diags
	}
	return p, nil
}
