package grader

// A lab's handler: one file, any package but main, declaring
//
//	func Handler(w http.ResponseWriter, r *http.Request)
//
// (the shape of Vercel's Go runtime and of any net/http server), checked
// and rewritten like a learner's solution, then run by function instances
// (sandbox.KindInstance) that call Handler once per request. The file's
// package-level variables and init functions are the instance's init
// phase.

import (
	"context"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/lectern-dev/lectern/grader/sandbox"
	"github.com/lectern-dev/lectern/grader/stdlib"
)

// HandlerName and HandlerSignature are what a handler file declares.
const (
	HandlerName      = "Handler"
	HandlerSignature = "func Handler(w http.ResponseWriter, r *http.Request)"
)

// handlerImportPath is where the handler's package lives in the sandbox.
const handlerImportPath = "lectern.lab/handler"

// PrecheckHandler checks and rewrites a handler file as Precheck does a
// solution (the compiler's and go vet's messages, the interpreter's
// limitations), and checks that it declares Handler with the right
// signature and uses only what the interpreter offers of the packages
// offered in part (net/http: no client, no server, no listener). name is
// the file name used in messages.
func PrecheckHandler(name string, src []byte) (p *Prepared, diags []Diagnostic) {
	return precheckHandler(name, src, false)
}

func precheckHandler(name string, src []byte, lines bool) (p *Prepared, diags []Diagnostic) {
	name = displayName(name)
	defer func() {
		if r := recover(); r != nil {
			p = nil
			diags = []Diagnostic{{File: name, Message: fmt.Sprintf("internal error while checking this file (please report it): %v", r)}}
		}
	}()
	pkg := "handler"
	fset := token.NewFileSet()
	if f, err := parser.ParseFile(fset, name, src, parser.PackageClauseOnly); err == nil {
		pkg = f.Name.Name
		if pkg == "main" {
			at := fset.Position(f.Name.Pos())
			return nil, []Diagnostic{{File: name, Line: at.Line, Col: at.Column,
				Message: "package main: a handler file is not a program; the lab calls your Handler for each request, so write \"package handler\" (any name but main), with no main function"}}
		}
	}
	l := &layout{pkg: pkg, importPath: handlerImportPath}
	c := &checker{task: &Task{}, layout: l, name: name, fset: token.NewFileSet(), lines: lines}
	p, diags = c.run(src)
	if len(diags) > 0 {
		return nil, diags
	}
	if d := c.handlerDeclared(); d != nil {
		return nil, []Diagnostic{*d}
	}
	if diags := c.unoffered(); len(diags) > 0 {
		return nil, diags
	}
	return p, nil
}

// handlerDeclared checks the file's Handler.
func (c *checker) handlerDeclared() *Diagnostic {
	want, err := handlerSignature()
	if err != nil {
		return &Diagnostic{File: c.name, Message: "internal error: " + err.Error()}
	}
	obj := c.pkg.Scope().Lookup(HandlerName)
	if obj == nil {
		msg := fmt.Sprintf("%s is missing: the lab calls %s for every request", HandlerName, HandlerSignature)
		for _, n := range c.pkg.Scope().Names() {
			if strings.EqualFold(n, HandlerName) {
				msg += fmt.Sprintf(" (you wrote %s: Go names are case-sensitive, and only names that start with a capital letter are visible outside the package)", n)
				break
			}
		}
		return &Diagnostic{File: c.name, Message: msg}
	}
	pos := c.fset.Position(obj.Pos())
	fn, ok := obj.(*types.Func)
	if !ok {
		return &Diagnostic{File: c.name, Line: pos.Line, Col: pos.Column,
			Message: fmt.Sprintf("%s must be a function: the lab calls %s", HandlerName, HandlerSignature)}
	}
	if got := fn.Type().(*types.Signature); got.TypeParams().Len() > 0 || !types.Identical(got, want) {
		return &Diagnostic{File: c.name, Line: pos.Line, Col: pos.Column,
			Message: fmt.Sprintf("%s has the wrong signature %s; the lab calls %s",
				HandlerName, types.TypeString(got, types.RelativeTo(c.pkg)), HandlerSignature)}
	}
	return nil
}

// handlerSignature is HandlerSignature as a type.
var handlerSignature = sync.OnceValues(func() (*types.Signature, error) {
	src := "package p\n\nimport \"net/http\"\n\n" + HandlerSignature + " {}\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "signature.go", src, 0)
	if err != nil {
		return nil, err
	}
	pkg, err := (&types.Config{Importer: packageImporter{}}).Check("p", fset, []*ast.File{f}, nil)
	if err != nil {
		return nil, err
	}
	return pkg.Scope().Lookup(HandlerName).Type().(*types.Signature), nil
})

// unoffered finds the uses, in any file, of package-level names that the
// interpreter does not offer (packages.txt offers some packages in part:
// os's environment, log's standard logger, net/http's handler side...):
// the type checker sees the whole package, the interpreter only those
// names.
func (c *checker) unoffered() []Diagnostic {
	type use struct {
		pos  token.Position
		path string
		name string
	}
	var uses []use
	seen := map[string]bool{}
	for _, info := range []*types.Info{c.info, c.xinfo} {
		if info == nil {
			continue
		}
		for id, obj := range info.Uses {
			if obj.Pkg() == nil || obj.Pkg() == c.pkg || obj.Pkg() == c.xpkg || obj.Parent() != obj.Pkg().Scope() {
				continue // a local, a field or method, a builtin
			}
			path := obj.Pkg().Path()
			if !stdlib.Supported(path) || stdlib.Offered(path, obj.Name()) || seen[path+"."+obj.Name()] {
				continue // (a package not supported is refused at its import)
			}
			seen[path+"."+obj.Name()] = true
			uses = append(uses, use{c.fset.Position(id.Pos()), path, obj.Name()})
		}
	}
	sort.Slice(uses, func(i, j int) bool {
		if uses[i].pos.Filename != uses[j].pos.Filename {
			return uses[i].pos.Filename < uses[j].pos.Filename
		}
		if uses[i].pos.Line != uses[j].pos.Line {
			return uses[i].pos.Line < uses[j].pos.Line
		}
		return uses[i].pos.Column < uses[j].pos.Column
	})
	var diags []Diagnostic
	for _, u := range uses {
		if len(diags) == maxDiagnostics {
			break
		}
		d := Diagnostic{File: u.pos.Filename, Line: u.pos.Line, Col: u.pos.Column}
		short := u.path[strings.LastIndex(u.path, "/")+1:]
		if u.path == "net/http" {
			d.Message = fmt.Sprintf("%s.%s is not offered in the lab: a handler answers the request it is given, and the platform does the listening; "+
				"it has no client, server, listener or file server (you can use http.Request, ResponseWriter, Header, Error, StatusText, the Status and Method constants, cookies and ServeMux)",
				short, u.name)
		} else {
			d.Unsupported = true
			what := "only some names"
			if names, ok := stdlib.OfferedNames(u.path); ok && len(names) <= 10 {
				sort.Strings(names)
				what = "only " + strings.Join(names, ", ")
			}
			d.Message = fmt.Sprintf("%s.%s is not offered by Lectern's interpreter (of package %s it offers %s: code runs there without files, processes or an exit of its own)", short, u.name, u.path, what)
		}
		diags = append(diags, d)
	}
	return diags
}

// prepareHandler is the worker's Preparer for a handler: the pre-check,
// with statements recording their lines (a panic then names its line),
// and the program an instance loads.
func prepareHandler(req prepareRequest, job *sandbox.Job) []byte {
	p, diags := precheckHandler(req.Name, req.Source, true)
	if len(diags) > 0 {
		return mustJSON(rejection{Diagnostics: diags})
	}
	job.Files = p.files
	job.Lines, job.LineArray = p.lines, p.lineArray
	job.Load = []string{p.layout.importPath}
	job.Packages = packagesOf(p.files)
	job.Tests = []sandbox.Test{{Package: p.layout.importPath, Name: HandlerName}}
	return nil
}

// BuildHandler checks and rewrites a handler file in a fresh sandbox worker
// (exe: "" for this executable), under the default limits, and returns the
// program function instances start from (sandbox.StartInstance), or what
// is wrong with the file. err is for a worker that could not be used.
func BuildHandler(ctx context.Context, exe, name string, src []byte) (program *sandbox.Job, diags []Diagnostic, err error) {
	name = displayName(name)
	if len(src) > MaxSourceBytes {
		return nil, []Diagnostic{{File: name, Message: tooLargeMessage(int64(len(src)))}}, nil
	}
	payload, err := json.Marshal(prepareRequest{Name: name, Source: src, Handler: true})
	if err != nil {
		return nil, nil, err
	}
	job := sandbox.Job{Prepare: payload, TimeLimit: DefaultTimeLimit, MemoryLimit: DefaultMemoryLimit}
	program, rej, res, err := sandbox.Build(ctx, exe, job)
	switch {
	case err != nil:
		return nil, nil, err
	case program != nil:
		return program, nil, nil
	case rej != nil:
		var r rejection
		if err := json.Unmarshal(rej, &r); err != nil || len(r.Diagnostics) == 0 {
			return nil, nil, fmt.Errorf("grader: a malformed rejection")
		}
		return nil, r.Diagnostics, nil
	}
	switch res.Outcome {
	case sandbox.Timeout:
		return nil, []Diagnostic{{File: name, Message: fmt.Sprintf("checking this file took longer than %s", DefaultTimeLimit)}}, nil
	case sandbox.Memory:
		return nil, []Diagnostic{{File: name, Message: "checking this file needed more memory than allowed: " + res.Message}}, nil
	}
	return nil, []Diagnostic{{File: name, Message: "internal error while checking this file (please report it): " + capMessage(res.Message)}}, nil
}

// HandlerMessage rewrites the sandbox's paths in an instance's message (a
// panic, a load error) into the learner's: "handler.go:12", "Handler".
// yaegi's own per-frame lines are dropped when the message already says
// where the panic happened, and otherwise kept as "in Func (file)".
func HandlerMessage(msg string) string {
	dir := "src/" + handlerImportPath + "/"
	r := strings.NewReplacer(dir, "", handlerImportPath+".", "", handlerImportPath, "handler")
	placed := strings.Contains(msg, "\n    at ")
	var out []string
	for _, line := range strings.Split(msg, "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.Contains(trimmed, ": panic: ") && strings.HasSuffix(trimmed, "(...)") {
			file, fn, _ := strings.Cut(trimmed, ": panic: ")
			if placed || !strings.HasPrefix(file, dir) {
				continue
			}
			file, _, _ = strings.Cut(strings.TrimPrefix(file, dir), ":")
			line = "    in " + r.Replace(strings.TrimSuffix(fn, "(...)")) + " (" + file + ")"
			if slices.Contains(out, line) {
				continue
			}
		} else {
			line = r.Replace(line)
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}
