package exercises_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/lectern-dev/lectern/exercises"
	"github.com/lectern-dev/lectern/grader"
)

// Every built-in challenge keeps, beside its reference, correct solutions
// of other styles (testdata/correct/*.go) and the common wrong answers
// its hidden tests must catch (testdata/wrong/*.go, each named after its
// mistake and listed in the folder's README). The tests below grade each
// of them through Lectern's grader and with go test, and want the same
// verdict from both: proof that the hidden tests reject no correct style
// and let no named mistake through.

const (
	minCorrect = 6
	minWrong   = 3
)

type alternative struct {
	challenge *exercises.Challenge
	kind      string // "correct" or "wrong"
	name      string // file name without .go
	src       []byte
}

// alternatives loads every challenge's alternative solutions, and checks
// that each challenge has enough of both kinds.
func alternatives(t *testing.T) []alternative {
	t.Helper()
	all, err := exercises.LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	var out []alternative
	for _, ch := range all {
		for kind, min := range map[string]int{"correct": minCorrect, "wrong": minWrong} {
			files, err := filepath.Glob(filepath.Join(ch.ID, "testdata", kind, "*.go"))
			if err != nil {
				t.Fatal(err)
			}
			if len(files) < min {
				t.Errorf("%s: %d files in testdata/%s, want at least %d", ch.ID, len(files), kind, min)
			}
			for _, f := range files {
				src, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, alternative{ch, kind, strings.TrimSuffix(filepath.Base(f), ".go"), src})
			}
		}
	}
	return out
}

func TestAlternativesThroughTheGrader(t *testing.T) {
	for _, a := range alternatives(t) {
		t.Run(a.challenge.ID+"/"+a.kind+"/"+a.name, func(t *testing.T) {
			t.Parallel()
			ch := a.challenge
			// The learner's file is always solution.go.
			v := grader.Grade(context.Background(), ch.Task(), "solution.go", a.src)
			var b strings.Builder
			_ = grader.WriteText(&b, v)
			total := len(referenceResults(t, ch).Tests)
			switch a.kind {
			case "correct":
				if v.Status != grader.Pass || v.Total() != total {
					t.Fatalf("%s: %s (%s), %d tests; want a pass of all %d:\n%s", a.name, v.Status, v.Reason, v.Total(), total, b.String())
				}
			case "wrong":
				if v.Status != grader.Fail || v.Unsupported || v.Passed() == v.Total() {
					t.Fatalf("%s: %s (%s, unsupported %v), %d of %d passing; want it to fail tests:\n%s", a.name, v.Status, v.Reason, v.Unsupported, v.Passed(), v.Total(), b.String())
				}
			}
		})
	}
}

var (
	refMu      sync.Mutex
	refVerdict = map[string]*grader.Verdict{}
)

// referenceResults grades a challenge's reference once.
func referenceResults(t *testing.T, ch *exercises.Challenge) *grader.Verdict {
	t.Helper()
	refMu.Lock()
	defer refMu.Unlock()
	if v, ok := refVerdict[ch.ID]; ok {
		return v
	}
	v := grader.Grade(context.Background(), ch.Task(), "solution.go", ch.Solution)
	if v.Status != grader.Pass {
		t.Fatalf("the reference of %s does not pass: %s (%s)", ch.ID, v.Status, v.Reason)
	}
	refVerdict[ch.ID] = v
	return v
}

var packageClause = regexp.MustCompile(`(?m)^package \w+`)

// TestAlternativesNatively runs go test on every alternative: all of them
// in one throw-away module, one package each, with the challenge's tests
// and other files beside it (their import of the challenge pointed at
// that package).
func TestAlternativesNatively(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go toolchain on PATH")
	}
	alts := alternatives(t)
	root := t.TempDir()
	const module = "alternatives.test"
	write := func(name string, data []byte) {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(root, "go.mod"), []byte("module "+module+"\n\ngo 1.26\n"))
	byPackage := map[string]alternative{}
	for _, a := range alts {
		ch := a.challenge
		rel := ch.ID + "/" + a.kind + "/" + a.name
		dir := filepath.Join(root, filepath.FromSlash(rel))
		write(filepath.Join(dir, "solution.go"), packageClause.ReplaceAll(a.src, []byte("package "+ch.PackageName)))
		for _, f := range append(append([]exercises.TestFile(nil), ch.Tests...), ch.Support...) {
			src := bytes.ReplaceAll(f.Source, []byte(strconv.Quote(ch.ImportPath)), []byte(strconv.Quote(module+"/"+rel)))
			write(filepath.Join(dir, f.Name), src)
		}
		byPackage[module+"/"+rel] = a
	}
	cmd := exec.Command("go", "test", "-count=1", "-json", "./...")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	out, _ := cmd.CombinedOutput() // failing packages are expected; each is judged below

	result := map[string]string{}
	output := map[string]*strings.Builder{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var ev struct{ Action, Package, Test, Output string }
		if json.Unmarshal(sc.Bytes(), &ev) != nil || ev.Package == "" {
			continue
		}
		if output[ev.Package] == nil {
			output[ev.Package] = &strings.Builder{}
		}
		output[ev.Package].WriteString(ev.Output)
		if ev.Test == "" && (ev.Action == "pass" || ev.Action == "fail") {
			result[ev.Package] = ev.Action
		}
	}
	for pkg, a := range byPackage {
		log := ""
		if output[pkg] != nil {
			log = output[pkg].String()
		}
		switch {
		case result[pkg] == "":
			t.Errorf("%s/%s/%s: no result from go test:\n%s", a.challenge.ID, a.kind, a.name, log)
		case a.kind == "correct" && result[pkg] != "pass":
			t.Errorf("%s/correct/%s fails natively:\n%s", a.challenge.ID, a.name, log)
		case a.kind == "wrong" && (result[pkg] != "fail" || !strings.Contains(log, "--- FAIL")):
			t.Errorf("%s/wrong/%s does not fail a test natively:\n%s", a.challenge.ID, a.name, log)
		}
	}
	if len(result) == 0 {
		t.Fatalf("go test reported nothing:\n%s", out)
	}
}
