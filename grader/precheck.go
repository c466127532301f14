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
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/lectern-dev/lectern/exercises"
	"github.com/lectern-dev/lectern/grader/stdlib"
)

// MaxSourceBytes is the largest learner file the grader accepts.
const MaxSourceBytes = 1 << 20

// maxDiagnostics is how many problems are reported at most, like the Go
// compiler's limit of 10.
const maxDiagnostics = 10

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

// Prepared is learner code that passed the pre-check, rewritten so that the
// interpreter runs it with Go's current semantics. Line numbers are kept.
type Prepared struct {
	Name    string // file name shown in messages (solution.go)
	Source  string // the rewritten source, package clause set to the challenge's package
	Imports []string
}

// Precheck parses and type-checks a learner's file for a challenge and
// rewrites it for the interpreter. It never runs the code. name is the file
// name used in messages (its base name is kept).
func Precheck(ch *exercises.Challenge, name string, src []byte) (p *Prepared, diags []Diagnostic) {
	name = displayName(name)
	defer func() {
		// Nothing a learner writes may crash the host.
		if r := recover(); r != nil {
			p = nil
			diags = []Diagnostic{{File: name, Message: fmt.Sprintf("internal error while checking this file (please report it): %v", r)}}
		}
	}()
	fail := func(line, col int, format string, args ...any) (*Prepared, []Diagnostic) {
		return nil, []Diagnostic{{File: name, Line: line, Col: col, Message: fmt.Sprintf(format, args...)}}
	}
	if len(src) > MaxSourceBytes {
		return fail(0, 0, "%s", tooLargeMessage(int64(len(src))))
	}
	if strings.TrimSpace(string(src)) == "" {
		return fail(0, 0, "the file is empty: start from the starter code (it begins with \"package %s\") and write %s",
			ch.PackageName, funcList(ch))
	}
	if line, col, ok := firstInvalidUTF8(src); !ok {
		return fail(line, col, "invalid UTF-8 encoding (save the file as UTF-8 text)")
	}

	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, name, src, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		var list scanner.ErrorList
		if errors.As(err, &list) {
			list = compilerLikeErrors(list)
			for i, e := range list {
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
		return fail(0, 0, "%v", err)
	}

	// Imports: only what the challenge allows.
	var imports []string
	for _, spec := range file.Imports {
		ipath, err := strconv.Unquote(spec.Path.Value)
		pos := fset.Position(spec.Path.Pos())
		switch {
		case err != nil:
			diags = append(diags, Diagnostic{File: name, Line: pos.Line, Col: pos.Column, Message: "malformed import path " + spec.Path.Value})
		case ipath == "C":
			diags = append(diags, Diagnostic{File: name, Line: pos.Line, Col: pos.Column, Message: "cgo (import \"C\") is not available here"})
		case strings.HasPrefix(ipath, "./") || strings.HasPrefix(ipath, "../") || strings.HasPrefix(ipath, "/") || ipath == "." || ipath == "..":
			diags = append(diags, Diagnostic{File: name, Line: pos.Line, Col: pos.Column,
				Message: fmt.Sprintf("relative import %q is not allowed: everything must be in this one file; you can import %s", ipath, importList(ch))})
		case !allowed(ch, ipath):
			diags = append(diags, Diagnostic{File: name, Line: pos.Line, Col: pos.Column,
				Message: fmt.Sprintf("package %q is not available in this challenge; you can import %s", ipath, importList(ch))})
		default:
			imports = append(imports, ipath)
		}
	}
	if len(diags) > 0 {
		return nil, diags
	}

	// Type-check with the real Go type checker.
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{},
		Defs:  map[*ast.Ident]types.Object{},
		Uses:  map[*ast.Ident]types.Object{},
	}
	var typeErrs []types.Error
	conf := types.Config{
		Importer:  stdlib.SharedImporter{},
		GoVersion: "go1.26",
		Sizes:     types.SizesFor("gc", "amd64"),
		Error: func(err error) {
			var te types.Error
			if errors.As(err, &te) {
				typeErrs = append(typeErrs, te)
			}
		},
	}
	pkg, _ := conf.Check(ch.ImportPath, fset, []*ast.File{file}, info)
	if len(typeErrs) > 0 {
		sort.SliceStable(typeErrs, func(i, j int) bool { return typeErrs[i].Pos < typeErrs[j].Pos })
		for i, te := range typeErrs {
			if i == maxDiagnostics {
				diags = append(diags, Diagnostic{File: name, Message: "too many errors"})
				break
			}
			pos := fset.Position(te.Pos)
			diags = append(diags, Diagnostic{File: name, Line: pos.Line, Col: pos.Column, Message: te.Msg})
		}
		return nil, diags
	}

	// The functions the tests call, with the right signatures.
	for _, fn := range ch.Functions {
		if d := checkFunction(ch, fn, pkg, fset, name); d != nil {
			diags = append(diags, *d)
		}
	}
	if len(diags) > 0 {
		return nil, diags
	}

	out, diags := rewrite(ch, fset, file, info, pkg, src, name)
	if len(diags) > 0 {
		return nil, diags
	}
	return &Prepared{Name: name, Source: out, Imports: imports}, nil
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

func allowed(ch *exercises.Challenge, ipath string) bool {
	for _, p := range ch.Imports {
		if p == ipath {
			return true
		}
	}
	return false
}

func importList(ch *exercises.Challenge) string {
	if len(ch.Imports) == 0 {
		return "nothing (this challenge needs no imports)"
	}
	return strings.Join(ch.Imports, ", ")
}

func funcList(ch *exercises.Challenge) string {
	var s []string
	for _, f := range ch.Functions {
		s = append(s, f.Signature)
	}
	return strings.Join(s, " and ")
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

func expectedSignature(fn exercises.Function) (*types.Signature, error) {
	if v, ok := expectedSignatures.Load(fn.Signature); ok {
		return v.(*types.Signature), nil
	}
	src := "package p\n\n" + fn.Signature + " { panic(0) }\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "signature.go", src, 0)
	if err != nil {
		return nil, err
	}
	conf := types.Config{Importer: stdlib.SharedImporter{}}
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

func checkFunction(ch *exercises.Challenge, fn exercises.Function, pkg *types.Package, fset *token.FileSet, name string) *Diagnostic {
	want, err := expectedSignature(fn)
	if err != nil {
		return &Diagnostic{File: name, Message: "internal error: " + err.Error()}
	}
	obj := pkg.Scope().Lookup(fn.Name)
	if obj == nil {
		msg := fmt.Sprintf("%s is missing: the tests call %s", fn.Name, fn.Signature)
		for _, n := range pkg.Scope().Names() {
			if strings.EqualFold(n, fn.Name) {
				msg += fmt.Sprintf(" (you wrote %s: Go names are case-sensitive, and only names that start with a capital letter are visible to the tests)", n)
				break
			}
		}
		return &Diagnostic{File: name, Message: msg}
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
