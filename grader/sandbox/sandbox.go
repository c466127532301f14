// Package sandbox runs untrusted Go source in a separate, disposable worker
// process: the current executable re-executed with a hidden first argument
// (WorkerArg). The worker interprets the code with yaegi, offering only the
// standard-library packages a job allows, and streams its progress back as
// JSON lines on a private pipe (fd 4) that nothing the code prints can reach.
//
// The parent enforces a hard wall-clock limit by killing the worker's process
// group; the worker limits its own address space (RLIMIT_AS relative to its
// size at start), watches its heap, caps captured output, has an empty
// environment, /dev/null as stdin and sees source files only from the job's
// in-memory file system. Whatever happens, Run returns what was observed:
// the tests that finished keep their results, and the one that was running
// when the worker was stopped is named.
//
// Every program that may start workers must call RunWorkerIfRequested first
// thing in main (and in TestMain of packages whose tests grade code).
//
// The package is not specific to tests: a Job names files to load and entry
// points to run, so later kinds (for example serverless handlers run as
// "function instances") can reuse the same process isolation.
package sandbox

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// WorkerArg is the hidden first argument that turns the executable into a
// sandbox worker.
const WorkerArg = "__grade-worker"

// Job kinds.
const (
	// KindTests loads the Load packages and runs the named tests (each
	// called with a stand-in *testing.T) and examples (their output
	// compared with the expected one, as go test does).
	KindTests = "tests"
	// KindMain runs the main function of the one file in Load; what it
	// prints is the job's output.
	KindMain = "main"
)

// Job is one unit of work for a worker. Files form an in-memory GOPATH: a
// package imported as "example.com/p" lives under "src/example.com/p/".
//
// A job either lists its program (Files, Load, Tests...) or carries a
// Prepare payload, which the worker hands to its Preparer to get the
// program: then the preparation (type-checking untrusted code, say) runs
// inside the worker's limits too.
type Job struct {
	Kind     string            `json:"kind"`
	Files    map[string]string `json:"files,omitempty"`
	Packages []string          `json:"packages,omitempty"` // standard-library packages the code may import
	// Load is what the interpreter loads, in order: import paths of source
	// packages under src/ (their _test.go files included, as go test
	// does), or for KindMain the path of the one file to run.
	Load     []string  `json:"load,omitempty"`
	Tests    []Test    `json:"tests,omitempty"`    // test functions to run, in order
	Examples []Example `json:"examples,omitempty"` // example functions to run and check, after the tests
	// Lines gives each file whose statements record their line (see
	// RuntimePackage) its slot.
	Lines       map[string]int  `json:"lines,omitempty"`
	LineArray   string          `json:"line_array,omitempty"` // the array's name in RuntimePackage
	TimeLimit   time.Duration   `json:"time_limit"`
	MemoryLimit int64           `json:"memory_limit"` // heap bytes
	OutputLimit int             `json:"output_limit"` // bytes of each test's output that are kept
	Prepare     json.RawMessage `json:"prepare,omitempty"`
}

// Test is a test function: its name and the import path of its package.
type Test struct {
	Package string `json:"p"`
	Name    string `json:"n"`
}

// Example is an example function with its expected output.
type Example struct {
	Package   string `json:"p"`
	Name      string `json:"n"`
	Output    string `json:"o"`
	Unordered bool   `json:"u,omitempty"`
}

func (j *Job) defaults() {
	if j.Kind == "" {
		j.Kind = KindTests
	}
	if j.TimeLimit <= 0 {
		j.TimeLimit = 2 * time.Second
	}
	if j.MemoryLimit <= 0 {
		j.MemoryLimit = 64 << 20
	}
	if j.OutputLimit <= 0 {
		j.OutputLimit = 64 << 10
	}
}

// Event is one line on the worker's result pipe.
type Event struct {
	Kind     string `json:"e"`           // loaded, load_error, rejected, start, finish, memory, trace, done
	Test     string `json:"t,omitempty"` // full test name, "TestX/sub"
	Status   string `json:"s,omitempty"` // finish: pass, fail, error, skip; load_error: compile, panic, interp
	Message  string `json:"m,omitempty"`
	Output   string `json:"o,omitempty"`
	Printed  int    `json:"n,omitempty"`   // bytes printed in all (Output keeps the first OutputLimit)
	Subtests bool   `json:"sub,omitempty"` // finish: the test ran subtests
	Micros   int64  `json:"us,omitempty"`
	// Fault (finish, load_error) names what the interpreter got wrong when
	// the test's panic came from the interpreter rather than from the code.
	Fault string `json:"f,omitempty"`
	// Data is the Preparer's rejection (rejected).
	Data json.RawMessage `json:"d,omitempty"`
}

// Test statuses.
const (
	StatusPass  = "pass"
	StatusFail  = "fail"
	StatusError = "error" // the test panicked
	StatusSkip  = "skip"
)

// Outcome says how a job ended.
type Outcome string

// Outcomes.
const (
	Completed  Outcome = "completed"  // every test ran
	Rejected   Outcome = "rejected"   // the Preparer turned the job down (Result.Rejection says why)
	LoadFailed Outcome = "load_error" // the interpreter rejected the code or its initialisation panicked
	Timeout    Outcome = "timeout"    // killed at the time limit
	Memory     Outcome = "memory"     // the memory ceiling was hit
	Crashed    Outcome = "crash"      // the worker died (e.g. a panic in a goroutine)
)

// TestResult is one finished test or subtest.
type TestResult struct {
	Name     string
	Status   string
	Message  string
	Output   string
	Printed  int // bytes printed in all
	Subtests bool
	Duration time.Duration
	Fault    string // see Event.Fault; the Status is then StatusError
}

// Result is what a worker reported and what the parent observed.
type Result struct {
	Outcome    Outcome
	Tests      []TestResult // in the order they finished
	Running    string       // the innermost test that was running when the worker stopped early
	Message    string       // load error, crash or memory details
	LoadStatus string       // for LoadFailed: compile, panic or interp (the interpreter itself failed)
	LoadOutput string       // output printed while loading (init functions), or by a KindMain program
	Printed    int          // bytes printed while loading, or by a KindMain program, in all
	Fault      string       // for LoadFailed and Crashed: what the interpreter got wrong, if it was its fault
	Rejection  []byte       // for Rejected: the Preparer's reason
	// Prepared reports that the code was checked before it ran: the job
	// came checked (it had nothing to prepare), or the Preparer accepted
	// it.
	Prepared bool
	Stderr   string // the worker's own stderr, capped (runtime crash reports)
	Elapsed  time.Duration
}

// ErrUnavailable means the worker could not take the job (it died before
// the job was sent); a fresh worker may succeed.
var ErrUnavailable = errors.New("sandbox worker unavailable")

// Worker is a started worker process waiting for its one job.
type Worker struct {
	cmd      *exec.Cmd
	jobW     *os.File
	events   *os.File
	stderr   *capBuffer
	waitDone chan struct{}
	started  time.Time
	once     sync.Once
}

// Start launches a worker from the executable at exe ("" means this one:
// on Linux the very file this process runs, even if it has since been
// deleted or replaced by a rebuild).
func Start(exe string) (*Worker, error) {
	if exe == "" {
		var err error
		if exe, err = selfExe(); err != nil {
			return nil, fmt.Errorf("sandbox: locate executable: %w", err)
		}
	}
	jobR, jobW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	evR, evW, err := os.Pipe()
	if err != nil {
		jobR.Close()
		jobW.Close()
		return nil, err
	}
	stderr := &capBuffer{max: 64 << 10}
	cmd := exec.Command(exe, WorkerArg)
	cmd.Env = []string{} // empty, not inherited
	cmd.Dir = "/"
	cmd.Stdin = nil // /dev/null
	cmd.Stdout = stderr
	cmd.Stderr = stderr
	cmd.ExtraFiles = []*os.File{jobR, evW} // fd 3: job in, fd 4: events out
	cmd.SysProcAttr = sysProcAttr()
	err = startCmd(cmd)
	jobR.Close()
	evW.Close()
	if err != nil {
		jobW.Close()
		evR.Close()
		return nil, fmt.Errorf("sandbox: start worker: %w", err)
	}
	w := &Worker{cmd: cmd, jobW: jobW, events: evR, stderr: stderr, waitDone: make(chan struct{}), started: time.Now()}
	go func() {
		_ = cmd.Wait()
		close(w.waitDone)
	}()
	return w, nil
}

// Pid returns the worker's process id (also its process group id).
func (w *Worker) Pid() int { return w.cmd.Process.Pid }

// Kill stops the worker and its process group and reaps it.
func (w *Worker) Kill() {
	w.once.Do(func() { killGroup(w.cmd.Process) })
	<-w.waitDone
	w.jobW.Close()
	w.events.Close()
}

// Run sends the job and collects the outcome. A Worker runs one job.
func (w *Worker) Run(ctx context.Context, job Job) (*Result, error) {
	job.defaults()
	start := time.Now()
	data, err := json.Marshal(job)
	if err != nil {
		w.Kill()
		return nil, err
	}
	_, err = w.jobW.Write(data)
	if cerr := w.jobW.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		w.Kill()
		return nil, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}

	evCh := make(chan Event, 64)
	go func() {
		defer close(evCh)
		sc := bufio.NewScanner(w.events)
		sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
		for sc.Scan() {
			var ev Event
			if json.Unmarshal(sc.Bytes(), &ev) == nil {
				evCh <- ev
			}
		}
	}()

	timer := time.NewTimer(job.TimeLimit)
	defer timer.Stop()
	res := &Result{Prepared: len(job.Prepare) == 0}
	var (
		running            []string
		done, gotAny       bool
		timedOut, canceled bool
		memoryEvent        string
		trace              []string // interpreter trace lines from goroutines
	)
	ctxDone := ctx.Done()
loop:
	for {
		select {
		case ev, ok := <-evCh:
			if !ok {
				break loop
			}
			gotAny = true
			switch ev.Kind {
			case "start":
				running = append(running, ev.Test)
			case "finish":
				for i := len(running) - 1; i >= 0; i-- {
					if running[i] == ev.Test {
						running = append(running[:i], running[i+1:]...)
						break
					}
				}
				res.Tests = append(res.Tests, TestResult{Name: ev.Test, Status: ev.Status, Message: ev.Message,
					Output: ev.Output, Printed: ev.Printed, Subtests: ev.Subtests, Duration: time.Duration(ev.Micros) * time.Microsecond, Fault: ev.Fault})
			case "prepared":
				res.Prepared = true
			case "rejected":
				res.Outcome = Rejected
				res.Rejection = ev.Data
			case "loaded":
				res.LoadOutput, res.Printed = ev.Output, ev.Printed
			case "load_error":
				res.Outcome = LoadFailed
				res.LoadStatus = ev.Status
				res.Message = ev.Message
				res.LoadOutput, res.Printed = ev.Output, ev.Printed
				res.Fault = ev.Fault
			case "memory":
				memoryEvent = ev.Message
			case "trace":
				if len(trace) == maxTrace {
					trace = trace[1:]
				}
				trace = append(trace, ev.Message)
			case "done":
				// The outcome is complete: the worker's exit (its
				// teardown takes a while) is not waited for.
				done = true
				break loop
			}
		case <-timer.C:
			timedOut = true
			w.once.Do(func() { killGroup(w.cmd.Process) })
		case <-ctxDone:
			canceled = true
			ctxDone = nil
			w.once.Do(func() { killGroup(w.cmd.Process) })
		}
	}
	// The pipe is closed (the worker exited or was killed), or the worker
	// said it is done and is exiting. Reap it; if it somehow lingers, kill
	// it.
	reap := func() {
		select {
		case <-w.waitDone:
		case <-time.After(200 * time.Millisecond):
			w.once.Do(func() { killGroup(w.cmd.Process) })
			<-w.waitDone
		}
		w.events.Close()
	}
	if done {
		go reap()
	} else {
		reap()
	}
	res.Elapsed = time.Since(start)
	res.Stderr = w.stderr.String()
	if len(running) > 0 {
		res.Running = running[len(running)-1]
	}

	report, death := finalReport(res.Stderr)
	switch {
	case res.Outcome == LoadFailed || res.Outcome == Rejected:
	case done:
		res.Outcome = Completed
	case memoryEvent != "" || death == Memory:
		res.Outcome = Memory
		res.Message = memoryEvent
		if res.Message == "" {
			res.Message = firstLines(report, 2)
		}
	case timedOut:
		res.Outcome = Timeout
	case canceled:
		return res, ctx.Err()
	default:
		res.Outcome = Crashed
		res.Message = report
		if res.Message == "" {
			res.Message = fmt.Sprintf("the worker exited unexpectedly (%v)", w.cmd.ProcessState)
		} else if len(trace) > 0 {
			// Where in the code the goroutine that killed the worker was.
			res.Message = capReport(res.Message + "\n" + strings.Join(trace, "\n"))
		}
		res.Fault = InterpreterFault(firstLines(report, 1))
		if !gotAny && res.Stderr == "" {
			return res, fmt.Errorf("%w: %v", ErrUnavailable, w.cmd.ProcessState)
		}
	}
	return res, nil
}

// Run starts a fresh worker and runs job in it.
func Run(ctx context.Context, job Job) (*Result, error) {
	w, err := Start("")
	if err != nil {
		return nil, err
	}
	return w.Run(ctx, job)
}

// Limits on what a crash report keeps.
const (
	maxTrace       = 8    // interpreter trace lines from goroutines
	maxReportLines = 12   // lines of a crash report
	maxReportLine  = 300  // bytes of one line
	maxReport      = 1500 // bytes of the whole report
)

// finalReport extracts the Go runtime's last words from a dead worker's
// stderr and says what killed it. Only the runtime writes to the worker's
// stderr (the interpreter's traces and the code's output are captured
// elsewhere), so the report starts at the first line that starts like one:
// "panic: " (an unrecovered panic, whatever its message says: a crash),
// "fatal error: out of memory" or "runtime: out of memory" (memory), any
// other "fatal error: " or "runtime: " (a crash, unless the runtime's own
// lines before the goroutine dump say it could not get memory). It returns
// the report up to the stacks, capped, and Memory, Crashed or ""
// when there is no report.
func finalReport(stderr string) (report string, death Outcome) {
	lines := strings.Split(stderr, "\n")
	start := -1
	for i, l := range lines {
		if strings.HasPrefix(l, "panic: ") || strings.HasPrefix(l, "fatal error: ") || strings.HasPrefix(l, "runtime: ") {
			start = i
			break
		}
	}
	if start < 0 {
		return "", ""
	}
	var keep []string
	for _, l := range lines[start:] {
		// The report ends at the first blank line, before the stacks
		// ("goroutine 1 [running]:", "runtime stack:").
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "goroutine ") || strings.HasPrefix(l, "runtime stack:") ||
			(len(keep) > 0 && strings.HasPrefix(l, "[signal ")) {
			break
		}
		if i := strings.Index(l, " [recovered"); i >= 0 && strings.HasPrefix(strings.TrimSpace(l), "panic: ") {
			l = l[:i]
		}
		keep = append(keep, l)
	}
	death = Crashed
	if !strings.HasPrefix(keep[0], "panic: ") {
		for _, l := range keep {
			if strings.Contains(l, "out of memory") || strings.Contains(l, "cannot allocate memory") || strings.Contains(l, "errno=12") {
				death = Memory
				break
			}
		}
	}
	return capReport(strings.Join(keep, "\n")), death
}

// capReport keeps at most maxReportLines lines of at most maxReportLine
// bytes, and maxReport bytes in all.
func capReport(s string) string {
	lines := strings.Split(s, "\n")
	cut := false
	if len(lines) > maxReportLines {
		lines, cut = lines[:maxReportLines], true
	}
	n := 0
	for i, l := range lines {
		if len(l) > maxReportLine {
			l = TruncateUTF8(l, maxReportLine) + "…"
			lines[i] = l
		}
		if n += len(l) + 1; n > maxReport {
			lines, cut = lines[:i], true
			break
		}
	}
	if cut {
		lines = append(lines, "…")
	}
	return strings.Join(lines, "\n")
}

// TruncateUTF8 returns the longest prefix of s of at most n bytes that
// does not end inside a UTF-8 encoded character.
func TruncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	i := n
	// Back up over continuation bytes (at most 3) to the start of the
	// character that would be cut.
	for j := 0; j < utf8.UTFMax && i > 0 && !utf8.RuneStart(s[i]); j++ {
		i--
	}
	return s[:i]
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}

// capBuffer keeps the first max bytes written to it.
type capBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
	max int
}

func (c *capBuffer) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if room := c.max - c.buf.Len(); room > 0 {
		if len(p) > room {
			c.buf.Write(p[:room])
		} else {
			c.buf.Write(p)
		}
	}
	return len(p), nil
}

func (c *capBuffer) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.buf.String()
}
