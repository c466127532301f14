package sandbox

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"
)

// RuntimePackage is the import path of the compiled package that
// rewritten code calls on (every rewritten file imports it):
//
//   - Recovered(recover()) turns what the interpreter's recover returns
//     into what Go's would (see Recovered);
//   - instrumented code records the line it is on: a file listed in
//     Job.Lines stores, before each statement, the statement's line in
//     its slot of the array named Job.LineArray (lecternrt.LecternLines[2]
//     = 12; the name is the job's, so that it clashes with none of the
//     code's). When the code panics,
//
// the innermost interpreted frame's file and its slot give the line, as
// go test's stack trace would; yaegi itself only knows where the
// panicking function starts. (An array element, because yaegi v0.16.1
// refuses to assign to a compiled package's variable of a basic type.)
const RuntimePackage = "lecternrt"

// MaxLineFiles is how many files can record their lines.
const MaxLineFiles = 64

// lineRecorder holds the line slots of a job's instrumented files.
type lineRecorder struct {
	slots  [MaxLineFiles]int
	byFile map[string]int // file -> its slot
	name   string
}

func newLineRecorder(lines map[string]int, name string) *lineRecorder {
	r := &lineRecorder{byFile: map[string]int{}, name: name}
	for file, slot := range lines {
		if slot >= 0 && slot < MaxLineFiles {
			r.byFile[file] = slot
		}
	}
	return r
}

// runtimeSymbols is RuntimePackage for the interpreter.
func (r *lineRecorder) runtimeSymbols() map[string]reflect.Value {
	m := map[string]reflect.Value{
		"Recovered": reflect.ValueOf(Recovered),
		"Runes":     reflect.ValueOf(toRunes),
		"Bytes":     reflect.ValueOf(toBytes),
		// fmt's view of a value of the learner's interface types
		// (printed.go).
		"Stringer": reflect.ValueOf(stringerOf),
		"Error":    reflect.ValueOf(errorOf),
		// testing/quick with interpreted Generate methods (quick.go).
		"QuickCheck":      reflect.ValueOf(quickCheck),
		"QuickCheckEqual": reflect.ValueOf(quickCheckEqual),
	}
	if r.name != "" {
		m[r.name] = reflect.ValueOf(&r.slots).Elem()
	}
	return m
}

// tmpBuf is the size of the buffer the gc compiler gives []rune(s) and
// []byte(s) when the result does not escape (runtime.tmpBuf): a short
// result then has that much capacity, and code that slices past its
// length works. (Escaping results get the allocator's size class.)
const tmpBuf = 32

// toRunes is []rune(s) with the capacity compiled code most often has.
func toRunes(s string) []rune {
	r := []rune(s)
	if len(r) <= tmpBuf {
		out := make([]rune, len(r), tmpBuf)
		copy(out, r)
		return out
	}
	return r
}

// toBytes is []byte(s) with the capacity compiled code most often has.
func toBytes(s string) []byte {
	if len(s) <= tmpBuf {
		out := make([]byte, len(s), tmpBuf)
		copy(out, s)
		return out
	}
	return []byte(s)
}

// Recovered is what Go's recover would have returned, given what the
// interpreter's did: the value itself rather than the interpreter's
// reflect.Value holding it, and for a run-time error that the interpreter
// reports in reflect's words (an index out of range, a nil dereference),
// an error with Go's words that is a runtime.Error.
func Recovered(v any) any {
	if rv, ok := v.(reflect.Value); ok {
		if !rv.IsValid() {
			return nil
		}
		v = rv.Interface()
	}
	switch x := v.(type) {
	case string:
		if w := GoWording(x); w != x {
			return runtimeError(w)
		}
	case *reflect.ValueError:
		if x.Kind == reflect.Invalid {
			return runtimeError("runtime error: invalid memory address or nil pointer dereference")
		}
	}
	return v
}

// runtimeError is a run-time error the interpreter reported in reflect's
// words, in Go's (it satisfies runtime.Error).
type runtimeError string

func (e runtimeError) Error() string { return string(e) }

// RuntimeError marks it as a runtime.Error.
func (e runtimeError) RuntimeError() {}

// line returns the line last recorded in file (0: none, or not recorded).
func (r *lineRecorder) line(file string) int {
	if slot, ok := r.byFile[file]; ok {
		return r.slots[slot]
	}
	return 0
}

// traceLine matches yaegi's "file:line:col: panic: pkg.Func(...)".
var traceLine = regexp.MustCompile(`^(.+?\.go):(\d+):(\d+): panic: (.*)\(\.\.\.\)$`)

// location says where the innermost interpreted frame of a panic was:
// "    at file:line (in pkg.Func)", with the line recorded by the
// instrumented file when there is one, else the line where yaegi says the
// function starts ("" if trace has no frame).
func (h *harness) location(trace []string) string {
	if len(trace) == 0 {
		return ""
	}
	m := traceLine.FindStringSubmatch(strings.TrimSpace(trace[0]))
	if m == nil {
		return ""
	}
	file, fn := m[1], m[4]
	if line := h.lines.line(file); line > 0 {
		return "    at " + file + ":" + strconv.Itoa(line) + " (in " + fn + ")"
	}
	return "    in " + fn + " (" + file + ")"
}
