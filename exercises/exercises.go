// Package exercises holds Lectern's coding challenges as plain files and
// loads them. Each challenge is one folder that is also a real Go package,
// so `go test ./exercises/...` runs its tests against the reference
// solution natively:
//
//	exercises/<id>/
//	  exercise.yaml     metadata: id, lesson, title, functions, limits, imports, hints
//	  prompt.md         the statement shown to the learner
//	  solution.go       reference solution   (//go:build !lectern_starter)
//	  starter.go        the learner's start  (//go:build lectern_starter)
//	  example_test.go   tests the learner can see   (package <pkg>_test)
//	  hidden_test.go    tests the learner cannot see (package <pkg>_test)
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

	"github.com/lectern-dev/lectern/grader/stdlib"
	"github.com/lectern-dev/lectern/internal/yamlx"
)

//go:embed */exercise.yaml */prompt.md */*.go
var embedded embed.FS

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
	ID          string
	Lesson      string
	Title       string
	Functions   []Function
	TimeLimit   time.Duration
	MemoryLimit int64 // bytes of heap the learner's code may use
	OutputLimit int   // bytes of output the learner's code may print
	Imports     []string
	Hints       []string

	Prompt      string
	PackageName string // the package clause of the solution, e.g. costcalculator
	ImportPath  string // e.g. github.com/lectern-dev/lectern/exercises/cost-calculator
	Starter     []byte // starter.go without its build constraint: the learner's first file
	Solution    []byte // solution.go without its build constraint
	Tests       []TestFile
}

// Function is a function the learner must write.
type Function struct {
	Name      string
	Signature string // "func Name(a int, b float64) float64"
}

// TestFile is one test file of a challenge.
type TestFile struct {
	Name   string // example_test.go
	Source []byte
	Hidden bool
	Tests  []string // the TestXxx functions it declares, in order
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

var (
	loadOnce sync.Once
	loaded   []*Challenge
	loadErr  error
)

// All returns the built-in challenges, sorted by id.
func All() ([]*Challenge, error) {
	loadOnce.Do(func() { loaded, loadErr = Load(embedded) })
	return loaded, loadErr
}

// IDs returns the ids of the built-in challenges.
func IDs() []string {
	all, _ := All()
	ids := make([]string, len(all))
	for i, c := range all {
		ids[i] = c.ID
	}
	return ids
}

// ErrUnknown is returned (wrapped) by Get for an id that is not a challenge.
var ErrUnknown = errors.New("unknown challenge")

// Get returns the built-in challenge with that id.
func Get(id string) (*Challenge, error) {
	all, err := All()
	if err != nil {
		return nil, err
	}
	for _, c := range all {
		if c.ID == id {
			return c, nil
		}
	}
	return nil, fmt.Errorf("%w %q (known: %s)", ErrUnknown, id, strings.Join(IDs(), ", "))
}

// Load reads every challenge folder at the top of fsys. All problems are
// returned together, one "file:line: message" per line.
func Load(fsys fs.FS) ([]*Challenge, error) {
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
		c, p := loadOne(fsys, e.Name())
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

func loadOne(fsys fs.FS, dir string) (*Challenge, yamlx.Problems) {
	var ps yamlx.Problems
	file := func(name string) string { return path.Join(dir, name) }
	read := func(name string) []byte {
		data, err := fs.ReadFile(fsys, file(name))
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
	c := &Challenge{ID: m.ID, Lesson: m.Lesson, Title: strings.TrimSpace(m.Title)}
	c.ImportPath = ModulePath + "/" + dir

	switch {
	case m.ID == "":
		ps.Add(metaName, doc.Line(), "missing id")
	case !idRE.MatchString(m.ID):
		ps.Add(metaName, doc.Line("id"), "id %q: use lower-case letters, digits and dashes", m.ID)
	case m.ID != dir:
		ps.Add(metaName, doc.Line("id"), "id %q must match the folder name %q", m.ID, dir)
	}
	if m.Lesson == "" {
		ps.Add(metaName, doc.Line(), "missing lesson (the id of the lesson this challenge belongs to)")
	}
	if c.Title == "" {
		ps.Add(metaName, doc.Line(), "missing title")
	}

	if len(m.Functions) == 0 {
		ps.Add(metaName, doc.Line("functions"), "functions: list at least one function the learner writes")
	}
	for i, f := range m.Functions {
		line := doc.Line("functions", i)
		if !identRE.MatchString(f.Name) {
			ps.Add(metaName, line, "functions[%d]: name %q must be an exported Go identifier", i, f.Name)
			continue
		}
		if err := checkSignature(f.Name, f.Signature); err != nil {
			ps.Add(metaName, doc.Line("functions", i, "signature"), "functions[%d]: %v", i, err)
			continue
		}
		c.Functions = append(c.Functions, Function{Name: f.Name, Signature: strings.TrimSpace(f.Signature)})
	}

	c.TimeLimit = 2 * time.Second
	if m.TimeLimit != "" {
		d, err := time.ParseDuration(m.TimeLimit)
		if err != nil || d < 100*time.Millisecond || d > 30*time.Second {
			ps.Add(metaName, doc.Line("time_limit"), "time_limit %q: want a duration between 100ms and 30s, like 2s", m.TimeLimit)
		} else {
			c.TimeLimit = d
		}
	}
	c.MemoryLimit = 64 << 20
	if m.MemoryLimit != "" {
		n, err := ParseSize(m.MemoryLimit)
		if err != nil || n < 16<<20 || n > 1<<30 {
			ps.Add(metaName, doc.Line("memory_limit"), "memory_limit %q: want a size between 16MB and 1GB, like 64MB", m.MemoryLimit)
		} else {
			c.MemoryLimit = n
		}
	}
	c.OutputLimit = 64 << 10
	if m.OutputLimit != "" {
		n, err := ParseSize(m.OutputLimit)
		if err != nil || n < 1<<10 || n > 16<<20 {
			ps.Add(metaName, doc.Line("output_limit"), "output_limit %q: want a size between 1KB and 16MB, like 64KB", m.OutputLimit)
		} else {
			c.OutputLimit = int(n)
		}
	}
	for i, imp := range m.Imports {
		if !stdlib.Supported(imp) {
			ps.Add(metaName, doc.Line("imports", i), "imports: %q is not a package the grader supports (supported: %s)",
				imp, strings.Join(stdlib.Packages(), ", "))
			continue
		}
		c.Imports = append(c.Imports, imp)
	}
	if len(m.Hints) == 0 {
		ps.Add(metaName, doc.Line("hints"), "hints: give at least one hint, from a nudge to nearly the answer")
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
	goFile := func(name, constraint string) (src []byte, f *ast.File) {
		data := read(name)
		if data == nil {
			return nil, nil
		}
		f, err := parser.ParseFile(fset, file(name), data, parser.ParseComments)
		if err != nil {
			ps.Add(file(name), 0, "%v", err)
			return nil, nil
		}
		if constraint == "" {
			return data, f
		}
		first, rest, _ := bytes.Cut(data, []byte("\n"))
		if strings.TrimSpace(string(first)) != constraint {
			ps.Add(file(name), 1, "the first line must be %q", constraint)
			return nil, nil
		}
		return bytes.TrimLeft(rest, "\n"), f
	}
	var solF, startF *ast.File
	c.Solution, solF = goFile("solution.go", solutionConstr)
	c.Starter, startF = goFile("starter.go", starterConstraint)
	if solF != nil {
		c.PackageName = solF.Name.Name
		for _, fn := range c.Functions {
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
			if !declares(startF, fn.Name) {
				ps.Add(file("starter.go"), 0, "the starter does not declare %s (it must compile)", fn.Name)
			}
		}
	}
	for _, tf := range []struct {
		name   string
		hidden bool
	}{{"example_test.go", false}, {"hidden_test.go", true}} {
		src, f := goFile(tf.name, "")
		if f == nil {
			continue
		}
		if c.PackageName != "" && f.Name.Name != c.PackageName+"_test" {
			ps.Add(file(tf.name), fset.Position(f.Name.Pos()).Line,
				"package %s: test files are external tests, package %s_test", f.Name.Name, c.PackageName)
		}
		t := TestFile{Name: tf.name, Source: src, Hidden: tf.hidden}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && strings.HasPrefix(fd.Name.Name, "Test") {
				t.Tests = append(t.Tests, fd.Name.Name)
			}
		}
		if len(t.Tests) == 0 {
			ps.Add(file(tf.name), 0, "declares no TestXxx function")
		}
		c.Tests = append(c.Tests, t)
	}
	return c, ps
}

func declares(f *ast.File, name string) bool {
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == name {
			return true
		}
	}
	return false
}

// checkSignature makes sure sig is "func Name(...) ..." for a plain function.
func checkSignature(name, sig string) error {
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
	return nil
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
