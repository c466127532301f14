package grader

import (
	"encoding/json"
	"go/parser"
	"go/token"
	"maps"
	"sort"
	"strconv"

	"github.com/lectern-dev/lectern/grader/sandbox"
	"github.com/lectern-dev/lectern/grader/stdlib"
)

// prepareRequest is what the host sends the worker: the task and the
// learner's file. The worker checks and rewrites them (Precheck) under its
// limits, and either runs the result or sends back the diagnostics.
type prepareRequest struct {
	Task   *Task  `json:"task,omitempty"` // nil: Source is a whole program (package main)
	Name   string `json:"name"`
	Source []byte `json:"source"`
	// Lines: instrument the code so that a panic says its line.
	Lines bool `json:"lines,omitempty"`
	// Handler: Source is a lab's handler file (see PrecheckHandler).
	Handler bool `json:"handler,omitempty"`
}

// rejection is the worker's answer when the pre-check finds problems.
type rejection struct {
	Diagnostics []Diagnostic `json:"diagnostics"`
}

// RunWorkerIfRequested turns this process into a grading worker when it
// was started as one. Call it first thing in main and in TestMain.
//
// A worker does not warm up the type checker: the pre-check runs in the
// host for almost every file (see hostSafe), and in a one-shot check the
// warm-up would only take CPU from the host's. It builds the
// interpreter's symbol maps while it waits for its job.
func RunWorkerIfRequested() { sandbox.RunWorkerIfRequested(prepareJob, stdlib.WarmSymbols) }

// WorkerMain runs a grading worker and returns its exit status, for
// programs that dispatch on their own arguments (see sandbox.IsWorker).
func WorkerMain() int { return sandbox.WorkerMain(prepareJob, stdlib.WarmSymbols) }

// WarmUp decodes the type information pre-checks need. Grade does it when
// it must; a program that will grade soon (the TUI opening a challenge,
// lectern check while it reads the file) can call it ahead, on a goroutine
// of its own.
//
// With a task it decodes what that task's tests and files import (the
// learner's file usually imports a subset): nothing else holds up the
// pre-check, which waits for the importer while it decodes. Without one,
// the packages solutions import most.
func WarmUp(t *Task) {
	_, _ = testingPackage()
	paths := []string{"fmt", "errors", "strings", "math", "strconv", "sort", "time"}
	if t != nil {
		paths = nil
		fset := token.NewFileSet()
		for _, f := range append(append([]File(nil), t.Tests...), t.Support...) {
			af, err := parser.ParseFile(fset, f.Name, f.Source, parser.ImportsOnly)
			if err != nil {
				continue
			}
			for _, imp := range af.Imports {
				if p, err := strconv.Unquote(imp.Path.Value); err == nil && p != "testing" && stdlib.Supported(p) {
					paths = append(paths, p)
				}
			}
		}
	}
	for _, p := range paths {
		_, _ = stdlib.SharedImporter{}.Import(p)
	}
}

// prepareJob is the worker's Preparer: the pre-check, then the program.
func prepareJob(payload []byte, job *sandbox.Job) []byte {
	var req prepareRequest
	if err := json.Unmarshal(payload, &req); err != nil {
		return mustJSON(rejection{Diagnostics: []Diagnostic{{File: "solution.go", Message: "internal error: a malformed grading request"}}})
	}
	if req.Handler {
		return prepareHandler(req, job) // handler.go
	}
	if req.Task == nil {
		p, diags := PrecheckProgram(req.Name, req.Source)
		if len(diags) > 0 {
			return mustJSON(rejection{Diagnostics: diags})
		}
		job.Kind = sandbox.KindMain
		job.Files = p.files
		job.Lines, job.LineArray = p.lines, p.lineArray
		for path := range p.files {
			job.Load = []string{path} // the program's one file
		}
		job.Packages = packagesOf(p.files)
		return nil
	}
	p, diags := precheck(req.Task, req.Name, req.Source, req.Lines)
	if len(diags) > 0 {
		return mustJSON(rejection{Diagnostics: diags})
	}
	p.program(job)
	return nil
}

func mustJSON(v any) []byte {
	data, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return data
}

// program fills in the job's program: the files, the packages the
// interpreter must offer, what to load and which tests and examples to run.
func (p *Prepared) program(job *sandbox.Job) {
	l := p.layout
	job.Kind = sandbox.KindTests
	job.Files = p.files
	job.Lines, job.LineArray = p.lines, p.lineArray
	job.Load = []string{l.importPath}
	if len(l.external) > 0 {
		job.Load = append(job.Load, l.externalPath())
	}
	job.Packages = packagesOf(p.files)
	for _, tf := range l.orderedFuncs() {
		pkg := l.importPath
		if tf.External {
			pkg = l.externalPath()
		}
		switch {
		case tf.Kind == "test":
			job.Tests = append(job.Tests, sandbox.Test{Package: pkg, Name: tf.Name})
		case tf.Kind == "example" && tf.HasOutput:
			job.Examples = append(job.Examples, sandbox.Example{Package: pkg, Name: tf.Name, Output: tf.Output, Unordered: tf.Unordered})
		}
	}
}

// orderedFuncs are the test functions in the order go test runs them:
// the package's own (internal) tests, then the external ones, each in file
// order; examples after all tests.
func (l *layout) orderedFuncs() []testFunc {
	var out []testFunc
	for _, ext := range []bool{false, true} {
		for _, f := range l.funcs {
			if f.External == ext && f.Kind == "test" {
				out = append(out, f)
			}
		}
	}
	for _, ext := range []bool{false, true} {
		for _, f := range l.funcs {
			if f.External == ext && f.Kind == "example" {
				out = append(out, f)
			}
		}
	}
	return out
}

// packagesOf lists the standard-library packages the files import (the
// interpreter offers exactly those). The packages it runs from Lectern's
// own source (stdlib.Interpreted) are added to files instead, under src/,
// with what they import in turn.
func packagesOf(files map[string]string) []string {
	seen := map[string]bool{}
	var out []string
	var visit func(src string)
	visit = func(src string) {
		f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.ImportsOnly)
		if err != nil {
			return
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if seen[path] || !stdlib.Supported(path) {
				continue
			}
			seen[path] = true
			if !stdlib.Interpreted(path) {
				out = append(out, path)
				continue
			}
			for name, s := range stdlib.Sources(path) {
				files["src/"+path+"/"+name] = s
				visit(s)
			}
		}
	}
	for _, src := range maps.Clone(files) {
		visit(src)
	}
	sort.Strings(out)
	return out
}
