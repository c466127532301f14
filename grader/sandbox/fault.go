package sandbox

import (
	"fmt"
	"strings"
)

// The interpreter (yaegi v0.16.1) mishandles some valid Go: the code then
// panics with one of a few measured messages from the reflect package, or
// from the standard library receiving a value the interpreter built
// wrongly. Only those exact messages are the interpreter's fault: yaegi
// also reports the learner's own run-time errors (an index out of range, a
// nil pointer) in reflect's words, and those are mistakes in the code
// (see goWording).

// interpreterFault is panicked by the sandbox's own wrappers when they
// catch the interpreter passing a wrong value (see fmtSymbols).
type interpreterFault struct{ construct string }

func (f interpreterFault) Error() string {
	return "Lectern's interpreter mishandled " + f.construct
}

// faultMessages maps a panic message (by prefix) to the construct the
// interpreter got wrong; "" keeps the message itself as the description.
var faultMessages = []struct{ prefix, construct string }{
	{"reflect: Method index out of range", "a method called through the error interface on a value of a type declared in your file"},
	{"reflect: call of reflect.Value.IsNil on", "a value of a type declared in your file compared with nil through the error interface"},
	{"reflect.Set: value of type ", "a value of a type declared in your file stored in an error variable"},
	{"reflect: Call using ", "a value of a type declared in your file passed as an error"},
	{"errors: *target must be interface or implement error", "errors.As with a target whose type is declared in your file"},
}

// goWording maps yaegi's reflect-flavoured reports of ordinary run-time
// errors to the words the Go runtime uses for them, so the learner reads
// what `go test` would have said.
var goWording = []struct{ prefix, runtime string }{
	{"reflect: slice index out of range", "index out of range"},
	{"reflect: array index out of range", "index out of range"},
	{"reflect: string index out of range", "index out of range"},
	{"reflect: call of reflect.Value.Field on zero Value", "invalid memory address or nil pointer dereference"},
	{"reflect: call of reflect.Value.Interface on zero Value", "invalid memory address or nil pointer dereference"},
	{"reflect: call of reflect.Value.Elem on zero Value", "invalid memory address or nil pointer dereference"},
	{"reflect: Method on nil interface value", "invalid memory address or nil pointer dereference"},
	{"reflect.Value.Call: call of nil function", "invalid memory address or nil pointer dereference"},
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

// InterpreterFault reports whether a panic message (with or without its
// "panic: " prefix) comes from the interpreter mishandling valid code, and
// if so describes the construct; it returns "" otherwise.
func InterpreterFault(msg string) string {
	msg = strings.TrimPrefix(strings.TrimSpace(msg), "panic: ")
	msg, _, _ = strings.Cut(msg, "\n")
	for _, f := range faultMessages {
		if strings.HasPrefix(msg, f.prefix) {
			return f.construct
		}
	}
	return ""
}

// faultOf classifies a recovered panic value: our own interpreterFault, or
// a panic whose message InterpreterFault recognises. The sort package's
// reflect-flavoured panics (sort.Slice on something that is not a slice)
// are the code's own mistakes, as they would be when compiled.
func faultOf(r any) string {
	if f, ok := r.(interpreterFault); ok {
		return f.construct
	}
	if strings.Contains(fmt.Sprintf("%T", r), "reflectlite") {
		return ""
	}
	switch v := r.(type) {
	case error:
		return InterpreterFault(v.Error())
	case string:
		return InterpreterFault(v)
	}
	return ""
}
