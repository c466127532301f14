package sandbox

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"testing/fstest"
	"time"

	"github.com/traefik/yaegi/interp"

	"github.com/lectern-dev/lectern/grader/stdlib"
)

// RunWorkerIfRequested turns this process into a sandbox worker when it was
// started as one (first argument WorkerArg) and exits when the job is done;
// otherwise it returns at once. Call it first thing in main and TestMain.
func RunWorkerIfRequested() {
	if IsWorker(os.Args[1:]) {
		os.Exit(workerMain())
	}
}

// IsWorker reports whether args (without the program name) ask for a
// worker.
func IsWorker(args []string) bool { return len(args) > 0 && args[0] == WorkerArg }

// WorkerMain runs the worker side of the protocol and returns the exit
// status; for programs that dispatch on their own arguments.
func WorkerMain() int { return workerMain() }

// Worker exit codes (the parent relies on events, these help debugging).
const (
	exitOK       = 0
	exitNoJob    = 2
	exitMemory   = 3
	exitOutput   = 4
	exitDeadline = 5
)

func workerMain() int {
	jobF := os.NewFile(3, "job")
	evF := os.NewFile(4, "events")
	if jobF == nil || evF == nil {
		fmt.Fprintln(os.Stderr, "sandbox worker: started without its pipes")
		return exitNoJob
	}
	em := &emitter{w: evF}
	data, err := io.ReadAll(io.LimitReader(jobF, 256<<20))
	jobF.Close()
	if err != nil || len(data) == 0 {
		return exitNoJob // the parent went away without sending a job
	}
	var job Job
	if err := json.Unmarshal(data, &job); err != nil {
		fmt.Fprintln(os.Stderr, "sandbox worker: bad job:", err)
		return exitNoJob
	}
	job.defaults()

	// Belt and braces: the parent kills us at the limit; should it fail to,
	// stop anyway.
	time.AfterFunc(job.TimeLimit+2*time.Second, func() { os.Exit(exitDeadline) })
	debug.SetMemoryLimit(job.MemoryLimit)
	debug.SetMaxThreads(256)
	if err := limitAddressSpace(job.MemoryLimit + 384<<20); err != nil {
		fmt.Fprintln(os.Stderr, "sandbox worker: address-space limit:", err)
	}
	go watchHeap(job.MemoryLimit, em)

	h := newHarness(&job, em)
	h.run()
	em.emit(Event{Kind: "done"})
	return exitOK
}

// watchHeap ends the worker, after saying why, when the heap (objects and
// goroutine stacks) exceeds limit.
func watchHeap(limit int64, em *emitter) {
	samples := []metrics.Sample{
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/heap/stacks:bytes"},
	}
	tick := time.NewTicker(5 * time.Millisecond)
	for range tick.C {
		metrics.Read(samples)
		var used uint64
		for _, s := range samples {
			if s.Value.Kind() == metrics.KindUint64 {
				used += s.Value.Uint64()
			}
		}
		if int64(used) > limit {
			em.emit(Event{Kind: "memory", Message: fmt.Sprintf("the program used more than %d MB of memory", limit>>20)})
			os.Exit(exitMemory)
		}
	}
}

// emitter writes events, one JSON line per write(2), so everything written
// is in the pipe even if the process is killed a moment later.
type emitter struct {
	mu sync.Mutex
	w  io.Writer
}

func (e *emitter) emit(ev Event) {
	data, err := json.Marshal(ev)
	if err != nil {
		return
	}
	data = append(data, '\n')
	e.mu.Lock()
	defer e.mu.Unlock()
	_, _ = e.w.Write(data)
}

// harness loads the job's code into an interpreter and runs its tests.
type harness struct {
	job    *Job
	em     *emitter
	out    *capture
	trace  *traceBuffer
	interp *interp.Interpreter
}

func newHarness(job *Job, em *emitter) *harness {
	h := &harness{job: job, em: em, trace: &traceBuffer{em: em, main: goid()}}
	h.out = &capture{limit: job.OutputLimit, onLimit: func(test, output string) {
		// The limit ends the job: however the code reacts (it may recover
		// the panic and go on printing), nothing it does next counts.
		em.emit(Event{Kind: "output_limit", Test: test, Output: output, Message: outputLimitError{job.OutputLimit}.Error()})
		os.Exit(exitOutput)
	}}
	fsys := fstest.MapFS{}
	for name, src := range job.Files {
		fsys[name] = &fstest.MapFile{Data: []byte(src), Mode: 0o444}
	}
	h.interp = interp.New(interp.Options{
		GoPath:               ".",
		SourcecodeFilesystem: fsys,
		Stdin:                strings.NewReader(""),
		Stdout:               h.out,
		Stderr:               h.trace,
		Env:                  []string{},
		Args:                 []string{"solution"},
	})
	return h
}

// symbols returns the symbol maps for the job's allowed packages, with fmt's
// printing functions redirected into the capture. (Keys are written so that
// yaegi does not also load its generic stdlib sources, which we don't need.)
func (h *harness) symbols() interp.Exports {
	ex := interp.Exports{}
	for _, p := range h.job.Packages {
		name := p[strings.LastIndex(p, "/")+1:]
		syms, ok := stdlib.Symbols[p+"/"+name]
		if !ok {
			continue
		}
		if p == "fmt" {
			syms = fmtSymbols(syms, h.out)
			// "fmt/./fmt" is the same import path for yaegi, but does not
			// trigger its stdlib fix-ups (we did our own) nor the ~2 ms of
			// compiling generic cmp/maps/slices sources.
			ex["fmt/./fmt"] = syms
			continue
		}
		ex[p+"/"+name] = syms
	}
	ex["testing/testing"] = testingSymbols()
	return ex
}

func fmtSymbols(orig map[string]reflect.Value, out io.Writer) map[string]reflect.Value {
	m := make(map[string]reflect.Value, len(orig))
	for k, v := range orig {
		m[k] = v
	}
	empty := strings.NewReader("")
	errorf := orig["Errorf"].Interface().(func(string, ...any) error)
	m["Errorf"] = reflect.ValueOf(func(f string, a ...any) error {
		err := errorf(f, a...)
		// yaegi v0.16.1 hands %w a value of an interpreted type without
		// its methods, and fmt formats it as "%!w(struct {...}=...)".
		if strings.Contains(err.Error(), "%!w(") {
			for _, x := range a {
				if _, isErr := x.(error); !isErr && interpretedType(reflect.TypeOf(x)) {
					panic(interpreterFault{"fmt.Errorf with %w and a value of a type declared in your file"})
				}
			}
		}
		return err
	})
	m["Print"] = reflect.ValueOf(func(a ...any) (int, error) { return fmt.Fprint(out, a...) })
	m["Printf"] = reflect.ValueOf(func(f string, a ...any) (int, error) { return fmt.Fprintf(out, f, a...) })
	m["Println"] = reflect.ValueOf(func(a ...any) (int, error) { return fmt.Fprintln(out, a...) })
	m["Scan"] = reflect.ValueOf(func(a ...any) (int, error) { return fmt.Fscan(empty, a...) })
	m["Scanf"] = reflect.ValueOf(func(f string, a ...any) (int, error) { return fmt.Fscanf(empty, f, a...) })
	m["Scanln"] = reflect.ValueOf(func(a ...any) (int, error) { return fmt.Fscanln(empty, a...) })
	return m
}

// interpretedType reports whether t looks like the stand-in yaegi builds
// for a type declared in interpreted code: an unnamed struct, or a pointer
// to one (compiled packages never pass those to fmt.Errorf's %w).
func interpretedType(t reflect.Type) bool {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t != nil && t.Kind() == reflect.Struct && t.Name() == ""
}

func (h *harness) run() {
	if err := h.interp.Use(h.symbols()); err != nil {
		h.em.emit(Event{Kind: "load_error", Status: "compile", Message: err.Error()})
		return
	}
	loadOut := &strings.Builder{}
	h.out.switchTo(loadOut, "")
	for _, name := range h.job.Eval {
		status, msg, fault := h.load(name)
		if status != "" {
			h.em.emit(Event{Kind: "load_error", Status: status, Message: msg, Output: loadOut.String(), Fault: fault})
			return
		}
	}
	h.em.emit(Event{Kind: "loaded", Output: loadOut.String()})
	switch h.job.Kind {
	case KindTests:
		for _, name := range h.job.Tests {
			h.runTopLevel(name)
		}
	default:
		h.em.emit(Event{Kind: "load_error", Status: "compile", Message: "unknown job kind " + h.job.Kind})
	}
}

// load evaluates one file; when that fails it reports "compile" (the
// interpreter rejected the code), "panic" (the code panicked while the
// package was initialised) or "interp" (the interpreter itself panicked
// while compiling), a message, and for the interpreter's faults what it
// got wrong.
func (h *harness) load(name string) (status, msg, fault string) {
	h.trace.reset()
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		trace := h.trace.lines()
		status, msg, fault = "panic", panicMessage(r, trace), faultOf(r)
		// Interpreted code that panics unwinds through the interpreter's
		// frames, each of which leaves a trace line; a panic without any
		// comes from the interpreter's compiler itself.
		if _, runtimeErr := r.(runtime.Error); len(trace) == 0 && !runtimeErr && fault == "" {
			status, fault = "interp", fmt.Sprintf("this code (the interpreter failed with %q)", fmt.Sprint(r))
		}
	}()
	if _, err := h.interp.EvalPath(name); err != nil {
		if p, ok := err.(interp.Panic); ok {
			return "panic", panicMessage(p.Value, h.trace.lines()), faultOf(p.Value)
		}
		return "compile", err.Error(), ""
	}
	return "", "", ""
}

func (h *harness) runTopLevel(name string) {
	var fn func(*T)
	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("%v", r)
			}
		}()
		v, err := h.interp.Eval(h.job.Package + "." + name)
		if err != nil {
			return err
		}
		f, ok := v.Interface().(func(*T))
		if !ok {
			return fmt.Errorf("%s is %s, not func(*testing.T)", name, v.Type())
		}
		fn = f
		return nil
	}()
	t := newT(name, nil, h)
	if err != nil {
		// The test files are ours and type-checked: failing to get the
		// function is the interpreter's fault.
		h.em.emit(Event{Kind: "start", Test: name})
		h.em.emit(Event{Kind: "finish", Test: name, Status: StatusError, Message: "cannot run test: " + err.Error(),
			Fault: fmt.Sprintf("this code (the interpreter could not run %s: %v)", name, err)})
		return
	}
	t.run(fn)
}

// capture collects what the program prints, into the buffer of the test
// that is running, up to a limit for the whole job. The first write past
// the limit calls onLimit (which ends the worker); should onLimit return,
// the write panics with outputLimitError. Later writes past the limit,
// racing with onLimit, block until it ends the worker (they panic only
// when there is no onLimit).
type capture struct {
	mu      sync.Mutex
	cur     *strings.Builder
	test    string // the test cur belongs to ("" while loading)
	total   int
	limit   int
	over    bool
	onLimit func(test, output string)
}

type outputLimitError struct{ limit int }

func (e outputLimitError) Error() string {
	return fmt.Sprintf("output limit exceeded: the code printed more than %s", humanBytes(e.limit))
}

// switchTo directs output to b, for test; it returns the previous ones.
func (c *capture) switchTo(b *strings.Builder, test string) (*strings.Builder, string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	prev, prevTest := c.cur, c.test
	c.cur, c.test = b, test
	return prev, prevTest
}

func (c *capture) Write(p []byte) (int, error) {
	c.mu.Lock()
	room := c.limit - c.total
	over := len(p) > room
	if over {
		p = p[:max(room, 0)]
	}
	c.total += len(p)
	if c.cur != nil {
		c.cur.Write(p)
	}
	first := over && !c.over
	c.over = c.over || over
	var test, output string
	if first && c.cur != nil {
		test, output = c.test, c.cur.String()
	}
	c.mu.Unlock()
	if over && !first && c.onLimit != nil {
		// Another write reached the limit first, and its onLimit is
		// reporting it and ending the worker. A panic here, in a
		// goroutine the code started, would kill the worker before the
		// report is out and turn the verdict into a crash: wait for the
		// end instead.
		select {}
	}
	if first && c.onLimit != nil {
		c.onLimit(test, output)
	}
	if over {
		panic(outputLimitError{c.limit})
	}
	return len(p), nil
}

// traceBuffer receives the interpreter's own diagnostics: when interpreted
// code panics, yaegi writes one "file:line:col: panic: pkg.Func(...)" line
// per frame it unwinds, whether or not the panic is recovered later. The
// lines are kept for the message of the test that panicked. Nothing goes
// to the worker's stderr, which is left to the Go runtime's own report.
//
// A panic in a goroutine the code started kills the worker, and the lines
// written from such goroutines are the only clue where it happened: those
// are sent to the parent as trace events (a bounded number of them).
type traceBuffer struct {
	mu   sync.Mutex
	buf  strings.Builder
	em   *emitter
	main int64 // the goroutine that runs the tests
	sent int
}

// maxTraceEvents bounds the trace events a worker sends.
const maxTraceEvents = 256

func (b *traceBuffer) Write(p []byte) (int, error) {
	fromGoroutine := goid() != b.main
	b.mu.Lock()
	if b.buf.Len() < 16<<10 {
		b.buf.Write(p)
	}
	send := fromGoroutine && b.em != nil && b.sent < maxTraceEvents
	if send {
		b.sent++
	}
	b.mu.Unlock()
	if send {
		b.em.emit(Event{Kind: "trace", Message: strings.TrimRight(string(p), "\n")})
	}
	return len(p), nil
}

// goid returns the current goroutine's id, from its stack header
// ("goroutine 12 [running]:").
func goid() int64 {
	var buf [64]byte
	s := string(buf[:runtime.Stack(buf[:], false)])
	s = strings.TrimPrefix(s, "goroutine ")
	s, _, _ = strings.Cut(s, " ")
	id, _ := strconv.ParseInt(s, 10, 64)
	return id
}

func (b *traceBuffer) reset() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf.Reset()
}

func (b *traceBuffer) lines() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []string
	for _, l := range strings.Split(b.buf.String(), "\n") {
		if strings.Contains(l, ": panic: ") {
			out = append(out, l)
		}
	}
	return out
}

func humanBytes(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
