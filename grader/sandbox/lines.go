package sandbox

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"
)

// LinePackage is the import path of the compiled package through which
// instrumented code records the line it is on: a file listed in Job.Lines
// imports it and, before each statement, stores the statement's line in
// its slot of the array named Job.LineArray (lecternline.LecternLines[2] =
// 12; the name is the job's, so that it clashes with none of the code's). When the code panics,
// the innermost interpreted frame's file and its slot give the line, as
// go test's stack trace would; yaegi itself only knows where the
// panicking function starts. (An array element, because yaegi v0.16.1
// refuses to assign to a compiled package's variable of a basic type.)
const LinePackage = "lecternline"

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

func (r *lineRecorder) symbols() map[string]reflect.Value {
	return map[string]reflect.Value{r.name: reflect.ValueOf(&r.slots).Elem()}
}

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
