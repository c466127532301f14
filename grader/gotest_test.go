package grader

import (
	"context"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Tests as Go writes them: internal and external test files, examples
// with their output, benchmarks and fuzz tests that load but do not run.

const wordsSolution = `package words

import "strings"

// Count counts the words of s.
func Count(s string) int { return len(strings.Fields(s)) }
`

func wordsTask(tests ...File) *Task {
	return &Task{ID: "words", ImportPath: "example.com/words", Tests: tests, TimeLimit: 5 * time.Second}
}

func gradeText(t *testing.T, task *Task, src string) (*Verdict, string) {
	t.Helper()
	v := Grade(context.Background(), task, "solution.go", []byte(src))
	var b strings.Builder
	_ = WriteText(&b, v)
	return v, b.String()
}

func TestInternalAndExternalTestsTogether(t *testing.T) {
	internal := File{Name: "internal_test.go", Source: []byte(`package words

import "testing"

// helper is visible to the external tests too, as with go test.
func Helper() string { return "a b c" }

func TestCountInternal(t *testing.T) {
	if got := Count(Helper()); got != 3 {
		t.Fatalf("Count(%q) = %d, want 3", Helper(), got)
	}
}
`)}
	external := File{Name: "external_test.go", Hidden: true, Source: []byte(`package words_test

import (
	"testing"

	"example.com/words"
)

func TestCountExternal(t *testing.T) {
	if got := words.Count(words.Helper() + " d"); got != 4 {
		t.Errorf("got %d, want 4", got)
	}
}

func BenchmarkCount(b *testing.B) {
	for b.Loop() {
		words.Count("x y")
	}
}

func FuzzCount(f *testing.F) {
	f.Add("a b")
	f.Fuzz(func(t *testing.T, s string) { words.Count(s) })
}
`)}
	task := wordsTask(internal, external)
	v, text := gradeText(t, task, wordsSolution)
	if v.Status != Pass || v.Total() != 2 {
		t.Fatalf("verdict %s with %d tests, want a pass of TestCountInternal and TestCountExternal only:\n%s", v.Status, v.Total(), text)
	}
	if v.Tests[0].Name != "TestCountInternal" || v.Tests[0].Hidden || v.Tests[1].Name != "TestCountExternal" || !v.Tests[1].Hidden {
		t.Errorf("tests %+v: internal first, then external (hidden)", v.Tests)
	}
	v, text = gradeText(t, task, strings.Replace(wordsSolution, "len(strings.Fields(s))", "len(strings.TrimSpace(s))", 1))
	if v.Status != Fail || v.Passed() != 0 {
		t.Fatalf("a wrong Count: %s, %d passed:\n%s", v.Status, v.Passed(), text)
	}
}

func TestExamplesAreRunAndCompared(t *testing.T) {
	examples := File{Name: "example_test.go", Source: []byte(`package words_test

import (
	"fmt"

	"example.com/words"
)

func ExampleCount() {
	fmt.Println(words.Count("to be or not"))
	// Output: 4
}

func ExampleCount_lines() {
	fmt.Println(words.Count("a"))
	fmt.Println(words.Count("a b"))
	// Unordered output:
	// 2
	// 1
}

// An example without an output comment is compiled, not run.
func ExampleCount_notRun() {
	fmt.Println("never compared")
}
`)}
	task := wordsTask(examples)
	v, text := gradeText(t, task, wordsSolution)
	if v.Status != Pass || v.Total() != 2 {
		t.Fatalf("verdict %s with %d results, want two passing examples:\n%s", v.Status, v.Total(), text)
	}
	v, text = gradeText(t, task, strings.Replace(wordsSolution, "len(strings.Fields(s))", "len(strings.Fields(s)) + 1", 1))
	if v.Status != Fail || v.Tests[0].Name != "ExampleCount" || !strings.Contains(v.Tests[0].Message, "got:\n5\nwant:\n4") {
		t.Fatalf("a wrong Count: %s, want the example to fail saying got 5, want 4:\n%s", v.Status, text)
	}
}

func TestFunctionsAndImportsAreOptional(t *testing.T) {
	task := wordsTask(File{Name: "words_test.go", Source: []byte(`package words

import "testing"

func TestCount(t *testing.T) {
	if Count("a  b") != 2 {
		t.Fail()
	}
}
`)})
	// Without functions: in the tests' terms, then in the learner's.
	_, text := gradeText(t, task, "package words\n\nfunc count(s string) int { return 0 }\n")
	if !strings.Contains(text, "solution.go: Count is missing: the tests use it (words_test.go:6); you wrote count") {
		t.Errorf("missing function:\n%s", text)
	}
	// Without imports: every package the grader offers.
	v, text := gradeText(t, task, "package words\n\nimport (\n\t\"regexp\"\n)\n\nfunc Count(s string) int { return len(regexp.MustCompile(`\\S+`).FindAllString(s, -1)) }\n")
	if v.Status != Pass {
		t.Errorf("imports offered by default:\n%s", text)
	}
}

// go test runs vet first; what it finds fails the build.
func TestVetFindingsAreCompileErrors(t *testing.T) {
	task := costCalculator(t)
	for _, tc := range []struct{ body, want string }{
		{"\t_ = fmt.Sprintf(\"%d\", avgDurationMs)\n", "solution.go:8:19: fmt.Sprintf format %d has arg avgDurationMs of wrong type float64"},
		{"\tif invocations == 1 || invocations == 1 {\n\t\treturn 0\n\t}\n", "solution.go:8:5: redundant or: invocations == 1 || invocations == 1"},
		{"\t_ = fmt.Sprint(string(rune(invocations)), string(invocations))\n", "conversion from int to string yields a string of one rune"},
	} {
		src := "package costcalculator\n\nimport (\n\t\"fmt\"\n)\n\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n" + tc.body + "\t_ = fmt.Sprint()\n\treturn 0\n}\n"
		v, text := gradeText(t, task, src)
		if v.Status != Error || v.Reason != ReasonCompile || v.Unsupported || !strings.Contains(text, tc.want) {
			t.Errorf("%q: want a compile error saying %q:\n%s", tc.body, tc.want, text)
		}
	}
}

// The pre-check runs in the worker: a file whose constants take gigabytes
// to fold, or that nests deeper than the parser allows, gets a verdict,
// and the grading process itself stays small.
func TestCheckingCannotExhaustTheHost(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector's shadow memory makes the worker's address-space limit meaningless")
	}
	task := costCalculator(t)
	var bomb strings.Builder
	bomb.WriteString("package costcalculator\n\nconst s0 = \"xxxxxxxxxxxxxxxx\"\n")
	for i := 1; i <= 34; i++ {
		bomb.WriteString("const s" + itoa(i) + " = s" + itoa(i-1) + " + s" + itoa(i-1) + "\n")
	}
	bomb.WriteString("\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n\treturn float64(len(s34))\n}\n")
	deep := "package costcalculator\n\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n\treturn " +
		strings.Repeat("(", 200000) + "0" + strings.Repeat(")", 200000) + "\n}\n"
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for _, tc := range []struct {
		name, src string
		reasons   []Reason
	}{
		{"constant bomb", bomb.String(), []Reason{ReasonMemory, ReasonTimeout}},
		{"deep nesting", deep, []Reason{ReasonCompile, ReasonMemory, ReasonTimeout}},
	} {
		v, text := gradeText(t, task, tc.src)
		ok := false
		for _, r := range tc.reasons {
			ok = ok || v.Reason == r
		}
		if v.Status != Error || !ok {
			t.Errorf("%s: verdict %s/%s, want an error for one of %v:\n%s", tc.name, v.Status, v.Reason, tc.reasons, text)
		}
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if grew := int64(after.HeapSys) - int64(before.HeapSys); grew > 256<<20 {
		t.Errorf("the grading process's heap grew by %d MB", grew>>20)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// The memory verdict depends on what the code keeps, not on garbage the
// collector has not freed yet: a correct solution that allocates and drops
// large buffers passes every time.
func TestMemoryVerdictIsDeterministic(t *testing.T) {
	task := costCalculator(t)
	churn := "package costcalculator\n\nimport \"math\"\n\nvar sink []byte\n\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n" +
		"\tfor i := 0; i < 8; i++ {\n\t\tsink = make([]byte, 4<<20)\n\t\tsink[i] = 1\n\t}\n" + correctBody + "}\n"
	g := NewWarm()
	defer g.Close()
	for i := 0; i < 50; i++ {
		v := g.Grade(context.Background(), task, "solution.go", []byte(churn))
		if v.Status != Pass {
			var b strings.Builder
			_ = WriteText(&b, v)
			t.Fatalf("run %d: %s/%s\n%s", i+1, v.Status, v.Reason, b.String())
		}
	}
}

// yaegi keeps an instantiation under the bare function name: the
// solution's Max, the external tests' own Max and slices.Max, all
// instantiated with int, must each run as itself.
func TestGenericFunctionsOfTheSameNameInEachPackage(t *testing.T) {
	external := File{Name: "max_test.go", Source: []byte(`package words_test

import (
	"slices"
	"testing"

	"example.com/words"
)

func Max[T int | float64](xs ...T) T { return xs[len(xs)-1] } // the last, not the largest

func TestMax(t *testing.T) {
	if got := words.Max(3, 9); got != 9 {
		t.Errorf("words.Max(3, 9) = %d, want 9", got)
	}
	if got := Max(9, 3); got != 3 {
		t.Errorf("Max(9, 3) = %d, want 3", got)
	}
	if got := slices.Max([]int{4, 8, 1}); got != 8 {
		t.Errorf("slices.Max = %d, want 8", got)
	}
}
`)}
	v, text := gradeText(t, wordsTask(external), `package words

// Max returns the larger of a and b.
func Max[T int | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}
`)
	if v.Status != Pass || v.Total() != 1 {
		t.Fatalf("verdict %s with %d tests, want a pass of 1:\n%s", v.Status, v.Total(), text)
	}
}

// As go test: a package whose tests declare nothing to run passes (the
// solution file may import testing and declare Test functions of its
// own, which go test does not run); the standard logger writes among the
// output, and its Fatal fails the test; a name of a package offered in
// part that is not offered is named, with its line.
func TestNoTestsLogAndPartlyOfferedPackages(t *testing.T) {
	none := File{Name: "words_test.go", Source: []byte("package words\n\n// Nothing to run here.\n")}
	v, text := gradeText(t, wordsTask(none), `package words

import "testing"

// TestNotRun is in the solution, not a _test.go file: go test skips it.
func TestNotRun(t *testing.T) { t.Fatal("run") }
`)
	if v.Status != Pass || v.Total() != 0 || !strings.Contains(text, "no tests to run") {
		t.Fatalf("verdict %s with %d tests, want a pass with no tests to run:\n%s", v.Status, v.Total(), text)
	}

	logs := File{Name: "words_test.go", Source: []byte(`package words

import (
	"log"
	"testing"
)

func TestLogs(t *testing.T) {
	log.SetFlags(0)
	log.Println("counting")
	if Count("a b") != 2 {
		log.Fatalf("Count is wrong")
	}
}

func TestFatal(t *testing.T) {
	log.Fatalf("stop here")
}
`)}
	v, text = gradeText(t, wordsTask(logs), wordsSolution)
	if v.Status != Fail || v.Passed() != 1 || !strings.Contains(text, "stop here") {
		t.Fatalf("verdict %s with %d passed, want a fail of TestFatal only, naming its message:\n%s", v.Status, v.Passed(), text)
	}
	for _, r := range v.Tests {
		if r.Name == "TestLogs" && !strings.Contains(r.Output, "counting") {
			t.Errorf("TestLogs's output %q lacks what it logged", r.Output)
		}
	}

	v, text = gradeText(t, wordsTask(none), `package words

import "os"

// Count removes a file.
func Count(s string) int {
	_ = os.Remove(s)
	return 0
}
`)
	if !v.Unsupported || !strings.Contains(text, "solution.go:7") || !strings.Contains(text, "os.Remove is not offered") {
		t.Fatalf("verdict %s (unsupported %v), want os.Remove named as not offered, at solution.go:7:\n%s", v.Status, v.Unsupported, text)
	}
}

// A gap in a type the challenge declares (a support file) names that
// file, and does not ask the learner to change the type.
func TestGapInTheChallengesTypeSaysSo(t *testing.T) {
	task := wordsTask(File{Name: "words_test.go", Source: []byte(`package words

import "testing"

func TestTransient(t *testing.T) {
	if !Transient(Temporary{}) {
		t.Fatal("not transient")
	}
}
`)})
	task.Support = []File{{Name: "common.go", Source: []byte(`package words

// Temporary is an error that goes away.
type Temporary struct{ reason string }

func (e Temporary) Error() string { return "temporary: " + e.reason }
`)}}
	v, text := gradeText(t, task, `package words

// Transient reports whether err is a Temporary.
func Transient(err error) bool {
	_, ok := err.(Temporary)
	return ok
}
`)
	if !v.Unsupported || !strings.Contains(text, "declared in common.go") || !strings.Contains(text, "nothing to rewrite in your file") || strings.Contains(text, "give Temporary's methods pointer receivers") {
		t.Fatalf("want the gap named with common.go and no rewrite asked of the learner:\n%s", text)
	}
}
