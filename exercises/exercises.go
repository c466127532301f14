// Package exercises holds Lectern's coding challenges as plain files and
// loads them. Each challenge is one folder; the built-in ones are also real
// Go packages, so `go test ./exercises/...` runs their tests against the
// reference solution natively:
//
//	exercises/<id>/
//	  exercise.yaml     metadata: id, title, functions, limits, imports, hints
//	  prompt.md         the statement shown to the learner
//	  solution.go       reference solution   (//go:build !lectern_starter, optional in packs)
//	  starter.go        the learner's start  (//go:build lectern_starter, optional in packs)
//	  *_test.go         tests: internal (package <pkg>) or external (package <pkg>_test);
//	                    files whose name starts with "hidden" are hidden from the learner
//	  *.go              any other file: code the challenge provides (types, helpers)
//
// Problems are reported as "file:line: message".
package exercises

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/lectern-dev/lectern/grader"
	"github.com/lectern-dev/lectern/internal/yamlx"
)

//go:embed */exercise.yaml */prompt.md */*.go
var embedded embed.FS

// Builtin holds the challenges shipped inside the binary.
var Builtin fs.FS = embedded

// ModulePath is the import path prefix of the challenge packages; test files
// import their challenge as ModulePath + "/" + id.
const ModulePath = "github.com/lectern-dev/lectern/exercises"

// Build constraints that keep the starter and the solution apart.
const (
	StarterTag        = "lectern_starter"
	starterConstraint = "//go:build " + StarterTag
	solutionConstr    = "//go:build !" + StarterTag
)

// Challenge is one coding challenge.
type Challenge struct {
	ID        string
	Lesson    string // the lesson that uses it, when exercise.yaml says (checked by dev check)
	Title     string
	Functions []Function // optional: signatures checked before anything runs
	// Limits: wall clock for the whole run, heap the learner's code may
	// use, bytes of each test's output kept.
	TimeLimit   time.Duration
	MemoryLimit int64
	OutputLimit int
	Imports     []string // what the learner may import; nil: every package the grader offers
	Hints       []string

	Prompt      string
	PackageName string // the package clause of the solution, e.g. costcalculator
	ImportPath  string // e.g. github.com/lectern-dev/lectern/exercises/cost-calculator
	Starter     []byte // starter.go without its build constraint: the learner's first file
	Solution    []byte // solution.go without its build constraint
	Tests       []TestFile
	Support     []TestFile // the package's other files, given to the learner as they are
	// Dir is where the challenge came from, for messages.
	Dir string

	taskOnce sync.Once
	task     *grader.Task
}

// Function is a function the learner must write.
type Function struct {
	Name      string
	Signature string // "func Name(a int, b float64) float64"
}

// TestFile is one test file (or other Go file) of a challenge.
type TestFile struct {
	Name   string // example_test.go
	Source []byte
	Hidden bool
	Tests  []string // the TestXxx functions it declares, in order
}

// Task describes the challenge to the grader (always the same value, so
// what the grader learns about a task is kept between grades).
func (c *Challenge) Task() *grader.Task {
	c.taskOnce.Do(func() { c.task = c.newTask() })
	return c.task
}

func (c *Challenge) newTask() *grader.Task {
	t := &grader.Task{
		ID:          c.ID,
		PackageName: c.PackageName,
		ImportPath:  c.ImportPath,
		Imports:     c.Imports,
		Reference:   c.Solution,
		TimeLimit:   c.TimeLimit,
		MemoryLimit: c.MemoryLimit,
		OutputLimit: c.OutputLimit,
	}
	for _, f := range c.Tests {
		t.Tests = append(t.Tests, grader.File{Name: f.Name, Source: f.Source, Hidden: f.Hidden})
	}
	for _, f := range c.Support {
		t.Support = append(t.Support, grader.File{Name: f.Name, Source: f.Source})
	}
	for _, f := range c.Functions {
		t.Functions = append(t.Functions, grader.Function{Name: f.Name, Signature: f.Signature})
	}
	return t
}

// TestNames returns every test function of the challenge, visible ones first.
func (c *Challenge) TestNames() []string {
	var names []string
	for _, f := range c.Tests {
		names = append(names, f.Tests...)
	}
	return names
}

// IsHidden reports whether the named top-level test (or a subtest of it)
// comes from a hidden test file.
func (c *Challenge) IsHidden(testName string) bool {
	top, _, _ := strings.Cut(testName, "/")
	for _, f := range c.Tests {
		if slices.Contains(f.Tests, top) {
			return f.Hidden
		}
	}
	return false
}

// Function returns the named function spec, or nil.
func (c *Challenge) Function(name string) *Function {
	for i := range c.Functions {
		if c.Functions[i].Name == name {
			return &c.Functions[i]
		}
	}
	return nil
}

type metadata struct {
	ID        string `yaml:"id"`
	Lesson    string `yaml:"lesson"`
	Title     string `yaml:"title"`
	Functions []struct {
		Name      string `yaml:"name"`
		Signature string `yaml:"signature"`
	} `yaml:"functions"`
	TimeLimit   string   `yaml:"time_limit"`
	MemoryLimit string   `yaml:"memory_limit"`
	OutputLimit string   `yaml:"output_limit"`
	Imports     []string `yaml:"imports"`
	Hints       []string `yaml:"hints"`
}

// LoadBuiltin loads the challenges shipped inside the binary, sorted by id
// (a fresh copy each call: whoever loads them owns them, usually a
// catalog.Catalog).
func LoadBuiltin() ([]*Challenge, error) { return LoadBuiltinWith(Options{}) }

// LoadBuiltinWith loads the built-in challenges with opts (its ModulePath
// and Prefix are the built-in ones).
func LoadBuiltinWith(opts Options) ([]*Challenge, error) {
	opts.ModulePath, opts.Prefix = ModulePath, "exercises"
	return Load(embedded, opts)
}

// Options say how challenges are loaded.
type Options struct {
	// ModulePath, when set, is the import path prefix of the challenge
	// packages (ModulePath + "/" + id), as for the built-in ones. Without
	// it a challenge's import path is its folder's go.mod module, or what
	// its external tests import, or lectern.test/<package>.
	ModulePath string
	// Prefix is put before file names in messages (the pack's folder).
	Prefix string
	// Quick skips what only an author needs checked, and what costs a
	// command's start-up most (parsing every Go file in full and laying
	// the tests out: milliseconds per challenge): that the Go files
	// parse, that the solution and starter declare the functions, and
	// TestFile.Tests. Grading checks the files anyway (a broken test
	// file is then a compile error); dev check loads without Quick.
	Quick bool
}

// Load reads every challenge folder at the top of fsys. All problems are
// returned together, one "file:line: message" per line.
func Load(fsys fs.FS, opts Options) ([]*Challenge, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	var out []*Challenge
	var ps yamlx.Problems
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		c, p := loadOne(fsys, e.Name(), opts)
		ps = append(ps, p...)
		if c != nil && len(p) == 0 {
			out = append(out, c)
		}
	}
	if len(out) == 0 && len(ps) == 0 {
		ps.Add(".", 0, "no challenge folders found")
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, ps.Err()
}

var (
	idRE    = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	identRE = regexp.MustCompile(`^[A-Z][A-Za-z0-9_]*$`)
)

func loadOne(fsys fs.FS, dir string, opts Options) (*Challenge, yamlx.Problems) {
	var ps yamlx.Problems
	file := func(name string) string { return path.Join(opts.Prefix, dir, name) }
	read := func(name string) []byte {
		data, err := fs.ReadFile(fsys, path.Join(dir, name))
		if err != nil {
			ps.Add(file(name), 0, "missing: every challenge needs %s", name)
			return nil
		}
		if !utf8.Valid(data) {
			ps.Add(file(name), 0, "not valid UTF-8 text")
		}
		return data
	}

	metaName := file("exercise.yaml")
	raw := read("exercise.yaml")
	if raw == nil {
		return nil, ps
	}
	var m metadata
	doc, err := yamlx.Decode(metaName, raw, &m)
	if err != nil {
		var yp yamlx.Problems
		if errors.As(err, &yp) {
			return nil, append(ps, yp...)
		}
		ps.Add(metaName, 0, "%v", err)
		return nil, ps
	}
	c := &Challenge{ID: m.ID, Lesson: m.Lesson, Title: strings.TrimSpace(m.Title), Dir: path.Join(opts.Prefix, dir)}

	switch {
	case m.ID == "":
		ps.Add(metaName, doc.Line(), "missing id")
	case !idRE.MatchString(m.ID):
		ps.Add(metaName, doc.Line("id"), "id %q: use lower-case letters, digits and dashes", m.ID)
	case m.ID != dir:
		ps.Add(metaName, doc.Line("id"), "id %q must match the folder name %q", m.ID, dir)
	}
	if c.Title == "" {
		ps.Add(metaName, doc.Line(), "missing title")
	}

	for i, f := range m.Functions {
		line := doc.Line("functions", i)
		if !identRE.MatchString(f.Name) {
			ps.Add(metaName, line, "functions[%d]: name %q must be an exported Go identifier", i, f.Name)
			continue
		}
		if err := grader.CheckSignature(f.Name, f.Signature); err != nil {
			ps.Add(metaName, doc.Line("functions", i, "signature"), "functions[%d]: %v", i, err)
			continue
		}
		c.Functions = append(c.Functions, Function{Name: f.Name, Signature: strings.TrimSpace(f.Signature)})
	}

	// No time_limit: the grader's automatic one (TimeLimit 0).
	if m.TimeLimit != "" {
		d, err := time.ParseDuration(m.TimeLimit)
		if err != nil || d < 100*time.Millisecond || d > 30*time.Second {
			ps.Add(metaName, doc.Line("time_limit"), "time_limit %q: want a duration between 100ms and 30s, like 2s", m.TimeLimit)
		} else {
			c.TimeLimit = d
		}
	}
	c.MemoryLimit = grader.DefaultMemoryLimit
	if m.MemoryLimit != "" {
		n, err := ParseSize(m.MemoryLimit)
		if err != nil || n < 16<<20 || n > 1<<30 {
			ps.Add(metaName, doc.Line("memory_limit"), "memory_limit %q: want a size between 16MB and 1GB, like 64MB", m.MemoryLimit)
		} else {
			c.MemoryLimit = n
		}
	}
	c.OutputLimit = grader.DefaultOutputLimit
	if m.OutputLimit != "" {
		n, err := ParseSize(m.OutputLimit)
		if err != nil || n < 1<<10 || n > 16<<20 {
			ps.Add(metaName, doc.Line("output_limit"), "output_limit %q: want a size between 1KB and 16MB, like 64KB", m.OutputLimit)
		} else {
			c.OutputLimit = int(n)
		}
	}
	if m.Imports != nil {
		c.Imports = []string{}
	}
	for i, imp := range m.Imports {
		if !grader.SupportedPackage(imp) {
			ps.Add(metaName, doc.Line("imports", i), "imports: %q is not a package the grader supports (supported: %s)",
				imp, strings.Join(grader.Packages(), ", "))
			continue
		}
		c.Imports = append(c.Imports, imp)
	}
	for i, h := range m.Hints {
		h = strings.TrimSpace(h)
		if h == "" {
			ps.Add(metaName, doc.Line("hints", i), "hints[%d] is empty", i)
		}
		c.Hints = append(c.Hints, h)
	}

	if p := read("prompt.md"); p != nil {
		c.Prompt = string(p)
		if strings.TrimSpace(c.Prompt) == "" {
			ps.Add(file("prompt.md"), 0, "the prompt is empty")
		}
	}

	fset := token.NewFileSet()
	mode := parser.ParseComments
	if opts.Quick {
		mode = parser.ImportsOnly // the package clause and imports are all Quick reads
	}
	goFile := func(name, constraint string) (src []byte, f *ast.File) {
		data := read(name)
		if data == nil {
			return nil, nil
		}
		f, err := parser.ParseFile(fset, file(name), data, mode)
		if err != nil {
			ps.Add(file(name), 0, "%v", err)
			return nil, nil
		}
		if constraint == "" {
			return data, f
		}
		first, rest, _ := bytes.Cut(data, []byte("\n"))
		switch strings.TrimSpace(string(first)) {
		case constraint:
			return bytes.TrimLeft(rest, "\n"), f
		case "//go:build " + StarterTag, "//go:build !" + StarterTag:
			ps.Add(file(name), 1, "the first line must be %q", constraint)
			return nil, nil
		}
		if opts.ModulePath != "" {
			// A built-in challenge is a Go package: its solution and
			// starter must not both be built.
			ps.Add(file(name), 1, "the first line must be %q", constraint)
			return nil, nil
		}
		return data, f
	}
	var solF, startF *ast.File
	c.Solution, solF = goFile("solution.go", solutionConstr)
	c.Starter, startF = goFile("starter.go", starterConstraint)
	if solF != nil {
		c.PackageName = solF.Name.Name
		for _, fn := range c.Functions {
			if opts.Quick {
				break
			}
			if !declares(solF, fn.Name) {
				ps.Add(file("solution.go"), 0, "the reference solution does not declare %s", fn.Name)
			}
		}
	}
	if startF != nil {
		if solF != nil && startF.Name.Name != solF.Name.Name {
			ps.Add(file("starter.go"), fset.Position(startF.Name.Pos()).Line,
				"package %s, but solution.go says package %s", startF.Name.Name, solF.Name.Name)
		}
		for _, fn := range c.Functions {
			if opts.Quick {
				break
			}
			if !declares(startF, fn.Name) {
				ps.Add(file("starter.go"), 0, "the starter does not declare %s (it must compile)", fn.Name)
			}
		}
	}

	// Every other Go file: tests, and code the challenge provides.
	entries, _ := fs.ReadDir(fsys, dir)
	var externalImports []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || name == "solution.go" || name == "starter.go" {
			continue
		}
		src, f := goFile(name, "")
		if f == nil {
			continue
		}
		isTest := strings.HasSuffix(name, "_test.go")
		tf := TestFile{Name: name, Source: src, Hidden: isTest && strings.HasPrefix(name, "hidden")}
		want := c.PackageName
		if isTest && strings.HasSuffix(f.Name.Name, "_test") {
			want += "_test"
			for _, imp := range f.Imports {
				if p, _ := strconv.Unquote(imp.Path.Value); strings.Contains(strings.Split(p, "/")[0], ".") {
					externalImports = append(externalImports, p)
				}
			}
		}
		if c.PackageName != "" && f.Name.Name != want {
			what := "the package's files"
			if isTest {
				what = "tests are package " + c.PackageName + " (internal) or " + c.PackageName + "_test (external), and"
			}
			ps.Add(file(name), fset.Position(f.Name.Pos()).Line, "package %s: %s solution.go says package %s", f.Name.Name, what, c.PackageName)
		}
		if !isTest {
			c.Support = append(c.Support, tf)
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && strings.HasPrefix(fd.Name.Name, "Test") && fd.Name.Name != "TestMain" {
				tf.Tests = append(tf.Tests, fd.Name.Name)
			}
		}
		c.Tests = append(c.Tests, tf)
	}
	if len(c.Tests) == 0 {
		ps.Add(file(""), 0, "no tests: a challenge needs at least one _test.go file")
	}
	switch {
	case opts.ModulePath != "":
		c.ImportPath = opts.ModulePath + "/" + dir
	case modulePath(fsys, dir) != "":
		c.ImportPath = modulePath(fsys, dir)
	case len(externalImports) > 0:
		c.ImportPath = externalImports[0]
	case c.PackageName != "":
		c.ImportPath = "lectern.test/" + c.PackageName
	}
	if c.PackageName != "" && len(ps) == 0 && !opts.Quick {
		if err := c.Task().Check(); err != nil {
			ps.Add(file(""), 0, "%v", err)
		}
	}
	return c, ps
}

var moduleRE = regexp.MustCompile(`(?m)^module\s+(\S+)\s*$`)

// modulePath is the module path a go.mod in the challenge's folder names.
func modulePath(fsys fs.FS, dir string) string {
	data, err := fs.ReadFile(fsys, path.Join(dir, "go.mod"))
	if err != nil {
		return ""
	}
	if m := moduleRE.FindSubmatch(data); m != nil {
		p, err := strconv.Unquote(string(m[1]))
		if err != nil {
			p = string(m[1])
		}
		return p
	}
	return ""
}

func declares(f *ast.File, name string) bool {
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == name {
			return true
		}
	}
	return false
}

// ParseSize parses sizes like 64MB, 512KB, 1GB or a plain number of bytes
// (units are powers of 1024).
func ParseSize(s string) (int64, error) {
	s = strings.TrimSpace(strings.ToUpper(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return n * mult, nil
}

// StripConstraint removes a leading //go:build line (and the blank line
// after it) from Go source.
func StripConstraint(src []byte) []byte {
	first, rest, ok := bytes.Cut(src, []byte("\n"))
	if ok && bytes.HasPrefix(bytes.TrimSpace(first), []byte("//go:build")) {
		return bytes.TrimLeft(rest, "\n")
	}
	return src
}
