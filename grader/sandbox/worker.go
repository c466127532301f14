package sandbox

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"maps"
	"os"
	"reflect"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing/fstest"
	"time"

	"github.com/traefik/yaegi/interp"

	"github.com/lectern-dev/lectern/grader/internal/fmtverb"
	"github.com/lectern-dev/lectern/grader/stdlib"
)

// A Preparer turns a job's Prepare payload into the program to run. It
// runs inside the worker, under the job's time and memory limits, so it
// may safely parse and type-check untrusted code. It fills in the job's
// program fields (Files, Load, Tests...) and returns nil, or returns a
// rejection (any JSON the host understands) to end the job without
// running anything. It may be called while warm-up work is still going on.
type Preparer func(payload []byte, job *Job) (rejection []byte)

// WarmUp is work a worker may do while it waits for its job (decoding the
// type information of common packages, say). It runs at most once, in the
// background; a Preparer that needs its results must wait for them itself.
type WarmUp func()

// RunWorkerIfRequested turns this process into a sandbox worker when it was
// started as one (first argument WorkerArg) and exits when the job is done;
// otherwise it returns at once. Call it first thing in main and TestMain.
// prep may be nil when no job carries a Prepare payload.
func RunWorkerIfRequested(prep Preparer, warm WarmUp) {
	if IsWorker(os.Args[1:]) {
		os.Exit(WorkerMain(prep, warm))
	}
}

// IsWorker reports whether args (without the program name) ask for a
// worker.
func IsWorker(args []string) bool { return len(args) > 0 && args[0] == WorkerArg }

// Worker exit codes (the parent relies on events, these help debugging).
const (
	exitOK       = 0
	exitNoJob    = 2
	exitMemory   = 3
	exitDeadline = 5
)

// WorkerMain runs the worker side of the protocol and returns the exit
// status; for programs that dispatch on their own arguments.
func WorkerMain(prep Preparer, warm WarmUp) int {
	jobF := os.NewFile(3, "job")
	evF := os.NewFile(4, "events")
	if jobF == nil || evF == nil {
		fmt.Fprintln(os.Stderr, "sandbox worker: started without its pipes")
		return exitNoJob
	}
	em := &emitter{w: evF}
	if warm != nil {
		go warm()
	}
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

	if len(job.Prepare) > 0 {
		if prep == nil {
			fmt.Fprintln(os.Stderr, "sandbox worker: a job to prepare, but no preparer")
			return exitNoJob
		}
		if rejection := prep(job.Prepare, &job); rejection != nil {
			em.emit(Event{Kind: "rejected", Data: rejection})
			em.emit(Event{Kind: "done"})
			return exitOK
		}
		job.defaults()
		em.emit(Event{Kind: "prepared"})
	}

	h := newHarness(&job, em)
	h.run()
	em.emit(Event{Kind: "done"})
	return exitOK
}

// heapSamples are what the memory limit is measured on: heap objects and
// goroutine stacks.
var heapSamples = []metrics.Sample{
	{Name: "/memory/classes/heap/objects:bytes"},
	{Name: "/memory/classes/heap/stacks:bytes"},
}

func heapInUse() int64 {
	metrics.Read(heapSamples)
	var used uint64
	for _, s := range heapSamples {
		if s.Value.Kind() == metrics.KindUint64 {
			used += s.Value.Uint64()
		}
	}
	return int64(used)
}

// watchHeap ends the worker, after saying why, when the live heap (objects
// and goroutine stacks) exceeds limit. Objects the collector has not freed
// yet count in the heap until the next collection, so a reading over the
// limit is confirmed after a full collection: code that allocates and
// drops large buffers is judged by what it keeps, the same on every run.
// (Growth too fast for this to catch hits the address-space limit.)
func watchHeap(limit int64, em *emitter) {
	tick := time.NewTicker(5 * time.Millisecond)
	for range tick.C {
		if heapInUse() <= limit {
			continue
		}
		runtime.GC()
		if heapInUse() > limit {
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
	lines  *lineRecorder
	interp *interp.Interpreter
	// alias maps a loaded package's import path to the name it is
	// imported under for Eval.
	alias map[string]string
}

func newHarness(job *Job, em *emitter) *harness {
	h := &harness{job: job, em: em, trace: &traceBuffer{em: em, main: goid()}, alias: map[string]string{}}
	h.out = &capture{keep: job.OutputLimit}
	h.lines = newLineRecorder(job.Lines, job.LineArray)
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
		key, syms, ok := stdlib.SymbolsFor(p)
		if !ok {
			continue
		}
		if p == "fmt" {
			syms = fmtSymbols(syms, h.out)
			// "fmt/./fmt" is the same import path for yaegi, but does not
			// trigger its stdlib fix-ups (we did our own) nor the ~2 ms of
			// compiling generic cmp/maps/slices sources.
			ex["fmt/./fmt"] = syms
			ex["."] = map[string]reflect.Value{"MapTypes": reflect.ValueOf(printMapTypes(syms))}
			key, wrapper := errorWrapperPackage()
			ex[key] = wrapper
			continue
		}
		if p == "log" {
			syms = logSymbols(syms, h.out)
		}
		ex[key] = syms
	}
	ex["testing/testing"] = testingSymbols()
	ex[RuntimePackage+"/"+RuntimePackage] = h.lines.runtimeSymbols()
	return ex
}

// logSymbols is package log with its standard logger writing to the
// program's output (go test shows what a test logs among its output), and
// Fatal panicking with its message rather than exiting the worker: the
// test that called it fails, as it would when go test's binary exits.
func logSymbols(orig map[string]reflect.Value, out io.Writer) map[string]reflect.Value {
	m := maps.Clone(orig)
	l := log.New(out, "", log.LstdFlags)
	for name, f := range map[string]any{
		"Print": l.Print, "Printf": l.Printf, "Println": l.Println,
		"Fatal": l.Panic, "Fatalf": l.Panicf, "Fatalln": l.Panicln,
		"Panic": l.Panic, "Panicf": l.Panicf, "Panicln": l.Panicln,
		"Flags": l.Flags, "SetFlags": l.SetFlags, "Prefix": l.Prefix, "SetPrefix": l.SetPrefix,
	} {
		if _, offered := orig[name]; offered {
			m[name] = reflect.ValueOf(f)
		}
	}
	return m
}

func fmtSymbols(orig map[string]reflect.Value, out io.Writer) map[string]reflect.Value {
	m := maps.Clone(orig)
	empty := strings.NewReader("")
	m["Errorf"] = reflect.ValueOf(func(f string, a ...any) error {
		err := fmt.Errorf(f, unwrapFormatted(f, a)...)
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
	m["Printf"] = reflect.ValueOf(func(f string, a ...any) (int, error) { return fmt.Fprintf(out, f, unwrapFormatted(f, a)...) })
	m["Println"] = reflect.ValueOf(func(a ...any) (int, error) { return fmt.Fprintln(out, a...) })
	m["Sprintf"] = reflect.ValueOf(func(f string, a ...any) string { return fmt.Sprintf(f, unwrapFormatted(f, a)...) })
	m["Fprintf"] = reflect.ValueOf(func(w io.Writer, f string, a ...any) (int, error) {
		return fmt.Fprintf(w, f, unwrapFormatted(f, a)...)
	})
	m["Appendf"] = reflect.ValueOf(func(b []byte, f string, a ...any) []byte { return fmt.Appendf(b, f, unwrapFormatted(f, a)...) })
	m["Scan"] = reflect.ValueOf(func(a ...any) (int, error) { return fmt.Fscan(empty, a...) })
	m["Scanf"] = reflect.ValueOf(func(f string, a ...any) (int, error) { return fmt.Fscanf(empty, f, a...) })
	m["Scanln"] = reflect.ValueOf(func(a ...any) (int, error) { return fmt.Fscanln(empty, a...) })
	return m
}

// printMapTypes tells yaegi, for each of fmt's printing functions, the
// interfaces to wrap an interpreted operand in when its type has their
// methods, as yaegi's own stdlib does: fmt then finds the Format, Error
// and String methods of the code's own types. (The wrapped value is
// unwrapped again for the verbs that do not call those methods, see
// unwrapFormatted.)
func printMapTypes(fmtSyms map[string]reflect.Value) map[reflect.Value][]reflect.Type {
	mt := []reflect.Type{
		reflect.TypeOf((*fmt.Formatter)(nil)).Elem(),
		reflect.TypeOf((*Error)(nil)).Elem(),
		reflect.TypeOf((*fmt.Stringer)(nil)).Elem(),
	}
	out := map[reflect.Value][]reflect.Type{}
	for _, name := range []string{"Errorf", "Print", "Printf", "Println", "Sprint", "Sprintf", "Sprintln",
		"Fprint", "Fprintf", "Fprintln", "Append", "Appendf", "Appendln"} {
		if v, ok := fmtSyms[name]; ok {
			out[v] = mt
		}
	}
	return out
}

// Error stands for the error interface in yaegi's wrapping of operands
// (its wrapper, _Error, must live in a package of its own).
type Error interface{ Error() string }

// _Error is yaegi's interface wrapper for Error: IValue is the wrapped
// value, WError its method.
type _Error struct {
	IValue any
	WError func() string
}

func (w _Error) Error() string {
	if w.WError == nil {
		return ""
	}
	return w.WError()
}

// errorWrapperPackage is the export through which yaegi finds _Error.
func errorWrapperPackage() (string, map[string]reflect.Value) {
	t := reflect.TypeOf((*Error)(nil)).Elem()
	return t.PkgPath() + "/sandbox", map[string]reflect.Value{
		"Error":  reflect.ValueOf((*Error)(nil)),
		"_Error": reflect.ValueOf((*_Error)(nil)),
	}
}

// unwrapFormatted gives back the bare value of every wrapped operand that
// the format prints with a verb which does not call Error or String (%d
// of a type with a String method prints the number).
func unwrapFormatted(format string, args []any) []any {
	var out []any
	for _, op := range fmtverb.Operands(format) {
		if op.Arg >= len(args) || fmtverb.CallsMethods(op.Verb) {
			continue
		}
		inner, ok := wrapped(args[op.Arg])
		if !ok {
			continue
		}
		if _, isFormatter := args[op.Arg].(fmt.Formatter); isFormatter && op.Verb != 'T' && op.Verb != 'p' {
			continue
		}
		if out == nil {
			out = append([]any(nil), args...)
		}
		out[op.Arg] = inner
	}
	if out == nil {
		return args
	}
	return out
}

// wrapped returns the value inside one of yaegi's interface wrappers (a
// struct type whose name starts with "_" and whose first field is IValue).
func wrapped(x any) (any, bool) {
	v := reflect.ValueOf(x)
	if !v.IsValid() || v.Kind() != reflect.Struct || !strings.HasPrefix(v.Type().Name(), "_") ||
		v.NumField() == 0 || v.Type().Field(0).Name != "IValue" {
		return nil, false
	}
	return v.Field(0).Interface(), true
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
	if h.job.Kind == KindBuild {
		h.emitProgram() // instance.go
		return
	}
	if err := h.interp.Use(h.symbols()); err != nil {
		h.em.emit(Event{Kind: "load_error", Status: "compile", Message: err.Error()})
		return
	}
	loadOut := &output{}
	h.out.switchTo(loadOut)
	for i, target := range h.job.Load {
		status, msg, fault := h.load(target, i)
		if status != "" {
			h.em.emit(Event{Kind: "load_error", Status: status, Message: msg, Output: loadOut.text(), Printed: loadOut.printed, Fault: fault})
			return
		}
	}
	h.em.emit(Event{Kind: "loaded", Output: loadOut.text(), Printed: loadOut.printed})
	switch h.job.Kind {
	case KindTests:
		for _, t := range h.job.Tests {
			h.runTopLevel(t)
		}
		for _, ex := range h.job.Examples {
			h.runExample(ex)
		}
	case KindMain:
	case KindInstance:
		h.serve() // instance.go
	default:
		h.em.emit(Event{Kind: "load_error", Status: "compile", Message: "unknown job kind " + h.job.Kind})
	}
}

// load loads one Load entry: a source package with its tests (KindTests),
// or the program's file, which runs its main (KindMain). When that fails
// it reports "compile" (the interpreter rejected the code), "panic" (the
// code panicked while the package was initialised, or main panicked) or
// "interp" (the interpreter itself panicked while compiling), a message,
// and for the interpreter's faults what it got wrong.
func (h *harness) load(target string, i int) (status, msg, fault string) {
	h.trace.reset()
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		trace := h.trace.lines()
		status, msg, fault = "panic", h.panicMessage(r, trace), h.faultOf(r)
		// Interpreted code that panics unwinds through the interpreter's
		// frames, each of which leaves a trace line; a panic without any
		// comes from the interpreter's compiler itself.
		if _, runtimeErr := r.(runtime.Error); len(trace) == 0 && !runtimeErr && fault == "" {
			status, fault = "interp", fmt.Sprintf("this code (the interpreter failed with %q)", fmt.Sprint(r))
		}
	}()
	if h.job.Kind == KindMain {
		if _, err := h.interp.EvalPath(target); err != nil {
			if p, ok := err.(interp.Panic); ok {
				return "panic", h.panicMessage(p.Value, h.trace.lines()), h.faultOf(p.Value)
			}
			return "compile", err.Error(), ""
		}
		return "", "", ""
	}
	if err := h.interp.EvalTest(target); err != nil {
		if p, ok := err.(interp.Panic); ok {
			return "panic", h.panicMessage(p.Value, h.trace.lines()), h.faultOf(p.Value)
		}
		return "compile", err.Error(), ""
	}
	alias := "lecternpkg" + strconv.Itoa(i)
	if _, err := h.interp.Eval("import " + alias + " " + strconv.Quote(target)); err != nil {
		return "compile", err.Error(), ""
	}
	h.alias[target] = alias
	return "", "", ""
}

// function fetches a function of a loaded package.
func (h *harness) function(pkg, name string) (v reflect.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	alias, ok := h.alias[pkg]
	if !ok {
		return reflect.Value{}, fmt.Errorf("package %s was not loaded", pkg)
	}
	return h.interp.Eval(alias + "." + name)
}

func (h *harness) runTopLevel(test Test) {
	name := test.Name
	var fn func(*T)
	v, err := h.function(test.Package, name)
	if err == nil {
		f, ok := v.Interface().(func(*T))
		if !ok {
			err = fmt.Errorf("%s is %s, not func(*testing.T)", name, v.Type())
		}
		fn = f
	}
	t := newT(name, nil, h)
	if err != nil {
		// The test files are type-checked: failing to get the function is
		// the interpreter's fault.
		h.em.emit(Event{Kind: "start", Test: name})
		h.em.emit(Event{Kind: "finish", Test: name, Status: StatusError, Message: "cannot run test: " + err.Error(),
			Fault: fmt.Sprintf("this code (the interpreter could not run %s: %v)", name, err)})
		return
	}
	t.run(fn)
}

// runExample runs an example function and compares what it printed with
// its "// Output:" comment the way go test does: surrounding space is
// trimmed, and for "Unordered output:" the lines are compared as sets.
func (h *harness) runExample(ex Example) {
	v, err := h.function(ex.Package, ex.Name)
	var fn func()
	if err == nil {
		f, ok := v.Interface().(func())
		if !ok {
			err = fmt.Errorf("%s is %s, not func()", ex.Name, v.Type())
		}
		fn = f
	}
	if err != nil {
		h.em.emit(Event{Kind: "start", Test: ex.Name})
		h.em.emit(Event{Kind: "finish", Test: ex.Name, Status: StatusError, Message: "cannot run example: " + err.Error(),
			Fault: fmt.Sprintf("this code (the interpreter could not run %s: %v)", ex.Name, err)})
		return
	}
	t := newT(ex.Name, nil, h)
	t.example = &ex
	t.run(func(*T) { fn() })
}

// exampleMismatch returns go test's complaint about an example's output,
// or "" when it matches. got is everything the example printed.
func exampleMismatch(ex *Example, got string) string {
	g, w := strings.TrimSpace(got), strings.TrimSpace(ex.Output)
	if ex.Unordered {
		gl, wl := strings.Split(g, "\n"), strings.Split(w, "\n")
		sort.Strings(gl)
		sort.Strings(wl)
		if strings.Join(gl, "\n") == strings.Join(wl, "\n") {
			return ""
		}
	} else if g == w {
		return ""
	}
	return "got:\n" + g + "\nwant:\n" + w
}

// capture collects what the program prints into the output of the test
// that is running. Only the first keep bytes of each test's output are
// kept; the rest is counted, never an error (go test does not fail a test
// for printing). An example needs all of its output to be compared, and
// keeps up to exampleKeep.
type capture struct {
	mu   sync.Mutex
	cur  *output
	keep int
}

// exampleKeep bounds what an example's output may be to be compared.
const exampleKeep = 1 << 20

// output is one test's printed output.
type output struct {
	buf     strings.Builder
	printed int
	keep    int // 0: the capture's
}

func (o *output) text() string { return o.buf.String() }

// switchTo directs output to o; it returns the previous one.
func (c *capture) switchTo(o *output) *output {
	c.mu.Lock()
	defer c.mu.Unlock()
	prev := c.cur
	c.cur = o
	return prev
}

func (c *capture) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	o := c.cur
	if o == nil {
		return len(p), nil
	}
	keep := o.keep
	if keep == 0 {
		keep = c.keep
	}
	if room := keep - o.buf.Len(); room > 0 {
		o.buf.Write(p[:min(room, len(p))])
	}
	o.printed += len(p)
	return len(p), nil
}

// traceBuffer receives the interpreter's own diagnostics: when interpreted
// code panics, yaegi writes one "file:line:col: panic: pkg.Func(...)" line
// per frame it unwinds, whether or not the panic is recovered later. The
// lines are kept for the message of the test that panicked. Nothing goes
// to the worker's stderr, which is left to the Go runtime's own report.
//
// The first such line of a panic is written while the goroutine's stack
// still holds the frame that raised it: that is where the panic's origin
// is read (see origin).
//
// A panic in a goroutine the code started kills the worker, and the lines
// written from such goroutines are the only clue where it happened: those
// are sent to the parent as trace events (a bounded number of them).
type traceBuffer struct {
	mu     sync.Mutex
	buf    strings.Builder
	em     *emitter
	main   int64 // the goroutine that runs the tests
	sent   int
	origin string // where the latest panic on the main goroutine was raised
	// panicLines counts the panic lines written so far, and start is
	// where the latest panic's own lines begin (its innermost frame).
	panicLines, start int
}

// maxTraceEvents bounds the trace events a worker sends.
const maxTraceEvents = 256

func (b *traceBuffer) Write(p []byte) (int, error) {
	fromGoroutine := goid() != b.main
	var origin string
	if !fromGoroutine && strings.Contains(string(p), ": panic: ") {
		origin = panicOrigin()
	}
	b.mu.Lock()
	if b.buf.Len() < 16<<10 {
		b.buf.Write(p)
	}
	if origin != "" && origin != rethrown {
		b.origin = origin
		b.start = b.panicLines
	}
	if !fromGoroutine {
		b.panicLines += strings.Count(string(p), ": panic: ")
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
	b.origin = ""
	b.panicLines, b.start = 0, 0
}

// lastOrigin is where the latest panic seen by the interpreter was raised.
func (b *traceBuffer) lastOrigin() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.origin
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
	// The latest panic's frames, innermost first (earlier ones were
	// recovered).
	if b.start <= len(out) {
		out = out[b.start:]
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
