package grader

import (
	"errors"
	"fmt"
	"go/ast"
	"go/build/constraint"
	"go/parser"
	"go/token"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/lectern-dev/lectern/grader/stdlib"
)

// Task is what the grader needs to know about a challenge: the tests and
// the other files of the package, what the learner must write and may
// import, and the limits. Whoever loads challenges builds one; the grader
// knows nothing of lessons or challenge folders.
type Task struct {
	// ID names the challenge in verdicts (the "challenge" field).
	ID string
	// PackageName is the package clause of the solution; "" takes the
	// tests' (without _test).
	PackageName string
	// ImportPath is the path external tests import the package by; ""
	// means "lectern.test/<package name>".
	ImportPath string
	// Tests are the _test.go files, internal (package P) or external
	// (package P_test), in the order their tests run.
	Tests []File
	// Support are other files of the package that the learner does not
	// write (types or helpers the challenge provides).
	Support []File
	// Functions, when given, are checked before anything runs, so that a
	// missing or misdeclared function gets a precise message; without
	// them, solution and tests are simply type-checked together.
	Functions []Function
	// Imports are the packages the learner's code may import; nil means
	// every package the grader supports (Packages()).
	Imports []string
	// Reference is a solution known to pass. Optional: when grading stops
	// early, it tells which tests did not run.
	Reference []byte `json:"-"`

	TimeLimit   time.Duration // for the whole run; 0: automatic (see Grade)
	MemoryLimit int64         // heap bytes; 0: 64 MB
	OutputLimit int           // bytes of each test's output kept; 0: 64 KB
}

// File is one source file.
type File struct {
	Name   string `json:"name"` // base name, e.g. example_test.go
	Source []byte `json:"source"`
	// Hidden test files are not shown to the learner.
	Hidden bool `json:"hidden,omitempty"`
}

// Function is a function the learner must write.
type Function struct {
	Name      string `json:"name"`
	Signature string `json:"signature"` // "func Name(a int, b float64) float64"
}

// Defaults for a Task's limits.
const (
	DefaultTimeLimit = 10 * time.Second
	// MaxTimeLimit bounds the automatic time limit.
	MaxTimeLimit       = 5 * time.Minute
	DefaultMemoryLimit = 64 << 20
	DefaultOutputLimit = 64 << 10
)

func (t *Task) timeLimit() time.Duration {
	if t.TimeLimit > 0 {
		return t.TimeLimit
	}
	return DefaultTimeLimit
}

func (t *Task) memoryLimit() int64 {
	if t.MemoryLimit > 0 {
		return t.MemoryLimit
	}
	return DefaultMemoryLimit
}

func (t *Task) outputLimit() int {
	if t.OutputLimit > 0 {
		return t.OutputLimit
	}
	return DefaultOutputLimit
}

// testFunc is one function in a test file that go test knows about.
type testFunc struct {
	File     string
	Name     string
	External bool
	Kind     string // test, example, benchmark, fuzz
	// For examples with an output comment:
	Output    string
	HasOutput bool
	Unordered bool
}

// layout is what a Task's test files hold, found by parsing them (cheap,
// and the same in host and worker).
type layout struct {
	pkg        string // the solution's package name
	importPath string
	internal   []File // test files in package pkg
	external   []File // test files in package pkg_test
	funcs      []testFunc
}

// runnable reports whether the test files declare something go test
// runs: a test, or an example with an output comment.
func (l *layout) runnable() bool {
	for _, f := range l.funcs {
		if f.Kind == "test" || (f.Kind == "example" && f.HasOutput) {
			return true
		}
	}
	return false
}

var fileNameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*\.go$`)

// Check reports what is wrong with the task itself (an author's mistake),
// or nil.
func (t *Task) Check() error {
	_, err := t.layout()
	return err
}

func (t *Task) layout() (*layout, error) {
	t = t.built()
	if len(t.Tests) == 0 {
		return nil, errors.New("the challenge has no test files (built by go test: see their //go:build lines)")
	}
	l := &layout{pkg: t.PackageName}
	seen := map[string]bool{}
	for _, f := range append(append([]File(nil), t.Tests...), t.Support...) {
		if !fileNameRE.MatchString(f.Name) {
			return nil, fmt.Errorf("%q is not a plain Go file name", f.Name)
		}
		if seen[f.Name] {
			return nil, fmt.Errorf("two files are called %s", f.Name)
		}
		seen[f.Name] = true
	}
	type parsed struct {
		f   File
		ast *ast.File
	}
	var tests []parsed
	fset := token.NewFileSet()
	for _, f := range t.Tests {
		if !strings.HasSuffix(f.Name, "_test.go") {
			return nil, fmt.Errorf("test file %s: the name must end in _test.go", f.Name)
		}
		af, err := parser.ParseFile(fset, f.Name, f.Source, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, fmt.Errorf("test file %v", err)
		}
		tests = append(tests, parsed{f, af})
	}
	// The package name: given, or the tests'.
	if l.pkg == "" {
		for _, p := range tests {
			if name := strings.TrimSuffix(p.ast.Name.Name, "_test"); name != p.ast.Name.Name || l.pkg == "" {
				l.pkg = name
				if name != p.ast.Name.Name {
					break
				}
			}
		}
	}
	for _, p := range tests {
		switch p.ast.Name.Name {
		case l.pkg:
			l.internal = append(l.internal, p.f)
		case l.pkg + "_test":
			l.external = append(l.external, p.f)
		default:
			return nil, fmt.Errorf("test file %s: package %s, but the solution's package is %s (tests are package %s or %s_test)",
				p.f.Name, p.ast.Name.Name, l.pkg, l.pkg, l.pkg)
		}
		for _, d := range p.ast.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv != nil {
				continue
			}
			tf := testFunc{File: p.f.Name, Name: fd.Name.Name, External: p.ast.Name.Name != l.pkg}
			switch {
			case isTestName(fd.Name.Name, "Test") && fd.Name.Name != "TestMain":
				tf.Kind = "test"
			case isTestName(fd.Name.Name, "Example"):
				tf.Kind = "example"
				tf.Output, tf.Unordered, tf.HasOutput = exampleOutput(fd, p.ast)
			case isTestName(fd.Name.Name, "Benchmark"):
				tf.Kind = "benchmark"
			case isTestName(fd.Name.Name, "Fuzz"):
				tf.Kind = "fuzz"
			default:
				continue
			}
			l.funcs = append(l.funcs, tf)
		}
	}
	for _, f := range t.Support {
		af, err := parser.ParseFile(fset, f.Name, f.Source, parser.PackageClauseOnly)
		if err != nil {
			return nil, fmt.Errorf("file %v", err)
		}
		if af.Name.Name != l.pkg {
			return nil, fmt.Errorf("file %s: package %s, but the solution's package is %s", f.Name, af.Name.Name, l.pkg)
		}
	}
	l.importPath = t.ImportPath
	if l.importPath == "" {
		l.importPath = "lectern.test/" + l.pkg
	}
	if !validImportPath(l.importPath) {
		return nil, fmt.Errorf("import path %q is not valid", l.importPath)
	}
	return l, nil
}

// built is the task with only the files go test builds: those whose
// //go:build line (if any) holds for linux/amd64, the gc compiler,
// without cgo and with no extra tags.
func (t *Task) built() *Task {
	keep := func(files []File) []File {
		var out []File
		for _, f := range files {
			if buildsByDefault(f.Source) {
				out = append(out, f)
			}
		}
		return out
	}
	c := *t
	c.Tests, c.Support = keep(t.Tests), keep(t.Support)
	return &c
}

// buildsByDefault evaluates a file's //go:build line as go test would.
// Platforms known to go/build, whose names at the end of a file name
// (x_windows.go, x_arm64.go, x_linux_amd64.go) build the file only there.
var (
	knownOS   = strings.Fields("aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris wasip1 windows zos")
	knownArch = strings.Fields("386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm")
)

// platformSuffix reads a file name as go/build does: the GOOS and GOARCH
// its name ends in ("" for none), and whether it names any.
func platformSuffix(name string) (goos, goarch string, ok bool) {
	name = strings.TrimSuffix(strings.TrimSuffix(path.Base(name), ".go"), "_test")
	i := strings.Index(name, "_")
	if i < 0 {
		return "", "", false
	}
	parts := strings.Split(name[i:], "_")
	n := len(parts)
	switch {
	case n >= 2 && slices.Contains(knownOS, parts[n-2]) && slices.Contains(knownArch, parts[n-1]):
		return parts[n-2], parts[n-1], true
	case n >= 1 && slices.Contains(knownOS, parts[n-1]):
		return parts[n-1], "", true
	case n >= 1 && slices.Contains(knownArch, parts[n-1]):
		return "", parts[n-1], true
	}
	return "", "", false
}

// nameExcludes explains why go test (on linux/amd64, the platform the
// tests are graded as) would leave out a file by its name, or is "".
func nameExcludes(name string) string {
	goos, goarch, ok := platformSuffix(name)
	if !ok || (goos == "" || goos == "linux") && (goarch == "" || goarch == "amd64") {
		return ""
	}
	suffix := strings.Trim(goos+"_"+goarch, "_")
	return fmt.Sprintf("go test would leave this file out: a name ending in _%s.go builds only on %s, and the tests run as on linux/amd64 (rename the file)",
		suffix, strings.ReplaceAll(suffix, "_", "/"))
}

func buildsByDefault(src []byte) bool {
	for _, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "/*") {
			continue
		}
		if !strings.HasPrefix(line, "//") {
			return true // the package clause: no constraint before it
		}
		if !constraint.IsGoBuild(line) {
			continue
		}
		expr, err := constraint.Parse(line)
		if err != nil {
			return true // the type checker will say what is wrong
		}
		return expr.Eval(func(tag string) bool {
			switch tag {
			case "linux", "amd64", "gc", "unix":
				return true
			}
			if v, ok := strings.CutPrefix(tag, "go1."); ok {
				n, err := strconv.Atoi(v)
				return err == nil && n <= 26
			}
			return false
		})
	}
	return true
}

// isTestName is go test's rule: prefix, then nothing or a character that
// is not a lower-case letter.
func isTestName(name, prefix string) bool {
	if !strings.HasPrefix(name, prefix) {
		return false
	}
	if len(name) == len(prefix) {
		return true
	}
	c := name[len(prefix)]
	return !(c >= 'a' && c <= 'z')
}

// exampleOutput reads an example's "// Output:" (or "// Unordered
// output:") comment: the last comment group of the function's body.
func exampleOutput(fd *ast.FuncDecl, f *ast.File) (out string, unordered, ok bool) {
	if fd.Body == nil {
		return "", false, false
	}
	var last *ast.CommentGroup
	for _, cg := range f.Comments {
		if cg.Pos() > fd.Body.Lbrace && cg.End() < fd.Body.Rbrace {
			last = cg
		}
	}
	if last == nil {
		return "", false, false
	}
	text := last.Text()
	for _, prefix := range []string{"output:", "unordered output:"} {
		if len(text) >= len(prefix) && strings.EqualFold(text[:len(prefix)], prefix) {
			return strings.TrimSpace(text[len(prefix):]), prefix != "output:", true
		}
	}
	return "", false, false
}

func validImportPath(p string) bool {
	if p == "" || strings.HasPrefix(p, "/") || strings.HasSuffix(p, "/") || strings.Contains(p, "//") {
		return false
	}
	for _, elem := range strings.Split(p, "/") {
		if elem == "." || elem == ".." || !regexp.MustCompile(`^[A-Za-z0-9._~+-]+$`).MatchString(elem) {
			return false
		}
	}
	return path.Clean(p) == p
}

// Where files go in the sandbox's in-memory GOPATH.
func (l *layout) pkgDir() string { return "src/" + l.importPath + "/" }

// externalPath is the import path of the package holding the external
// tests in the sandbox (its own folder: yaegi loads a folder as one
// package).
func (l *layout) externalPath() string { return l.importPath + "/" + externalDir }

const externalDir = "lectern_xtest"

// sandboxName is the learner file's name inside the sandbox: its own name
// when that is an ordinary Go file name that clashes with no other file,
// so interpreter messages match.
func (l *layout) sandboxName(name string, t *Task) string {
	// A name like mine_linux.go would be the interpreter's to include or
	// not, by the platform it runs on: the file goes in under a plain name.
	if _, _, platform := platformSuffix(name); fileNameRE.MatchString(name) && !strings.HasSuffix(name, "_test.go") && !platform {
		clash := false
		for _, f := range append(append([]File(nil), t.Tests...), t.Support...) {
			clash = clash || f.Name == name
		}
		if !clash {
			return name
		}
	}
	return "lectern_solution.go"
}

// Packages lists the standard-library packages the grader can offer.
func Packages() []string { return stdlib.Packages() }

// SupportedPackage reports whether the grader can offer package path.
func SupportedPackage(path string) bool { return stdlib.Supported(path) }
