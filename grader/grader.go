// Package grader grades a learner's Go file against a challenge's tests,
// giving the verdict go test would give, without a Go toolchain.
//
// Everything happens in a sandbox worker process (package sandbox): the
// pre-check (parse, type-check against embedded export data, go test's vet
// checks, the import allow-list and required signatures), the rewrites
// that make the interpreter run modern Go with Go's semantics, then the
// tests, run by the embedded interpreter. The host only sends the job and
// reads the results, so no input can exhaust its memory or time.
//
// The grader knows nothing of lessons or challenge folders: whoever loads
// a challenge describes it as a Task. The result is a Verdict that follows
// the Exercism test-runner interface, version 2, plus the challenge id, an
// error reason and the duration.
package grader

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/lectern-dev/lectern/grader/sandbox"
)

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
func Grade(ctx context.Context, t *Task, name string, src []byte) *Verdict {
	return (&Grader{}).Grade(ctx, t, name, src)
}

// Grade grades the learner's file (name is used in messages) against every
// test of the task. It always returns a verdict.
func (g *Grader) Grade(ctx context.Context, t *Task, name string, src []byte) *Verdict {
	start := time.Now()
	var v *Verdict
	if len(src) > MaxSourceBytes {
		v = compileVerdict([]Diagnostic{{File: displayName(name), Message: tooLargeMessage(int64(len(src)))}})
	} else {
		v = g.grade(ctx, t, name, src, true)
	}
	v.Version = 2
	v.Challenge = t.ID
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

// job is the sandbox job that grades src. The pre-check runs here when
// that is safe (see hostSafe): its problems are then the answer, with no
// worker involved, and the job is the checked program. Else it runs in
// the worker, first thing.
func job(t *Task, name string, src []byte, lines bool, limit time.Duration) (sandbox.Job, []Diagnostic, error) {
	j := sandbox.Job{TimeLimit: limit, MemoryLimit: t.memoryLimit(), OutputLimit: t.outputLimit()}
	if hostSafe(src) {
		p, diags := precheck(t, name, src, lines)
		if len(diags) > 0 {
			return j, diags, nil
		}
		p.program(&j)
		return j, nil, nil
	}
	payload, err := json.Marshal(prepareRequest{Task: t, Name: name, Source: src, Lines: lines})
	if err != nil {
		return sandbox.Job{}, nil, err
	}
	j.Prepare = payload
	return j, nil, nil
}

// grade grades src within the task's time limit. When that is the
// automatic one (no TimeLimit) and the code runs out of it, the
// reference's time decides: the interpreter runs Go tens of times slower
// than compiled code, so a limit too short for the reference says nothing
// about the learner's code, which is graded again with four times the
// reference's time (up to MaxTimeLimit). A timeout says how long the
// reference takes.
func (g *Grader) grade(ctx context.Context, t *Task, name string, src []byte, withExpected bool) *Verdict {
	limit := t.timeLimit()
	v := g.gradeWithin(ctx, t, name, src, withExpected, limit)
	if v.Reason == ReasonMemory && ctx.Err() == nil {
		// Once, this verdict was seen for a correct solution on a machine
		// loaded by other work and never again (dozens of runs, loaded or
		// not): the memory verdict is given again only when a second run
		// hits the ceiling too. Code that does fills its memory in moments.
		if again := g.gradeWithin(ctx, t, name, src, withExpected, limit); again.Reason != ReasonMemory {
			v = again // (a timeout then goes on as any timeout)
		}
	}
	if v.Reason != ReasonTimeout || !withExpected || len(t.Reference) == 0 {
		return v
	}
	e := expectedFor(t)
	e.names(ctx)
	if e.took <= 0 {
		return v
	}
	if t.TimeLimit == 0 {
		if longer := min(4*e.took+time.Second, MaxTimeLimit); longer > limit {
			v = g.gradeWithin(ctx, t, name, src, withExpected, longer)
			if v.Reason != ReasonTimeout {
				return v
			}
		}
	}
	v.Message += fmt.Sprintf(" (The reference solution takes %s in Lectern's interpreter.)", e.took.Round(time.Millisecond))
	return v
}

// gradeWithin grades src within limit; withExpected says whether to find
// the names of the tests a run that stops early did not reach (by grading
// the reference: not while grading the reference itself).
func (g *Grader) gradeWithin(ctx context.Context, t *Task, name string, src []byte, withExpected bool, limit time.Duration) *Verdict {
	l, err := t.layout()
	if err != nil {
		return &Verdict{Status: Error, Reason: ReasonCrash, Message: "this challenge is broken (not your fault): " + err.Error()}
	}
	name = displayName(name)
	j, diags, err := job(t, name, src, false, limit)
	if err != nil {
		return &Verdict{Status: Error, Reason: ReasonCrash, Message: "internal error: " + err.Error()}
	}
	if len(diags) > 0 {
		return compileVerdict(diags)
	}
	type ran struct {
		res *sandbox.Result
		err error
	}
	done := make(chan ran, 1)
	go func() {
		var r ran
		if g.Pool != nil {
			r.res, r.err = g.Pool.Run(ctx, j)
		} else {
			r.res, r.err = sandbox.Run(ctx, j)
		}
		done <- r
	}()
	var r ran
	select {
	case r = <-done:
	case <-time.After(min(limit/4, 500*time.Millisecond)):
		// A grade takes milliseconds; one this slow may well stop at the
		// time limit, and then the names of the tests it never ran are
		// needed: find them meanwhile.
		if withExpected {
			expectedFor(t).start()
		}
		r = <-done
	}
	res, err := r.res, r.err
	if err != nil {
		if ctx.Err() != nil {
			return &Verdict{Status: Error, Reason: ReasonCancelled, Message: "grading was cancelled"}
		}
		return &Verdict{Status: Error, Reason: ReasonCrash, Message: "could not run the tests: " + err.Error()}
	}
	if res.Outcome == sandbox.Rejected {
		var rej rejection
		if err := json.Unmarshal(res.Rejection, &rej); err != nil || len(rej.Diagnostics) == 0 {
			return &Verdict{Status: Error, Reason: ReasonCrash, Message: "internal error: an unreadable answer from the pre-check"}
		}
		return compileVerdict(rej.Diagnostics)
	}
	run := &gradeRun{task: t.built(), layout: l, name: name, box: l.sandboxName(name, t.built()), limit: limit}
	v := run.verdict(res)
	if panicked(res) && ctx.Err() == nil {
		// The code panicked: run it again with its statements recording
		// their lines, for the place of each panic (the first run goes
		// without: recording slows tight loops down threefold).
		if j2, diags, err := job(t, name, src, true, limit); err == nil && len(diags) == 0 {
			if res2, err := sandbox.Run(ctx, j2); err == nil && res2.Outcome == res.Outcome {
				placePanics(v, run.verdict(res2))
			}
		}
	}
	if stopped, why := stoppedEarly(res); why != "" {
		var names []string
		if withExpected {
			names = expectedFor(t).names(ctx)
		}
		addNotRun(v, run, names, stopped, why)
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
func OversizeVerdict(t *Task, name string, size int64) *Verdict {
	v := compileVerdict([]Diagnostic{{File: displayName(name), Message: tooLargeMessage(size)}})
	v.Version = 2
	v.Challenge = t.ID
	v.Tests = []TestResult{}
	escapeVerdict(v) // the file name is the learner's
	return v
}

// gradeRun is what the host knows of one grading: enough to turn the
// worker's report into a verdict in the learner's terms.
type gradeRun struct {
	task   *Task
	layout *layout
	name   string // the learner's file, as shown
	box    string // its name in the sandbox
	limit  time.Duration
}

// hidden reports whether a test (or subtest) comes from a hidden file.
func (g *gradeRun) hidden(testName string) bool {
	top, _, _ := strings.Cut(testName, "/")
	for _, f := range g.layout.funcs {
		if f.Name == top {
			for _, tf := range g.task.Tests {
				if tf.Name == f.File {
					return tf.Hidden
				}
			}
		}
	}
	return false
}

func (g *gradeRun) verdict(res *sandbox.Result) *Verdict {
	clean := g.cleaner()
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
		t := TestResult{Name: tr.Name, Status: Status(tr.Status), Output: truncateOutput(tr.Output, tr.Printed), Hidden: g.hidden(tr.Name)}
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
	limit := g.limit
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
		if len(v.Tests) == 0 && g.layout.runnable() {
			v.Status = Error
			v.Reason = ReasonCrash
			v.Message = "no tests ran"
		} else if len(v.Tests) == 0 {
			// As go test: a package without tests passes, "[no tests to
			// run]" (Exercism's counter has none of its own).
			v.Message = "no tests to run"
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
	}
	running := res.Running
	where := "while loading your code"
	switch {
	case !res.Prepared:
		where = "while checking your code"
	case running != "":
		where = "while running " + running
	}
	v.Status = Error
	var testMsg string
	switch res.Outcome {
	case sandbox.Timeout:
		v.Reason = ReasonTimeout
		v.Message = fmt.Sprintf("time limit exceeded: stopped after %s %s. Look for a loop that never ends (or one that runs far too many times).",
			limit, where)
		if !res.Prepared {
			v.Message = fmt.Sprintf("time limit exceeded: checking your code took longer than %s (go build would be slow on it too: look for huge constants or deeply nested code).", limit)
		}
		testMsg = fmt.Sprintf("did not finish within the time limit (%s)", limit)
	case sandbox.Memory:
		v.Reason = ReasonMemory
		v.Message = fmt.Sprintf("memory limit exceeded %s: the program tried to use more than %s. Look for a slice or map that keeps growing, a huge make(...), or a recursion that never stops.",
			where, sizeString(int(g.task.memoryLimit())))
		if !res.Prepared {
			v.Message = fmt.Sprintf("memory limit exceeded while checking your code: it needed more than %s just to be type-checked (look for constants that grow huge, like a string doubled many times).",
				sizeString(int(g.task.memoryLimit())))
		}
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
		v.Tests = append(v.Tests, TestResult{Name: running, Status: Error, Message: testMsg, Hidden: g.hidden(running)})
	}
	return v
}

// panicked reports whether a test of the code's panicked (not the
// interpreter's fault).
func panicked(res *sandbox.Result) bool {
	for _, t := range res.Tests {
		if t.Status == sandbox.StatusError && t.Fault == "" && strings.HasPrefix(t.Message, "panic: ") {
			return true
		}
	}
	return false
}

// placePanics takes, for each test of v whose panic the instrumented run
// reproduced, that run's message, which says the panic's line.
func placePanics(v, placed *Verdict) {
	byName := map[string]TestResult{}
	for _, t := range placed.Tests {
		byName[t.Name] = t
	}
	for i, t := range v.Tests {
		p, ok := byName[t.Name]
		if ok && p.Status == t.Status && firstLine(p.Message) == firstLine(t.Message) && strings.Contains(p.Message, "\n    at ") {
			v.Tests[i].Message = p.Message
		}
	}
}

// unsupportedVerdict turns v into the error that says the interpreter,
// not the code, went wrong: it names the construct, where, and a way
// around it.
func unsupportedVerdict(v *Verdict, construct, where, detail string) {
	v.Status = Error
	v.Reason = ReasonCompile
	v.Unsupported = true
	v.Message = fmt.Sprintf("Lectern's interpreter mishandled %s %s. This is a limitation of Lectern's interpreter, not a mistake in your code (go test would run it).", construct, where)
	v.Message += " Until it can, please write that part another way."
	if detail != "" {
		v.Message += "\n" + detail
	}
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
	default:
		return "", ""
	}
	if !res.Prepared {
		return "", "" // nothing ran: the verdict says why
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
func addNotRun(v *Verdict, g *gradeRun, expected []string, stopped, why string) {
	have := map[string]bool{}
	for _, t := range v.Tests {
		have[t.Name] = true
	}
	where := "while loading your code"
	if stopped != "" {
		where = "at " + stopped
	}
	if expected == nil {
		// Without a reference run, the top-level tests are known.
		for _, f := range g.layout.orderedFuncs() {
			if f.Kind == "test" && !hasPrefixName(v.Tests, f.Name) {
				expected = append(expected, f.Name)
			}
		}
	}
	for _, name := range expected {
		if !have[name] {
			v.Tests = append(v.Tests, TestResult{Name: name, Status: Error, Hidden: g.hidden(name), Ungraded: NotRun,
				Message: fmt.Sprintf(notRunPrefix+"grading stopped %s (%s)", where, why)})
		}
	}
}

// hasPrefixName reports whether some result is the test name or one of its
// subtests.
func hasPrefixName(tests []TestResult, name string) bool {
	for _, t := range tests {
		if t.Name == name || strings.HasPrefix(t.Name, name+"/") {
			return true
		}
	}
	return false
}

// expected holds the names of every test a full grade of a task reports,
// in order, as the reference solution produces them (the subtests of a
// table-driven test exist only once it runs). They are found by grading
// the reference, once per process and only when some grade is slow or
// stopped early.
type expected struct {
	task *Task
	once sync.Once
	done chan struct{}
	list []string      // nil if the reference could not be graded
	took time.Duration // how long the reference's run took (0: unknown)
}

// expectedByTask caches, per task (by identity: a reloaded challenge with
// the same id may have other tests), the reference's names.
var expectedByTask sync.Map // *Task -> *expected

func expectedFor(t *Task) *expected {
	e, _ := expectedByTask.LoadOrStore(t, &expected{task: t, done: make(chan struct{})})
	return e.(*expected)
}

// start grades the reference in the background, the first time.
func (e *expected) start() {
	e.once.Do(func() {
		go func() {
			defer close(e.done)
			e.list, e.took = referenceTests(e.task)
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
			expectedByTask.CompareAndDelete(e.task, e)
		}
		return e.list
	case <-ctx.Done():
		return nil
	}
}

func referenceTests(t *Task) ([]string, time.Duration) {
	if len(t.Reference) == 0 {
		return nil, 0
	}
	// Its own time limit bounds it (the longest, under the automatic
	// limit); a cancelled grade need not wait for it.
	limit := t.timeLimit()
	if t.TimeLimit == 0 {
		limit = MaxTimeLimit
	}
	start := time.Now()
	v := (&Grader{}).gradeWithin(context.Background(), t, "solution.go", t.Reference, false, limit)
	took := time.Since(start)
	if v.Status != Pass {
		return nil, 0
	}
	var names []string
	for _, tr := range v.Tests {
		names = append(names, tr.Name)
	}
	return names, took
}

// truncateOutput keeps maxOutput bytes of a test's output, cut between
// characters, and says how much there was when it was cut (printed is
// what the code printed in all; the worker may have kept less).
func truncateOutput(out string, printed int) string {
	printed = max(printed, len(out))
	if printed <= maxOutput {
		return out
	}
	return sandbox.TruncateUTF8(out, maxOutput) + fmt.Sprintf("\n[output truncated: %s printed in all]", sizeString(printed))
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
var importPrefix = regexp.MustCompile(`(?m)^\S+\.go:\d+:\d+: import "[^"]*" error: `)

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
func (g *gradeRun) cleaner() func(string) string {
	l := g.layout
	learnerPath := l.pkgDir() + g.box
	xdir := "src/" + l.externalPath() + "/"
	r := strings.NewReplacer(
		learnerPath, g.name,
		xdir, "",
		l.pkgDir(), "",
		l.externalPath()+".", l.pkg+"_test.",
		l.importPath+".", l.pkg+".",
		l.importPath, l.pkg,
	)
	return func(msg string) string {
		var out []string
		for _, line := range strings.Split(msg, "\n") {
			trimmed := strings.TrimSpace(line)
			// yaegi's per-frame lines: "file:l:c: panic: pkg.Func(...)".
			if strings.Contains(trimmed, ": panic: ") && strings.HasSuffix(trimmed, "(...)") {
				if !strings.HasPrefix(trimmed, learnerPath) {
					continue
				}
				// yaegi v0.16.1 reports the position of the function's first
				// statement, not of the panicking one, so keep only the name.
				_, fn, _ := strings.Cut(trimmed, ": panic: ")
				line = "    in " + r.Replace(strings.TrimSuffix(fn, "(...)")) + " (" + g.name + ")"
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
}
