package sandbox

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"time"
)

// T is the stand-in for *testing.T that interpreted test files receive:
// package "testing" inside the sandbox exposes this type as testing.T.
// It reports every test and subtest as start/finish events.
type T struct {
	name     string
	parent   *T
	h        *harness
	example  *Example // set when this "test" is an example function
	mu       sync.Mutex
	failed   bool
	skipped  bool
	hasSub   bool
	msgs     []string
	cleanups []func()
	subNames map[string]int
}

// testingSymbols is package testing inside the sandbox: T runs tests;
// B, F, PB and M exist so that files declaring benchmarks, fuzz tests or a
// TestMain load, but those are never run (go test does not run them
// either unless asked).
func testingSymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"T":               reflect.ValueOf((*T)(nil)),
		"B":               reflect.ValueOf((*B)(nil)),
		"F":               reflect.ValueOf((*F)(nil)),
		"PB":              reflect.ValueOf((*PB)(nil)),
		"M":               reflect.ValueOf((*M)(nil)),
		"TB":              reflect.ValueOf((*TB)(nil)),
		"Short":           reflect.ValueOf(func() bool { return false }),
		"Verbose":         reflect.ValueOf(func() bool { return false }),
		"Testing":         reflect.ValueOf(func() bool { return true }),
		"Benchmark":       reflect.ValueOf(func(func(*B)) BenchmarkResult { return BenchmarkResult{} }),
		"BenchmarkResult": reflect.ValueOf((*BenchmarkResult)(nil)),
	}
}

// Sentinels that unwind a test function; run recovers them.
type (
	failNowSignal struct{}
	skipNowSignal struct{}
)

func newT(name string, parent *T, h *harness) *T {
	return &T{name: name, parent: parent, h: h}
}

// Name returns the full name of the test, like testing.T.Name.
func (t *T) Name() string { return t.name }

// Helper is a no-op.
func (t *T) Helper() {}

// Parallel is a no-op: tests run one after another.
func (t *T) Parallel() {}

const maxMessage = 8 << 10

func (t *T) log(s string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := 0
	for _, m := range t.msgs {
		n += len(m)
	}
	if n > maxMessage {
		return
	}
	if n+len(s) > maxMessage {
		s = TruncateUTF8(s, maxMessage-n) + "…"
	}
	t.msgs = append(t.msgs, strings.TrimSuffix(s, "\n"))
}

// Log records a message, like testing.T.Log.
func (t *T) Log(args ...any) { t.log(fmt.Sprintln(args...)) }

// Logf records a message, like testing.T.Logf.
func (t *T) Logf(format string, args ...any) { t.log(fmt.Sprintf(format, args...)) }

// Error is Log followed by Fail.
func (t *T) Error(args ...any) { t.Log(args...); t.Fail() }

// Errorf is Logf followed by Fail.
func (t *T) Errorf(format string, args ...any) { t.Logf(format, args...); t.Fail() }

// Fatal is Log followed by FailNow.
func (t *T) Fatal(args ...any) { t.Log(args...); t.FailNow() }

// Fatalf is Logf followed by FailNow.
func (t *T) Fatalf(format string, args ...any) { t.Logf(format, args...); t.FailNow() }

// Fail marks the test (and its parents) as failed.
func (t *T) Fail() {
	for p := t; p != nil; p = p.parent {
		p.mu.Lock()
		p.failed = true
		p.mu.Unlock()
	}
}

// Failed reports whether the test failed.
func (t *T) Failed() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.failed
}

// FailNow marks the test failed and stops it.
func (t *T) FailNow() {
	t.Fail()
	panic(failNowSignal{})
}

// Skip is Log followed by SkipNow.
func (t *T) Skip(args ...any) { t.Log(args...); t.SkipNow() }

// Skipf is Logf followed by SkipNow.
func (t *T) Skipf(format string, args ...any) { t.Logf(format, args...); t.SkipNow() }

// SkipNow marks the test skipped and stops it.
func (t *T) SkipNow() {
	t.mu.Lock()
	t.skipped = true
	t.mu.Unlock()
	panic(skipNowSignal{})
}

// Skipped reports whether the test was skipped.
func (t *T) Skipped() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.skipped
}

// Cleanup registers f to run when the test finishes.
func (t *T) Cleanup(f func()) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.cleanups = append(t.cleanups, f)
}

// Run runs f as a subtest called name, like testing.T.Run (but not in a
// new goroutine).
func (t *T) Run(name string, f func(t *T)) bool {
	t.mu.Lock()
	t.hasSub = true
	if t.subNames == nil {
		t.subNames = map[string]int{}
	}
	sub := rewriteName(name)
	if n := t.subNames[sub]; n > 0 {
		t.subNames[sub] = n + 1
		sub = fmt.Sprintf("%s#%02d", sub, n)
	} else {
		t.subNames[sub] = 1
	}
	t.mu.Unlock()
	st := newT(t.name+"/"+sub, t, t.h)
	st.run(f)
	return !st.Failed()
}

// rewriteName mimics the testing package: spaces become underscores and
// unprintable characters are quoted.
func rewriteName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n':
			b.WriteByte('_')
		case !strconvIsPrint(r):
			q := fmt.Sprintf("%+q", string(r))
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func strconvIsPrint(r rune) bool { return r >= 0x20 && r != 0x7f && r != 0xfffd }

// run executes f as this test, reporting start and finish; panics in f
// (the learner's code panicking, Fatal, Skip) are recovered and become the
// test's result.
func (t *T) run(f func(*T)) {
	h := t.h
	h.em.emit(Event{Kind: "start", Test: t.name})
	out := &output{}
	if t.example != nil {
		out.keep = exampleKeep
	}
	prev := h.out.switchTo(out)
	start := time.Now()
	status, fault := "", ""
	func() {
		defer func() {
			if r := recover(); r != nil {
				switch r := r.(type) {
				case failNowSignal, skipNowSignal:
				default:
					t.Fail()
					trace := h.trace.lines()
					t.log(h.panicMessage(r, trace))
					status = StatusError
					fault = h.faultOf(r)
				}
			}
		}()
		h.trace.reset()
		f(t)
	}()
	t.runCleanups()
	elapsed := time.Since(start)
	h.out.switchTo(prev)
	if t.example != nil && status == "" {
		if msg := exampleMismatch(t.example, out.text()); msg != "" {
			t.log(msg)
			t.Fail()
		}
	}

	t.mu.Lock()
	switch {
	case status != "":
	case t.failed:
		status = StatusFail
	case t.skipped:
		status = StatusSkip
	default:
		status = StatusPass
	}
	msg := strings.Join(t.msgs, "\n")
	hasSub := t.hasSub
	t.mu.Unlock()
	h.em.emit(Event{Kind: "finish", Test: t.name, Status: status, Message: msg, Output: out.text(), Printed: out.printed,
		Subtests: hasSub, Micros: elapsed.Microseconds(), Fault: fault})
}

func (t *T) runCleanups() {
	for {
		t.mu.Lock()
		if len(t.cleanups) == 0 {
			t.mu.Unlock()
			return
		}
		f := t.cleanups[len(t.cleanups)-1]
		t.cleanups = t.cleanups[:len(t.cleanups)-1]
		t.mu.Unlock()
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fail()
					t.log(t.h.panicMessage(r, nil))
				}
			}()
			f()
		}()
	}
}

// panicMessage describes a recovered panic the way Go would ("panic: ..."),
// followed by where the innermost interpreted frame was and the
// interpreter's positions of the frames it unwound.
func (h *harness) panicMessage(r any, trace []string) string {
	var msg string
	switch v := r.(type) {
	case error:
		msg = v.Error()
	case string:
		msg = v
	default:
		msg = fmt.Sprintf("%v", v)
	}
	msg = GoWording(msg)
	if !strings.HasPrefix(msg, "runtime error: ") {
		if _, ok := r.(interface{ RuntimeError() }); ok {
			msg = "runtime error: " + msg
		}
	}
	lines := []string{"panic: " + msg}
	if at := h.location(trace); at != "" {
		lines = append(lines, at)
	}
	for i, l := range trace {
		if i == 4 {
			break
		}
		lines = append(lines, "    "+l)
	}
	return strings.Join(lines, "\n")
}

// faultOf says whether a recovered panic is the interpreter's fault (see
// classify), from where the interpreter saw it raised.
func (h *harness) faultOf(r any) string { return classify(r, h.trace.lastOrigin()) }
