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
	"slices"
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
	// ReasonCancelled: grading was interrupted (Ctrl-C) before a verdict;
	// it says nothing about the code and is not worth recording.
	ReasonCancelled Reason = "cancelled"
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
	// Unsupported is set on an error that is a limitation of Lectern's
	// interpreter (valid Go it cannot run, or runs wrongly), not a mistake
	// in the code. The Reason is then compile.
	Unsupported bool `json:"unsupported,omitempty"`
}

// TestResult is one test (Exercism v2 fields plus whether it is hidden).
type TestResult struct {
	Name    string `json:"name"`
	Status  Status `json:"status"`
	Message string `json:"message,omitempty"`
	Output  string `json:"output,omitempty"`
	Hidden  bool   `json:"hidden"`
	// Ungraded says why an error-status test has no verdict of its own:
	// NotRun (grading stopped before it) or NotGraded (the interpreter,
	// not the code, went wrong).
	Ungraded string `json:"ungraded,omitempty"`
}

// Reasons a test is ungraded.
const (
	NotRun    = "not_run"
	NotGraded = "interpreter"
)

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

// maxMessageBytes caps a verdict's own message (a crash report, say; a
// panic's message is the code's to choose).
const maxMessageBytes = 4096

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
	// Escape first: escaping can make a message longer, and the cap must
	// hold for what is finally shown.
	escapeVerdict(v)
	v.Message = capMessage(v.Message)
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
	type ran struct {
		res *sandbox.Result
		err error
	}
	done := make(chan ran, 1)
	go func() {
		var r ran
		if g.Pool != nil {
			r.res, r.err = g.Pool.Run(ctx, job)
		} else {
			r.res, r.err = sandbox.Run(ctx, job)
		}
		done <- r
	}()
	var r ran
	select {
	case r = <-done:
	case <-time.After(min(job.TimeLimit/4, 500*time.Millisecond)):
		// A grade takes milliseconds; one this slow may well stop at the
		// time limit, and then the names of the tests it never ran are
		// needed: find them meanwhile.
		expectedFor(ch).start()
		r = <-done
	}
	res, err := r.res, r.err
	if err != nil {
		if ctx.Err() != nil {
			return &Verdict{Status: Error, Reason: ReasonCancelled, Message: "grading was cancelled"}
		}
		return &Verdict{Status: Error, Reason: ReasonCrash, Message: "could not run the tests: " + err.Error()}
	}
	v := verdictFromResult(ch, prep, job, res)
	if stopped, why := stoppedEarly(res); why != "" {
		addNotRun(v, ch, expectedFor(ch).names(ctx), stopped, why)
	}
	return v
}

func compileVerdict(diags []Diagnostic) *Verdict {
	lines := make([]string, len(diags))
	anyUnsupported, unsupported := false, len(diags) > 0
	for i, d := range diags {
		lines[i] = d.String()
		anyUnsupported = anyUnsupported || d.Unsupported
		unsupported = unsupported && d.Unsupported
	}
	msg := strings.Join(lines, "\n")
	switch {
	case unsupported:
		msg += "\n(This is a limitation of Lectern's grader, not a mistake in your code.)"
	case anyUnsupported:
		msg += "\n(Some of these are limitations of Lectern's grader rather than mistakes: those that say so.)"
	}
	return &Verdict{Status: Error, Reason: ReasonCompile, Message: msg, Diagnostics: diags, Unsupported: unsupported}
}

// OversizeVerdict is the verdict for a file too large to grade, given its
// size in bytes (negative when unknown, beyond what was read).
func OversizeVerdict(ch *exercises.Challenge, name string, size int64) *Verdict {
	v := compileVerdict([]Diagnostic{{File: displayName(name), Message: tooLargeMessage(size)}})
	v.Version = 2
	v.Challenge = ch.ID
	v.Tests = []TestResult{}
	escapeVerdict(v) // the file name is the learner's
	return v
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
	var fault, faultTest, faultMsg string
	for _, tr := range res.Tests {
		// A test with subtests is reported through its subtests, unless it
		// failed on its own account.
		if tr.Subtests && tr.Message == "" && tr.Status != sandbox.StatusError {
			continue
		}
		if tr.Status == sandbox.StatusSkip {
			continue
		}
		t := TestResult{Name: tr.Name, Status: Status(tr.Status), Output: truncateOutput(tr.Output), Hidden: ch.IsHidden(tr.Name)}
		if tr.Status != sandbox.StatusPass {
			t.Message = clean(tr.Message)
		}
		if tr.Fault != "" {
			// Never a failure: the interpreter, not the code, went wrong.
			if fault == "" {
				fault, faultTest, faultMsg = tr.Fault, tr.Name, t.Message
			}
			t.Status, t.Ungraded = Error, NotGraded
			t.Message = notGradedPrefix + "Lectern's interpreter mishandled " + tr.Fault + " (a limitation of Lectern, not a mistake in your code)\n" + t.Message
		}
		v.Tests = append(v.Tests, t)
	}
	limit := job.TimeLimit
	switch res.Outcome {
	case sandbox.Completed:
		if fault != "" {
			// The interpreter failed on some tests; if the code failed
			// others on its own, those failures are the verdict (the
			// ungraded tests say why they were not graded).
			if !slices.ContainsFunc(v.Tests, func(t TestResult) bool { return t.Status == Fail }) {
				unsupportedVerdict(v, fault, "while running "+faultTest, faultMsg)
				return v
			}
			v.Status = Fail
			return v
		}
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
		switch {
		case res.Fault != "":
			unsupportedVerdict(v, res.Fault, "while loading your code", clean(res.Message))
		case res.LoadStatus == "panic":
			v.Reason = ReasonCrash
			v.Message = "your code panicked while the package was being initialised (in init or a package-level variable):\n" + clean(res.Message)
		default:
			v.Reason = ReasonCompile
			v.Unsupported = true
			v.Message = "Lectern's Go interpreter could not run this code, although the Go type checker accepts it. " +
				"This is a limitation of the grader, not necessarily a mistake in your code; try writing it more simply.\n" + stripImportPrefix(clean(res.Message))
		}
		return v
	case sandbox.OutputLimit:
		// The tests that ran keep their results; the one that printed too
		// much is an error (addNotRun lists the rest).
		v.Status = Fail
		if res.Running != "" {
			v.Tests = append(v.Tests, TestResult{Name: res.Running, Status: Error, Message: res.Message,
				Output: truncateOutput(res.Output), Hidden: ch.IsHidden(res.Running)})
		} else {
			v.Status = Error
			v.Reason = ReasonCrash
			v.Message = res.Message + " while loading your code (in init or a package-level variable)"
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
		detail := panicFirst(clean(res.Message))
		if res.Fault != "" {
			unsupportedVerdict(v, res.Fault, where, detail)
			testMsg = "not graded: Lectern's interpreter mishandled " + res.Fault + " (a limitation of Lectern, not a mistake in your code)"
			break
		}
		v.Reason = ReasonCrash
		v.Message = fmt.Sprintf("your code crashed the test process %s:\n%s", where, detail)
		if strings.HasPrefix(detail, "panic: ") {
			v.Message += "\nA panic inside a goroutine cannot be recovered by the tests; it stops the whole program."
		}
		testMsg = "crashed: " + firstLine(detail)
	}
	if running != "" {
		v.Tests = append(v.Tests, TestResult{Name: running, Status: Error, Message: testMsg, Hidden: ch.IsHidden(running)})
	}
	return v
}

// unsupportedVerdict turns v into the error that says the interpreter,
// not the code, went wrong: it names the construct, where, and a way
// around it.
func unsupportedVerdict(v *Verdict, construct, where, detail string) {
	v.Status = Error
	v.Reason = ReasonCompile
	v.Unsupported = true
	v.Message = fmt.Sprintf("Lectern's interpreter mishandled %s %s. This is a limitation of Lectern's interpreter, not a mistake in your code (go test would run it).", construct, where)
	if tip := faultTip(construct); tip != "" {
		v.Message += " " + tip
	}
	if detail != "" {
		v.Message += "\n" + detail
	}
}

// faultTip suggests a way around what the interpreter gets wrong.
func faultTip(construct string) string {
	switch {
	case strings.Contains(construct, "errors.As"):
		return "Until it can, check for your error with errors.Is and a sentinel error made with errors.New (var ErrX = errors.New(\"...\"))."
	case strings.Contains(construct, "%w"):
		return "Until it can, wrap an error made with errors.New, or format the value with %v."
	case strings.Contains(construct, "error"):
		return "Until it can, give the Error method a pointer receiver (func (e *T) Error() string) and use &T{...}."
	}
	return "Until it can, please write that part another way."
}

// stoppedEarly says where and why the worker stopped before every test
// ran ("" when it did not).
func stoppedEarly(res *sandbox.Result) (at, why string) {
	switch res.Outcome {
	case sandbox.Timeout:
		why = "time limit exceeded"
	case sandbox.Memory:
		why = "memory limit exceeded"
	case sandbox.Crashed:
		why = "crashed"
		if res.Fault != "" {
			why = "the interpreter failed"
		}
	case sandbox.OutputLimit:
		why = "output limit exceeded"
	default:
		return "", ""
	}
	return res.Running, why
}

// notRunPrefix starts the message of a test that never ran.
const (
	notRunPrefix    = "not run: "
	notGradedPrefix = "not graded: "
)

// addNotRun lists every expected test that has no result as an error, so
// the learner sees (and the total counts) the tests that never ran.
func addNotRun(v *Verdict, ch *exercises.Challenge, expected []string, stopped, why string) {
	have := map[string]bool{}
	for _, t := range v.Tests {
		have[t.Name] = true
	}
	where := "while loading your code"
	if stopped != "" {
		where = "at " + stopped
	}
	for _, name := range expected {
		if !have[name] {
			v.Tests = append(v.Tests, TestResult{Name: name, Status: Error, Hidden: ch.IsHidden(name), Ungraded: NotRun,
				Message: fmt.Sprintf(notRunPrefix+"grading stopped %s (%s)", where, why)})
		}
	}
}

// expected holds the names of every test a full grade of a challenge
// reports, in order, as the reference solution produces them (the subtests
// of a table-driven test exist only once it runs). They are found by
// grading the reference, once per process and only when some grade is
// slow or stopped early.
type expected struct {
	ch   *exercises.Challenge
	once sync.Once
	done chan struct{}
	list []string // nil if the reference could not be graded
}

// expectedByChallenge caches, per challenge (by identity: a reloaded
// challenge with the same id may have other tests), the reference's names.
var expectedByChallenge sync.Map // *exercises.Challenge -> *expected

func expectedFor(ch *exercises.Challenge) *expected {
	e, _ := expectedByChallenge.LoadOrStore(ch, &expected{ch: ch, done: make(chan struct{})})
	return e.(*expected)
}

// start grades the reference in the background, the first time.
func (e *expected) start() {
	e.once.Do(func() {
		go func() {
			defer close(e.done)
			e.list = referenceTests(e.ch)
		}()
	})
}

// names returns the test names (nil if unknown or ctx ends first).
func (e *expected) names(ctx context.Context) []string {
	e.start()
	select {
	case <-e.done:
		if e.list == nil {
			// A passing failure (a worker that could not start, a loaded
			// machine) must not stick for the rest of a long session.
			expectedByChallenge.CompareAndDelete(e.ch, e)
		}
		return e.list
	case <-ctx.Done():
		return nil
	}
}

func referenceTests(ch *exercises.Challenge) []string {
	prep, diags := Precheck(ch, "solution.go", ch.Solution)
	if len(diags) > 0 {
		return nil
	}
	job, err := buildJob(ch, prep)
	if err != nil {
		return nil
	}
	// Its own time limit bounds it; a cancelled grade need not wait for it.
	res, err := sandbox.Run(context.Background(), job)
	if err != nil || res.Outcome != sandbox.Completed {
		return nil
	}
	var names []string
	for _, t := range verdictFromResult(ch, prep, job, res).Tests {
		names = append(names, t.Name)
	}
	return names
}

// truncateOutput keeps maxOutput bytes of a test's output, cut between
// characters.
func truncateOutput(out string) string {
	if len(out) <= maxOutput {
		return out
	}
	return sandbox.TruncateUTF8(out, maxOutput) + fmt.Sprintf("\n[output truncated: %d bytes in all]", len(out))
}

// capMessage keeps maxMessageBytes of a message, cut between characters.
func capMessage(s string) string {
	if len(s) <= maxMessageBytes {
		return s
	}
	cut := sandbox.TruncateUTF8(s, maxMessageBytes-len("…"))
	// Don't leave half of an escape such as \x1b or \u202e at the end.
	if i := strings.LastIndexByte(cut, '\\'); i >= 0 && len(cut)-i < len(`\u202e`) {
		cut = cut[:i]
	}
	return cut + "…"
}

// importPrefix is how the interpreter introduces an error in an imported
// package: the test file's import of the learner's package, which means
// nothing to the learner.
var importPrefix = regexp.MustCompile(`(?m)^\S+_test\.go:\d+:\d+: import "[^"]*" error: `)

func stripImportPrefix(s string) string { return importPrefix.ReplaceAllString(s, "") }

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
