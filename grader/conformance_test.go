package grader

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
)

// The conformance suite is the grader's contract with the Go toolchain:
// small programs (testdata/conformance/<spec section>/<name>.go), each
// printing its results, run by the real toolchain and through the
// grader's whole pipeline (pre-check, rewrites, the sandbox's
// interpreter). Their output must be byte for byte the same. A program
// may instead end as
//   - detected: the pre-check names what the interpreter cannot run, as a
//     limitation of Lectern (never as the program's mistake), or
//   - a known gap: listed, with what goes wrong, in the README's table of
//     known gaps, which this test keeps honest both ways (an unlisted
//     mismatch fails, and so does a listed gap that now passes).
//
// The expected output is the program's .out file, which must itself equal
// what `go run` prints when a toolchain is on PATH (as in CI).

const conformanceDir = "testdata/conformance"

type conformanceProgram struct {
	path string // relative to the grader package, e.g. testdata/conformance/maps/x.go
	name string // section/name
	src  []byte
	want string
}

func conformancePrograms(t *testing.T) []conformanceProgram {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(conformanceDir, "*", "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no conformance programs in %s (%v)", conformanceDir, err)
	}
	sort.Strings(files)
	var out []conformanceProgram
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(strings.TrimSuffix(f, ".go") + ".out")
		if err != nil {
			t.Fatalf("%s has no .out file: %v", f, err)
		}
		rel, _ := filepath.Rel(conformanceDir, f)
		out = append(out, conformanceProgram{path: filepath.ToSlash(f), name: strings.TrimSuffix(filepath.ToSlash(rel), ".go"), src: src, want: string(want)})
	}
	return out
}

// knownGapRow matches a row of the README's known-gaps table whose first
// cell names a conformance program: | `section/name` | ... |
var knownGapRow = regexp.MustCompile("^\\|\\s*`([a-z0-9-]+/[a-z0-9_]+)`\\s*\\|")

// knownGaps reads the README's table of known gaps (the section headed
// "### Known gaps").
func knownGaps(t *testing.T) map[string]bool {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gaps := map[string]bool{}
	sc := bufio.NewScanner(f)
	in := false
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			in = strings.TrimSpace(line) == "### Known gaps"
			continue
		}
		if m := knownGapRow.FindStringSubmatch(line); in && m != nil {
			gaps[m[1]] = true
		}
	}
	if len(gaps) == 0 {
		t.Fatal("no known gaps read from the README (is the section still called \"### Known gaps\"?)")
	}
	return gaps
}

// conformanceOutcome runs one program through the grader and says how it
// ended: "match", "detected: ..." or "mismatch: ...".
func conformanceOutcome(p conformanceProgram) string {
	r := RunProgram(context.Background(), filepath.Base(p.path), p.src, 0)
	switch {
	case len(r.Diagnostics) > 0 && r.Unsupported:
		return "detected: " + r.Diagnostics[0].String()
	case len(r.Diagnostics) > 0:
		return "mismatch: the pre-check rejects it as wrong: " + r.Diagnostics[0].String()
	case r.Failure != "":
		return "mismatch: " + firstLine(r.Failure)
	case r.Output != p.want:
		return "mismatch: " + firstDifference(p.want, r.Output)
	}
	return "match"
}

func firstDifference(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d: go prints %q, Lectern %q", i+1, w, g)
		}
	}
	return "outputs differ"
}

func TestConformance(t *testing.T) {
	progs := conformancePrograms(t)
	if len(progs) < 200 {
		t.Errorf("only %d conformance programs; the suite promises at least 200", len(progs))
	}
	gaps := knownGaps(t)
	outcomes := make([]string, len(progs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i, p := range progs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			outcomes[i] = conformanceOutcome(p)
		}()
	}
	wg.Wait()
	counts := map[string]int{}
	for i, p := range progs {
		kind, _, _ := strings.Cut(outcomes[i], ":")
		counts[kind]++
		switch {
		case kind == "mismatch" && !gaps[p.name]:
			t.Errorf("%s: %s\n(fix it with a rewrite, detect it in the pre-check, or list it in the README's known gaps)", p.path, outcomes[i])
		case kind != "mismatch" && gaps[p.name]:
			t.Errorf("%s is listed as a known gap in the README, but it now ends as %q: take it off the list", p.path, outcomes[i])
		}
		if testing.Verbose() && kind != "match" {
			t.Logf("%s: %s", p.name, outcomes[i])
		}
	}
	for name := range gaps {
		if !strings.Contains(strings.Join(programNames(progs), "\n")+"\n", name+"\n") {
			t.Errorf("the README lists a known gap %s, but there is no such program", name)
		}
	}
	t.Logf("%d programs: %d match, %d detected as unsupported, %d known gaps", len(progs), counts["match"], counts["detected"], counts["mismatch"])
}

func programNames(progs []conformanceProgram) []string {
	var out []string
	for _, p := range progs {
		out = append(out, p.name)
	}
	return out
}

// TestConformanceExpectationsAreGos checks each .out file against what the
// Go toolchain prints for the program. Native outputs are cached (by the
// program's hash) in the user's cache folder, so a second run is quick.
func TestConformanceExpectationsAreGos(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go toolchain on PATH")
	}
	progs := conformancePrograms(t)
	cache := ""
	if dir, err := os.UserCacheDir(); err == nil {
		cache = filepath.Join(dir, "lectern-conformance")
		_ = os.MkdirAll(cache, 0o755)
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for _, p := range progs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum := sha256.Sum256(p.src)
			key := filepath.Join(cache, hex.EncodeToString(sum[:12])+".out")
			if cache != "" {
				if got, err := os.ReadFile(key); err == nil {
					if string(got) != p.want {
						t.Errorf("%s: its .out file is not what go run prints (%s)", p.path, firstDifference(string(got), p.want))
					}
					return
				}
			}
			sem <- struct{}{}
			defer func() { <-sem }()
			cmd := exec.Command(gobin, "run", filepath.Base(p.path))
			cmd.Dir = filepath.Dir(p.path)
			cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
			out, err := cmd.Output()
			if err != nil {
				t.Errorf("%s: go run failed: %v", p.path, err)
				return
			}
			if string(out) != p.want {
				t.Errorf("%s: its .out file is not what go run prints (%s)", p.path, firstDifference(string(out), p.want))
				return
			}
			if cache != "" {
				_ = os.WriteFile(key, out, 0o644)
			}
		}()
	}
	wg.Wait()
}
