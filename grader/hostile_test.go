package grader

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lectern-dev/lectern/grader/sandbox"
)

// correctBody is the reference arithmetic, for submissions that misbehave
// on the side but answer correctly.
const correctBody = `
	if memorySizeMB == 0 {
		memorySizeMB = 128
	}
	gbs := float64(invocations) * (avgDurationMs / 1000) * (float64(memorySizeMB) / 1024)
	return math.Round(math.Max(0, gbs-400000)*0.0000166667*100) / 100
`

// recoveredPanics, appended to a submission, makes its package
// initialisation recover 3000 panics that unwound through a function of
// the learner's (each leaves the interpreter's trace of that frame).
const recoveredPanics = "\nfunc boom() { panic(\"fatal error: out of memory\") }\n\nfunc init() {\n\tfor i := 0; i < 3000; i++ {\n\t\tfunc() {\n\t\t\tdefer func() { recover() }()\n\t\t\tboom()\n\t\t}()\n\t}\n}\n"

func submission(imports, body string) string {
	return "package costcalculator\n\nimport (\n" + imports + "\n)\n\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n" + body + "\n}\n"
}

type hostile struct {
	name       string
	src        string
	status     Status
	reason     Reason
	contains   []string // in the verdict message or a test message
	maxElapsed time.Duration
	total      int    // tests reported, when set
	text       string // in the text report
	noRace     bool   // skipped under the race detector (see raceEnabled)
	// timeLimit, when set, replaces the task's 2 s: for a case about
	// something else than time, which a loaded machine must not fail.
	timeLimit time.Duration
}

func hostileCases() []hostile {
	fiveMB := "package costcalculator\n\n// " + strings.Repeat("x", 5<<20) + "\n"
	var importCases []hostile
	for _, p := range []string{"os", "os/exec", "net", "syscall", "unsafe", "reflect", "runtime", "./helper", "../secrets"} {
		importCases = append(importCases, hostile{
			name:     "import " + p,
			src:      submission(`"`+p+`"`, "\treturn 0"),
			status:   Error,
			reason:   ReasonCompile,
			contains: []string{"solution.go:4:1:", strconv.Quote(p), "you can import errors, fmt, math, sort, strconv, strings, unicode, unicode/utf8"},
		})
	}
	cases := []hostile{
		{name: "endless loop", src: submission(`"math"`, "\tfor {\n\t}\n\t_ = math.Pi\n\treturn 0"), status: Error, reason: ReasonTimeout,
			contains: []string{"time limit exceeded", "TestCalculateCostExamples/inside_the_free_tier", "did not finish"}, maxElapsed: 2*time.Second + 700*time.Millisecond},
		{name: "endless loop in a goroutine", src: submission(`"math"`, "\tgo func() {\n\t\tfor {\n\t\t}\n\t}()"+correctBody), status: Pass,
			timeLimit: 10 * time.Second}, // a loaded machine: waiting for the goroutine would still time out
		{name: "panic", src: submission(`"math"`, "\t_ = math.Pi\n\tpanic(\"boom\")"), status: Fail,
			contains: []string{"panic: boom", "at solution.go:9 (in costcalculator.CalculateCost)"}},
		{name: "panic in a goroutine", src: submission(`"math"`, "\t_ = math.Pi\n\tdone := make(chan bool)\n\tgo func() {\n\t\tpanic(\"boom in a goroutine\")\n\t\tdone <- true\n\t}()\n\t<-done\n\treturn 0"),
			status: Error, reason: ReasonCrash, contains: []string{"panic: boom in a goroutine", "TestCalculateCostExamples/inside_the_free_tier", "cannot be recovered"}},
		// yaegi words these in reflect's terms; they are still the code's
		// own mistakes, reported as Go would report them.
		{name: "slice index out of range", src: submission(`"math"`, "\ttiers := []float64{math.Pi, 1}\n\treturn tiers[invocations%5+2]"), status: Fail,
			contains: []string{"runtime error: index out of range"}},
		{name: "nil pointer dereference", src: submission(`"math"`, "\ttype price struct{ perGBs float64 }\n\tvar p *price\n\treturn p.perGBs * math.Pi"), status: Fail,
			contains: []string{"invalid memory address or nil pointer dereference"}},
		{name: "calling a nil function", src: submission(`"math"`, "\tvar f func() float64\n\t_ = math.Pi\n\treturn f()"), status: Fail,
			contains: []string{"nil pointer dereference"}},
		{name: "a panic that mentions reflect", src: submission(`"math"`, "\t_ = math.Pi\n\tpanic(\"reflect: boom\")"), status: Fail,
			contains: []string{"panic: reflect: boom"}},
		{name: "nil map write", src: submission(`"math"`, "\tvar m map[string]float64\n\tm[\"x\"] = math.Pi\n\treturn m[\"x\"]"), status: Fail,
			contains: []string{"assignment to entry in nil map", "at solution.go:9 (in costcalculator.CalculateCost)"}},
		{name: "1 TB allocation", src: submission(`"math"`, "\tb := make([]byte, 1<<40)\n\treturn float64(len(b)) * math.Pi"), status: Error, reason: ReasonMemory,
			contains: []string{"memory limit exceeded", "64 MB", "TestCalculateCostExamples/inside_the_free_tier"}, noRace: true},
		// Recovered panics leave nothing behind that could bury the report
		// of the allocation that kills the worker.
		{name: "recovered panics then a 1 TB allocation", src: submission(`"math"`, "\tb := make([]byte, 1<<40)\n\treturn float64(len(b)) * math.Pi") + recoveredPanics,
			status: Error, reason: ReasonMemory, contains: []string{"memory limit exceeded", "TestCalculateCostExamples/inside_the_free_tier"}, noRace: true},
		// A panic whose message looks like the runtime's is still a panic.
		{name: "a goroutine panics with an out-of-memory message", src: submission(`"math"`, "\t_ = math.Pi\n\tgo func() {\n\t\tpanic(\"fatal error: out of memory\")\n\t}()\n\tselect {}"),
			status: Error, reason: ReasonCrash, contains: []string{"panic: fatal error: out of memory", "cannot be recovered"}},
		{name: "recovered panics then a goroutine panic", src: submission(`"math"`, "\t_ = math.Pi\n\tgo func() {\n\t\tpanic(\"boom in a goroutine\")\n\t}()\n\tselect {}") + recoveredPanics,
			status: Error, reason: ReasonCrash, contains: []string{"panic: boom in a goroutine"}},
		{name: "slowly growing memory", src: "package costcalculator\n\nvar hoard [][]byte\n\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n\tfor i := 0; ; i++ {\n\t\thoard = append(hoard, make([]byte, 4096))\n\t}\n}\n",
			status: Error, reason: ReasonMemory, contains: []string{"memory limit exceeded"}},
		// go test does not fail a test for what it prints: neither do we.
		// The output is kept up to the limit and said to be cut.
		{name: "1.6 MB of debug output per call", src: submission(`"fmt"`+"\n\t"+`"math"`, "\tline := \""+strings.Repeat("x", 99)+"\"\n\tfor i := 0; i < 1<<14; i++ {\n\t\tfmt.Println(line)\n\t}"+correctBody),
			status: Pass, total: 21, timeLimit: 20 * time.Second}, // ~0.9 s alone: time is not the point here
		// Printing forever is an endless loop like any other.
		{name: "printing forever", src: submission(`"fmt"`, "\tfor {\n\t\tfmt.Println(\"spam spam spam spam spam spam spam spam spam spam spam spam spam\")\n\t}"),
			status: Error, reason: ReasonTimeout, contains: []string{"time limit exceeded", "TestCalculateCostExamples/inside_the_free_tier"}, total: 21},
		{name: "package main", src: "package main\n\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n\treturn 0\n}\n",
			status: Error, reason: ReasonCompile, contains: []string{"solution.go:1:9: package main, but the tests are in package costcalculator"}},
		{name: "missing function body", src: "package costcalculator\n\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64\n",
			status: Error, reason: ReasonCompile, contains: []string{"solution.go:3:6: missing function body"}},
		// A hidden case that loops: the tests before it keep their results,
		// and those after it are listed as not run, so the total stays 21.
		{name: "endless loop in one hidden case", src: submission(`"math"`, "\tif invocations == 12_345_678 {\n\t\tfor {\n\t\t}\n\t}"+correctBody),
			status: Error, reason: ReasonTimeout, total: 21,
			contains: []string{"TestCalculateCost/fractional_duration", "did not finish",
				"not run: grading stopped at TestCalculateCost/fractional_duration (time limit exceeded)", "TestCalculateCost/a_billion_tiny_invocations_stay_free"},
			text: "15 passed, 1 failed, 5 not run"},
		{name: "printing a fake passing result", src: submission(`"fmt"`, "\tfmt.Println(`{\"e\":\"finish\",\"t\":\"TestCalculateCost\",\"s\":\"pass\"}`)\n\tfmt.Println(`{\"e\":\"done\"}`)\n\tfmt.Println(\"PASS\\nok  \\tcostcalculator\\t0.001s\")\n\treturn -1"),
			status: Fail, contains: []string{"= -1, want"}},
		{name: "wrong signature", src: "package costcalculator\n\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB float64) float64 {\n\treturn 0\n}\n",
			status: Error, reason: ReasonCompile, contains: []string{"solution.go:3:6: CalculateCost has the wrong signature", "func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64"}},
		{name: "missing function", src: "package costcalculator\n\nfunc calculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n\treturn 0\n}\n",
			status: Error, reason: ReasonCompile, contains: []string{"CalculateCost is missing", "you wrote calculateCost"}},
		{name: "empty file", src: "", status: Error, reason: ReasonCompile, contains: []string{"solution.go: the file is empty"}},
		{name: "whitespace only", src: " \n\t\n", status: Error, reason: ReasonCompile, contains: []string{"the file is empty"}},
		{name: "syntax error", src: "package costcalculator\n\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n\treturn (0\n}\n",
			status: Error, reason: ReasonCompile, contains: []string{"solution.go:4:", "syntax error"}},
		{name: "type error", src: "package costcalculator\n\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n\treturn invocations\n}\n",
			status: Error, reason: ReasonCompile, contains: []string{"solution.go:4:9: cannot use invocations (variable of type int) as float64 value in return statement"}},
		{name: "unused variable", src: "package costcalculator\n\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n\ty := 2\n\treturn 0\n}\n",
			status: Error, reason: ReasonCompile, contains: []string{"solution.go:4:2: declared and not used: y"}},
		{name: "unused import", src: submission(`"strings"`, "\treturn 0"), status: Error, reason: ReasonCompile, contains: []string{`solution.go:4:1: "strings" imported and not used`}},
		{name: "missing return", src: "package costcalculator\n\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n\tif invocations > 0 {\n\t\treturn 1\n\t}\n}\n",
			status: Error, reason: ReasonCompile, contains: []string{"solution.go:7:1: missing return"}},
		{name: "invalid UTF-8", src: "package costcalculator\n\n// caf\xe9\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n\treturn 0\n}\n",
			status: Error, reason: ReasonCompile, contains: []string{"solution.go:3:7: invalid UTF-8 encoding"}},
		{name: "a 5 MB file", src: fiveMB, status: Error, reason: ReasonCompile, contains: []string{"the file is 5.0 MB; the grader accepts files up to 1 MB"}},
		{name: "endless loop in init", src: "package costcalculator\n\nfunc init() {\n\tfor {\n\t}\n}\n\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n\treturn 0\n}\n",
			status: Error, reason: ReasonTimeout, contains: []string{"while loading your code"}},
		{name: "panic in init", src: "package costcalculator\n\nvar m map[int]int\n\nfunc init() {\n\tm[1] = 2\n}\n\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n\treturn 0\n}\n",
			status: Error, reason: ReasonCrash, contains: []string{"initialised", "assignment to entry in nil map"}},
		{name: "block forever", src: submission(`"math"`, "\t_ = math.Pi\n\tselect {}"), status: Error, reason: ReasonTimeout},
		{name: "deep recursion", src: "package costcalculator\n\nfunc down(n int) int { return down(n+1) + 1 }\n\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n\treturn float64(down(0))\n}\n",
			status: Error},
		{name: "range over func", src: submission(`"math"`, "\tseq := func(yield func(int) bool) {\n\t\tyield(1)\n\t}\n\tfor x := range seq {\n\t\t_ = x\n\t}"+correctBody),
			status: Error, reason: ReasonCompile, contains: []string{"range over a function", "limitation of Lectern"}},
	}
	return append(cases, importCases...)
}

func TestHostileSubmissions(t *testing.T) {
	ch := costCalculator(t)
	for _, tc := range hostileCases() {
		t.Run(tc.name, func(t *testing.T) {
			if tc.noRace && raceEnabled {
				// The race runtime keeps the heap in a fixed address range:
				// the 1 TB allocation ends the worker with "fatal error: too
				// many address space collisions for -race mode" (a crash)
				// before RLIMIT_AS can make it run out of memory. Outside
				// -race this case runs as usual.
				t.Skip("skipped under the race detector: its runtime cannot even try a 1 TB heap, so the verdict is a crash, not memory")
			}
			task := ch
			if tc.timeLimit > 0 {
				copied := *ch
				copied.TimeLimit = tc.timeLimit
				task = &copied
			}
			before := workerProcesses(t)
			start := time.Now()
			v := Grade(t.Context(), task, "solution.go", []byte(tc.src))
			elapsed := time.Since(start)
			var text bytes.Buffer
			_ = WriteText(&text, v)
			if v.Status != tc.status || (tc.reason != "" && v.Reason != tc.reason) {
				t.Fatalf("verdict %s/%s, want %s/%s:\n%s", v.Status, v.Reason, tc.status, tc.reason, text.String())
			}
			all := v.Message
			for _, tr := range v.Tests {
				all += "\n" + tr.Name + "\n" + tr.Message
			}
			for _, want := range tc.contains {
				if !strings.Contains(all, want) {
					t.Errorf("verdict does not mention %q:\n%s", want, text.String())
				}
			}
			if !strings.Contains(text.String(), tc.text) {
				t.Errorf("text report does not say %q:\n%s", tc.text, text.String())
			}
			if tc.total > 0 && v.Total() != tc.total {
				t.Errorf("%d tests reported, want %d:\n%s", v.Total(), tc.total, text.String())
			}
			if len(v.Message) > maxMessageBytes {
				t.Errorf("verdict message is %d bytes, want at most %d:\n%.3000s", len(v.Message), maxMessageBytes, v.Message)
			}
			if tc.maxElapsed > 0 && elapsed > tc.maxElapsed {
				t.Errorf("took %v, want at most %v", elapsed, tc.maxElapsed)
			}
			if v.Status == Error && v.Reason != ReasonCompile && len(v.Tests) == 0 && !strings.Contains(tc.name, "init") {
				t.Errorf("no test results kept or named:\n%s", text.String())
			}
			assertNoWorkersLeft(t, before)
		})
	}
}

// workerProcesses lists live processes started as sandbox workers from this
// test binary (children or orphans).
func workerProcesses(t *testing.T) map[int]bool {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	found := map[int]bool{}
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, d := range dirs {
		pid, _ := strconv.Atoi(filepath.Base(d))
		cmdline, err := os.ReadFile(d + "/cmdline")
		if err != nil {
			continue
		}
		args := strings.Split(string(cmdline), "\x00")
		exe, _ := os.Readlink(d + "/exe")
		if len(args) > 1 && args[1] == sandbox.WorkerArg && (exe == self || args[0] == self) {
			found[pid] = true
		}
		// Zombies or live children of this process.
		stat, err := os.ReadFile(d + "/stat")
		if err == nil {
			fields := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
			if len(fields) > 1 && fields[1] == strconv.Itoa(os.Getpid()) {
				found[pid] = true
			}
		}
	}
	return found
}

func assertNoWorkersLeft(t *testing.T, before map[int]bool) {
	t.Helper()
	// Give the kernel a moment to tear down a killed process group.
	deadline := time.Now().Add(time.Second)
	for {
		var left []int
		for pid := range workerProcesses(t) {
			if !before[pid] {
				left = append(left, pid)
			}
		}
		if len(left) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("worker processes left running: %v", left)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func readStyle(name string) ([]byte, error) {
	return os.ReadFile(filepath.Join("testdata", "styles", name+".go"))
}

// waitWarm gives a just-started worker time to finish starting up, as a
// learner reading the prompt would.
func waitWarm(g *Grader) { time.Sleep(30 * time.Millisecond) }

func readStyleFile(path string) ([]byte, error) { return os.ReadFile(path) }

// The warm path keeps one worker waiting; after Close nothing is left, and
// a waiting worker killed from outside is replaced transparently.
func TestWarmGraderLeavesNothingRunning(t *testing.T) {
	ch := costCalculator(t)
	before := workerProcesses(t)
	g := NewWarm()
	for i, src := range []string{string(ch.Reference), hostileCases()[0].src, string(ch.Reference)} {
		v := g.Grade(t.Context(), ch, "solution.go", []byte(src))
		want := Pass
		if i == 1 {
			want = Error
		}
		if v.Status != want {
			t.Fatalf("grade %d: %s %s", i, v.Status, v.Message)
		}
		waitWarm(g)
	}
	// Kill the waiting worker behind the pool's back.
	for pid := range workerProcesses(t) {
		if !before[pid] {
			p, _ := os.FindProcess(pid)
			_ = p.Kill()
		}
	}
	time.Sleep(50 * time.Millisecond)
	if v := g.Grade(t.Context(), ch, "solution.go", ch.Reference); v.Status != Pass {
		t.Fatalf("after the waiting worker died: %s %s", v.Status, v.Message)
	}
	g.Close()
	assertNoWorkersLeft(t, before)
}
