package sandbox

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime/debug"
	"runtime/metrics"
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
	h := &harness{job: job, em: em, out: &capture{limit: job.OutputLimit}, trace: &traceBuffer{}}
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
	m["Print"] = reflect.ValueOf(func(a ...any) (int, error) { return fmt.Fprint(out, a...) })
	m["Printf"] = reflect.ValueOf(func(f string, a ...any) (int, error) { return fmt.Fprintf(out, f, a...) })
	m["Println"] = reflect.ValueOf(func(a ...any) (int, error) { return fmt.Fprintln(out, a...) })
	m["Scan"] = reflect.ValueOf(func(a ...any) (int, error) { return fmt.Fscan(empty, a...) })
	m["Scanf"] = reflect.ValueOf(func(f string, a ...any) (int, error) { return fmt.Fscanf(empty, f, a...) })
	m["Scanln"] = reflect.ValueOf(func(a ...any) (int, error) { return fmt.Fscanln(empty, a...) })
	return m
}

func (h *harness) run() {
	if err := h.interp.Use(h.symbols()); err != nil {
		h.em.emit(Event{Kind: "load_error", Status: "compile", Message: err.Error()})
		return
	}
	loadOut := &strings.Builder{}
	h.out.switchTo(loadOut)
	for _, name := range h.job.Eval {
		status, msg := h.load(name)
		if status != "" {
			h.em.emit(Event{Kind: "load_error", Status: status, Message: msg, Output: loadOut.String()})
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

// load evaluates one file; it reports "compile" or "panic" and a message
// when that fails.
func (h *harness) load(name string) (status, msg string) {
	h.trace.reset()
	defer func() {
		if r := recover(); r != nil {
			status, msg = "panic", panicMessage(r, h.trace.lines())
		}
	}()
	if _, err := h.interp.EvalPath(name); err != nil {
		if p, ok := err.(interp.Panic); ok {
			return "panic", panicMessage(p.Value, h.trace.lines())
		}
		return "compile", err.Error()
	}
	return "", ""
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
		h.em.emit(Event{Kind: "start", Test: name})
		h.em.emit(Event{Kind: "finish", Test: name, Status: StatusError, Message: "cannot run test: " + err.Error()})
		return
	}
	t.run(fn)
}

// capture collects what the program prints, into the buffer of the test
// that is running, up to a limit for the whole job. Past the limit it
// panics with errOutputLimit, which stops the printing code.
type capture struct {
	mu    sync.Mutex
	cur   *strings.Builder
	total int
	limit int
}

type outputLimitError struct{ limit int }

func (e outputLimitError) Error() string {
	return fmt.Sprintf("output limit exceeded: the code printed more than %s", humanBytes(e.limit))
}

func (c *capture) switchTo(b *strings.Builder) *strings.Builder {
	c.mu.Lock()
	defer c.mu.Unlock()
	prev := c.cur
	c.cur = b
	return prev
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
	c.mu.Unlock()
	if over {
		panic(outputLimitError{c.limit})
	}
	return len(p), nil
}

// traceBuffer receives the interpreter's own diagnostics: when interpreted
// code panics, yaegi writes one "file:line:col: panic: pkg.Func(...)" line
// per frame.
type traceBuffer struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (b *traceBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.buf.Len() < 16<<10 {
		b.buf.Write(p)
	}
	// Keep a copy on the real stderr: if a goroutine's panic kills the
	// worker, the parent finds the position there.
	_, _ = os.Stderr.Write(p)
	return len(p), nil
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
