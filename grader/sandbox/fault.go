package sandbox

import (
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"strings"
)

// Whose fault is a panic? The code the learner wrote can panic (an index
// out of range, a nil map, an explicit panic, a bad argument to a library
// function), and so can the interpreter (yaegi v0.16.1) when it runs valid
// Go wrongly: it then usually trips over its own values inside the
// reflect package. The first is a failed test, as under go test; the
// second must never be: it is Lectern's limitation.
//
// The verdict is read from where the panic was raised (its origin: the
// function that called panic, found on the stack while the interpreter
// unwinds, see traceBuffer) and from the panic value's type, not from
// what its message says:
//
//   - the panic builtin, a runtime error (runtime.Error: bounds, nil
//     dereference, nil map, division by zero...), or a panic raised by a
//     library function the code called: the code's;
//   - a panic raised inside reflect on a zero Value (what a nil pointer
//     dereference becomes in the interpreter) or by an index or slice
//     operation out of range: the code's;
//   - any other panic raised inside reflect (a value of the wrong type
//     stored, called or converted: impossible in code that type-checks)
//     or by the interpreter's own machinery: the interpreter's.
//
// A few panics the interpreter provokes inside the standard library (it
// hands errors.As a target without its methods) were measured and are
// recognised too (faultMessages).

// rethrown is the origin of a panic the interpreter re-raises at each of
// its frames while it unwinds; such a panic's origin is the first one's.
const rethrown = "github.com/traefik/yaegi/interp.runCfg.func1"

const yaegiInterp = "github.com/traefik/yaegi/interp."

// wrappers is where yaegi's generated interface wrappers live.
const wrappers = "github.com/lectern-dev/lectern/grader/stdlib."

// panicOrigin is called while the interpreter reports a panic, from its
// recovering frame (runCfg's deferred function), and returns the function
// that raised the panic: the first frame below runtime.gopanic that is not
// the runtime's own. It returns "" when the stack does not look like that.
func panicOrigin() string {
	pcs := make([]uintptr, 64)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	seenPanic := false
	for {
		f, more := frames.Next()
		switch {
		case f.Function == "runtime.gopanic":
			seenPanic = true
		case seenPanic && !strings.HasPrefix(f.Function, "runtime."):
			return f.Function
		}
		if !more {
			return ""
		}
	}
}

// interpreterFault is panicked by the sandbox's own wrappers when they
// catch the interpreter passing a wrong value (see fmtSymbols).
type interpreterFault struct{ construct string }

func (f interpreterFault) Error() string {
	return "Lectern's interpreter mishandled " + f.construct
}

// faultMessages are panics the interpreter was measured to cause in
// library code by passing it values built wrongly, by message prefix, with
// the construct to name.
var faultMessages = []struct{ prefix, construct string }{
	{"errors: *target must be interface or implement error", "errors.As with a target whose type is declared in your file"},
}

// reflectLearnerOps are the reflect functions whose panics are the code's
// own run-time errors: yaegi indexes and slices through them.
var reflectLearnerOps = []string{
	"reflect.Value.Index", "reflect.Value.Slice", "reflect.Value.Slice3", "reflect.Value.SetLen",
	"reflect.Value.String", // string index out of range
	"reflect.MakeSlice", "reflect.MakeMapWithSize", "reflect.Value.Send", "reflect.Value.Close",
	"reflect.Value.SetMapIndex", // assignment to entry in nil map
}

// reflectLearnerPanics are panics of reflect's that are the code's own
// run-time errors only with a particular message: reflect.Value.Call
// panics for a nil function (the code's) and for arguments of the wrong
// types (the interpreter's).
var reflectLearnerPanics = []struct{ origin, text string }{
	{"reflect.Value.call", "call of nil function"},
}

// classify says whether a panic with value r raised at origin is the
// interpreter's fault, and if so what it got wrong ("" when it is the
// code's own panic).
func classify(r any, origin string) string {
	if v, ok := r.(interpreterFault); ok {
		return v.construct
	}
	if msg := panicText(r); msg != "" {
		for _, fm := range faultMessages {
			if strings.HasPrefix(msg, fm.prefix) {
				return fm.construct
			}
		}
	}
	if origin == "" {
		return ""
	}
	if strings.HasPrefix(origin, yaegiInterp+"_panic") {
		return "" // the panic builtin
	}
	if strings.HasPrefix(origin, yaegiInterp+"typeAssert") && strings.Contains(panicText(r), "interface conversion: ") {
		// A failed single-value assertion, as Go would panic. (The
		// assertions the interpreter gets wrong are named by the
		// pre-check.)
		return ""
	}
	if strings.HasPrefix(origin, wrappers) {
		// yaegi's interface wrappers (grader/stdlib's generated code)
		// calling a method the interpreter did not fill in.
		return fmt.Sprintf("a value of your code passed to the standard library (%s)", strings.TrimPrefix(origin, wrappers))
	}
	if _, ok := r.(runtime.Error); ok {
		// Comparing or hashing interface values holding the interpreter's
		// wrappers of the code's values (stdlib._io_Reader, interp._error)
		// fails on the wrappers, which Go's values never are.
		text := panicText(r)
		for _, what := range []string{"comparing uncomparable type ", "hash of unhashable type "} {
			if rest, found := strings.CutPrefix(text, "runtime error: "+what); found && (strings.HasPrefix(rest, "stdlib._") || strings.HasPrefix(rest, "interp.")) {
				return fmt.Sprintf("a value of your code held in an interface of the standard library's, which it compared or hashed as its own wrapper (%s)", firstLineOf(rest))
			}
		}
		return ""
	}
	if strings.HasPrefix(origin, "reflect.") {
		var ve *reflect.ValueError
		if errors.As(asError(r), &ve) && ve.Kind == reflect.Invalid {
			return "" // a nil pointer dereference
		}
		for _, op := range reflectLearnerOps {
			if origin == op || strings.HasPrefix(origin, op+".") {
				return ""
			}
		}
		for _, p := range reflectLearnerPanics {
			if origin == p.origin && strings.Contains(panicText(r), p.text) {
				return ""
			}
		}
		return fmt.Sprintf("a value of your code (reflect panicked in %s: %s)", strings.TrimPrefix(origin, "reflect."), firstLineOf(panicText(r)))
	}
	if strings.HasPrefix(origin, yaegiInterp) {
		return fmt.Sprintf("this code (the interpreter panicked in %s: %s)", strings.TrimPrefix(origin, yaegiInterp), firstLineOf(panicText(r)))
	}
	return "" // a library function the code called
}

func asError(r any) error {
	if err, ok := r.(error); ok {
		return err
	}
	return nil
}

func panicText(r any) string {
	switch v := r.(type) {
	case error:
		return v.Error()
	case string:
		return v
	case fmt.Stringer:
		return v.String()
	}
	return fmt.Sprint(r)
}

func firstLineOf(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// goWording maps yaegi's reflect-flavoured reports of ordinary run-time
// errors to the words the Go runtime uses for them, so the learner reads
// what `go test` would have said.
var goWording = []struct{ prefix, runtime string }{
	{"reflect: slice index out of range", "index out of range"},
	{"reflect: array index out of range", "index out of range"},
	{"reflect: string index out of range", "index out of range"},
	{"reflect.Value.Slice: slice index out of bounds", "slice bounds out of range"},
	{"reflect.Value.Slice3: slice index out of bounds", "slice bounds out of range"},
	{"reflect: call of reflect.Value.Field on zero Value", "invalid memory address or nil pointer dereference"},
	{"reflect: call of reflect.Value.Interface on zero Value", "invalid memory address or nil pointer dereference"},
	{"reflect: call of reflect.Value.Elem on zero Value", "invalid memory address or nil pointer dereference"},
	{"reflect: call of reflect.Value.Set on zero Value", "invalid memory address or nil pointer dereference"},
	{"reflect: Method on nil interface value", "invalid memory address or nil pointer dereference"},
	{"reflect.Value.Call: call of nil function", "invalid memory address or nil pointer dereference"},
	{"reflect.MakeSlice: negative len", "makeslice: len out of range"},
	{"reflect.MakeSlice: len > cap", "makeslice: cap out of range"},
}

// GoWording rewrites a panic message in the Go runtime's words when it is
// yaegi's report of an ordinary run-time error; other messages are kept.
func GoWording(msg string) string {
	for _, w := range goWording {
		if strings.HasPrefix(msg, w.prefix) {
			return "runtime error: " + w.runtime
		}
	}
	return msg
}

// InterpreterFault reports whether the first line of a worker's crash
// report (a panic message, with or without its "panic: " prefix) is one
// of the measured interpreter faults, and if so describes the construct.
func InterpreterFault(msg string) string {
	msg = strings.TrimPrefix(strings.TrimSpace(msg), "panic: ")
	msg, _, _ = strings.Cut(msg, "\n")
	for _, f := range faultMessages {
		if strings.HasPrefix(msg, f.prefix) {
			return f.construct
		}
	}
	// Only text is left of a panic that killed the worker: reflect's
	// complaints that are not the code's run-time errors are the
	// interpreter's.
	if strings.HasPrefix(msg, "reflect") && GoWording(msg) == msg && !strings.Contains(msg, "zero Value") {
		return "a value of your code (" + msg + ")"
	}
	return ""
}
