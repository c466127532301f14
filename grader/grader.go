// Package grader grades a learner's Go file against a challenge's tests.
//
// Grading has two stages. In the host, Precheck parses and type-checks the
// file with go/types (against embedded export data, so no Go toolchain is
// needed), enforces the challenge's import allow-list and the required
// signatures, and rewrites modern Go the interpreter mishandles. Only then
// is the code run, in a sandbox worker process (package sandbox), together
// with the challenge's example and hidden tests.
//
// The result is a Verdict that follows the Exercism test-runner interface,
// version 2, plus the challenge id, an error reason and the duration.
package grader

import (
	"context"
	"fmt"
	"go/parser"
	"go/token"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/lectern-dev/lectern/exercises"
	"github.com/lectern-dev/lectern/grader/sandbox"
	"github.com/lectern-dev/lectern/grader/stdlib"
)

// RunWorkerIfRequested turns this process into a grading worker when it
// was started as one. Call it first thing in main and in TestMain.
func RunWorkerIfRequested() { sandbox.RunWorkerIfRequested() }

// Status is the overall or per-test status.
type Status string

// Statuses (Exercism v2).
const (
	Pass  Status = "pass"
	Fail  Status = "fail"
	Error Status = "error"
)

// Reason says why a verdict is an error.
type Reason string

// Reasons.
const (
	ReasonCompile Reason = "compile"
	ReasonTimeout Reason = "timeout"
	ReasonMemory  Reason = "memory"
	ReasonCrash   Reason = "crash"
)

// Verdict is the result of grading one file.
type Verdict struct {
	Version     int          `json:"version"`
	Status      Status       `json:"status"`
	Message     string       `json:"message,omitempty"`
	Tests       []TestResult `json:"tests"`
	Challenge   string       `json:"challenge"`
	Reason      Reason       `json:"reason,omitempty"`
	DurationMs  float64      `json:"duration_ms"`
	Diagnostics []Diagnostic `json:"diagnostics,omitempty"`
}

// TestResult is one test (Exercism v2 fields plus whether it is hidden).
type TestResult struct {
	Name    string `json:"name"`
	Status  Status `json:"status"`
	Message string `json:"message,omitempty"`
	Output  string `json:"output,omitempty"`
	Hidden  bool   `json:"hidden"`
}

// Passed counts the tests that passed.
func (v *Verdict) Passed() int {
	n := 0
	for _, t := range v.Tests {
		if t.Status == Pass {
			n++
		}
	}
	return n
}

// Total is the number of tests reported.
func (v *Verdict) Total() int { return len(v.Tests) }

// maxOutput is how much of a test's output a verdict keeps (Exercism's
// interface asks for 500 characters).
const maxOutput = 500

// Grader grades files. The zero value starts a fresh worker per grade; a
// Grader with a Pool (see NewWarm) keeps a worker waiting, for the TUI.
type Grader struct {
	Pool *sandbox.Pool
}

// NewWarm returns a Grader that keeps a worker started ahead of time.
// Close it when done.
func NewWarm() *Grader {
	p := sandbox.NewPool("")
	_ = p.Warm()
	return &Grader{Pool: p}
}

// Close stops the waiting worker, if any.
func (g *Grader) Close() {
	if g.Pool != nil {
		g.Pool.Close()
	}
}

// Grade grades with a fresh worker.
func Grade(ctx context.Context, ch *exercises.Challenge, name string, src []byte) *Verdict {
	return (&Grader{}).Grade(ctx, ch, name, src)
}

// Grade grades the learner's file (name is used in messages) against every
// test of the challenge. It always returns a verdict.
func (g *Grader) Grade(ctx context.Context, ch *exercises.Challenge, name string, src []byte) *Verdict {
	start := time.Now()
	v := g.grade(ctx, ch, name, src)
	v.Version = 2
	v.Challenge = ch.ID
	if v.Tests == nil {
		v.Tests = []TestResult{}
	}
	v.DurationMs = math.Round(float64(time.Since(start).Microseconds())/100) / 10
	return v
}

func (g *Grader) grade(ctx context.Context, ch *exercises.Challenge, name string, src []byte) *Verdict {
	prep, diags := Precheck(ch, name, src)
	if len(diags) > 0 {
		return compileVerdict(diags)
	}
	job, err := buildJob(ch, prep)
	if err != nil {
		return &Verdict{Status: Error, Reason: ReasonCrash, Message: "internal error: " + err.Error()}
	}
	var res *sandbox.Result
	if g.Pool != nil {
		res, err = g.Pool.Run(ctx, job)
	} else {
		res, err = sandbox.Run(ctx, job)
	}
	if err != nil {
		if ctx.Err() != nil {
			return &Verdict{Status: Error, Reason: ReasonCrash, Message: "grading was cancelled"}
		}
		return &Verdict{Status: Error, Reason: ReasonCrash, Message: "could not run the tests: " + err.Error()}
	}
	return verdictFromResult(ch, prep, job, res)
}

func compileVerdict(diags []Diagnostic) *Verdict {
	lines := make([]string, len(diags))
	unsupported := false
	for i, d := range diags {
		lines[i] = d.String()
		unsupported = unsupported || d.Unsupported
	}
	msg := strings.Join(lines, "\n")
	if unsupported {
		msg += "\n(This is a limitation of Lectern's grader, not a mistake in your code.)"
	}
	return &Verdict{Status: Error, Reason: ReasonCompile, Message: msg, Diagnostics: diags}
}

// sandboxName is the learner file's name inside the sandbox: its own name
// when that is an ordinary Go file name, so interpreter messages match.
func sandboxName(name string) string {
	if ok, _ := regexp.MatchString(`^[A-Za-z0-9][A-Za-z0-9_.-]*\.go$`, name); ok && !strings.HasSuffix(name, "_test.go") {
		return name
	}
	return "solution.go"
}

var testImports sync.Map // challenge id -> []string

// packagesFor returns the standard-library packages the sandbox must offer:
// the challenge's allow-list plus what its test files import.
func packagesFor(ch *exercises.Challenge) ([]string, error) {
	if v, ok := testImports.Load(ch.ID); ok {
		return v.([]string), nil
	}
	pkgs := append([]string(nil), ch.Imports...)
	seen := map[string]bool{}
	for _, p := range pkgs {
		seen[p] = true
	}
	for _, tf := range ch.Tests {
		f, err := parser.ParseFile(token.NewFileSet(), tf.Name, tf.Source, parser.ImportsOnly)
		if err != nil {
			return nil, err
		}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if !seen[p] && stdlib.Supported(p) {
				seen[p] = true
				pkgs = append(pkgs, p)
			}
		}
	}
	testImports.Store(ch.ID, pkgs)
	return pkgs, nil
}

func buildJob(ch *exercises.Challenge, prep *Prepared) (sandbox.Job, error) {
	pkgs, err := packagesFor(ch)
	if err != nil {
		return sandbox.Job{}, err
	}
	job := sandbox.Job{
		Kind:        sandbox.KindTests,
		Files:       map[string]string{"src/" + ch.ImportPath + "/" + sandboxName(prep.Name): prep.Source},
		Packages:    pkgs,
		Package:     ch.PackageName + "_test",
		Tests:       ch.TestNames(),
		TimeLimit:   ch.TimeLimit,
		MemoryLimit: ch.MemoryLimit,
		OutputLimit: ch.OutputLimit,
	}
	for _, tf := range ch.Tests {
		p := "test/" + tf.Name
		job.Files[p] = string(tf.Source)
		job.Eval = append(job.Eval, p)
	}
	return job, nil
}

func verdictFromResult(ch *exercises.Challenge, prep *Prepared, job sandbox.Job, res *sandbox.Result) *Verdict {
	clean := cleaner(ch, prep)
	v := &Verdict{}
	for _, tr := range res.Tests {
		// A test with subtests is reported through its subtests, unless it
		// failed on its own account.
		if tr.Subtests && tr.Message == "" && tr.Status != sandbox.StatusError {
			continue
		}
		if tr.Status == sandbox.StatusSkip {
			continue
		}
		out := tr.Output
		if len(out) > maxOutput {
			out = out[:maxOutput] + fmt.Sprintf("\n[output truncated: %d bytes in all]", len(tr.Output))
		}
		t := TestResult{Name: tr.Name, Status: Status(tr.Status), Output: out, Hidden: ch.IsHidden(tr.Name)}
		if tr.Status != sandbox.StatusPass {
			t.Message = clean(tr.Message)
		}
		v.Tests = append(v.Tests, t)
	}
	limit := job.TimeLimit
	switch res.Outcome {
	case sandbox.Completed:
		v.Status = Pass
		for _, t := range v.Tests {
			if t.Status != Pass {
				v.Status = Fail
			}
		}
		if len(v.Tests) == 0 {
			v.Status = Error
			v.Reason = ReasonCrash
			v.Message = "no tests ran"
		}
		return v
	case sandbox.LoadFailed:
		v.Status = Error
		if res.LoadStatus == "panic" {
			v.Reason = ReasonCrash
			v.Message = "your code panicked while the package was being initialised (in init or a package-level variable):\n" + clean(res.Message)
		} else {
			v.Reason = ReasonCompile
			v.Message = "Lectern's Go interpreter could not run this code, although the Go type checker accepts it. " +
				"This is a limitation of the grader, not necessarily a mistake in your code; try writing it more simply.\n" + clean(res.Message)
		}
		return v
	}
	running := res.Running
	where := "while loading your code"
	if running != "" {
		where = "while running " + running
	}
	v.Status = Error
	var testMsg string
	switch res.Outcome {
	case sandbox.Timeout:
		v.Reason = ReasonTimeout
		v.Message = fmt.Sprintf("time limit exceeded: stopped after %s %s. Look for a loop that never ends (or one that runs far too many times).",
			limit, where)
		testMsg = fmt.Sprintf("did not finish within the time limit (%s)", limit)
	case sandbox.Memory:
		v.Reason = ReasonMemory
		v.Message = fmt.Sprintf("memory limit exceeded %s: the program tried to use more than %s. Look for a slice or map that keeps growing, a huge make(...), or a recursion that never stops.",
			where, sizeString(int(job.MemoryLimit)))
		testMsg = "exceeded the memory limit"
	default:
		v.Reason = ReasonCrash
		detail := panicFirst(clean(res.Message))
		v.Message = fmt.Sprintf("your code crashed the test process %s:\n%s", where, detail)
		if strings.Contains(res.Stderr, "goroutine") && strings.Contains(detail, "panic") {
			v.Message += "\nA panic inside a goroutine cannot be recovered by the tests; it stops the whole program."
		}
		testMsg = "crashed: " + firstLine(detail)
	}
	if running != "" {
		v.Tests = append(v.Tests, TestResult{Name: running, Status: Error, Message: testMsg, Hidden: ch.IsHidden(running)})
	}
	return v
}

// panicFirst moves the runtime's "panic: ..." / "fatal error: ..." lines
// before the interpreter's "in function" lines.
func panicFirst(s string) string {
	var head, tail []string
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, "panic: ") || strings.HasPrefix(l, "fatal error: ") {
			head = append(head, l)
		} else {
			tail = append(tail, l)
		}
	}
	return strings.Join(append(head, tail...), "\n")
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// cleaner returns a function that rewrites sandbox paths and package paths
// in messages into what the learner knows, and keeps only the interpreter's
// position lines that point into the learner's file.
func cleaner(ch *exercises.Challenge, prep *Prepared) func(string) string {
	box := sandboxName(prep.Name)
	r := strings.NewReplacer(
		"src/"+ch.ImportPath+"/"+box, prep.Name,
		"test/", "",
		ch.ImportPath+".", ch.PackageName+".",
		ch.ImportPath, ch.PackageName,
	)
	return func(msg string) string {
		var out []string
		for _, line := range strings.Split(msg, "\n") {
			trimmed := strings.TrimSpace(line)
			// yaegi's per-frame lines: "file:l:c: panic: pkg.Func(...)".
			if strings.Contains(trimmed, ": panic: ") && strings.HasSuffix(trimmed, "(...)") {
				if !strings.HasPrefix(trimmed, "src/"+ch.ImportPath+"/"+box) {
					continue
				}
				// yaegi v0.16.1 reports the position of the function's first
				// statement, not of the panicking one, so keep only the name.
				_, fn, _ := strings.Cut(trimmed, ": panic: ")
				line = "    in " + r.Replace(strings.TrimSuffix(fn, "(...)")) + " (" + prep.Name + ")"
			} else {
				line = r.Replace(line)
			}
			out = append(out, line)
		}
		return strings.Join(out, "\n")
	}
}
