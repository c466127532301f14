package exercises

import (
	"bytes"
	"os/exec"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// builtin returns the built-in challenge id (a content test helper).
func builtin(t *testing.T, id string) *Challenge {
	t.Helper()
	all, err := LoadBuiltin()
	if err != nil {
		t.Fatalf("LoadBuiltin() error:\n%v", err)
	}
	for _, c := range all {
		if c.ID == id {
			return c
		}
	}
	t.Fatalf("no built-in challenge %q", id)
	return nil
}

func TestBuiltInChallengesLoad(t *testing.T) {
	all, err := LoadBuiltin()
	if err != nil {
		t.Fatalf("LoadBuiltin() error:\n%v", err)
	}
	if len(all) == 0 {
		t.Fatal("LoadBuiltin() returned no challenges")
	}
	for i := 1; i < len(all); i++ {
		if all[i-1].ID >= all[i].ID {
			t.Errorf("not sorted by id: %s before %s", all[i-1].ID, all[i].ID)
		}
	}
	c := builtin(t, "cost-calculator")
	if c.PackageName != "costcalculator" || c.ImportPath != ModulePath+"/cost-calculator" {
		t.Errorf("package %q import path %q", c.PackageName, c.ImportPath)
	}
	if c.TimeLimit != 2*time.Second || c.MemoryLimit != 64<<20 || c.OutputLimit != 64<<10 {
		t.Errorf("limits: time %v memory %d output %d", c.TimeLimit, c.MemoryLimit, c.OutputLimit)
	}
	if len(c.Hints) != 5 {
		t.Errorf("cost-calculator has %d hints, want 5", len(c.Hints))
	}
	if f := c.Function("CalculateCost"); f == nil || !strings.Contains(f.Signature, "memorySizeMB int) float64") {
		t.Errorf("CalculateCost function spec = %+v", f)
	}
	if bytes.Contains(c.Starter, []byte("go:build")) || !bytes.HasPrefix(c.Starter, []byte("package costcalculator")) {
		t.Errorf("starter still has its build constraint or lost its package clause:\n%s", c.Starter)
	}
	if got := c.TestNames(); strings.Join(got, ",") != "TestCalculateCostExamples,TestCalculateCost" {
		t.Errorf("TestNames() = %v", got)
	}
	if c.IsHidden("TestCalculateCostExamples/paid_usage") || !c.IsHidden("TestCalculateCost/zero_invocations") {
		t.Error("IsHidden confuses the example and hidden tests")
	}
	if c.Dir != "exercises/cost-calculator" {
		t.Errorf("Dir %q, want the folder as messages name it", c.Dir)
	}
}

func TestProblemsNameFileAndLine(t *testing.T) {
	good := func() fstest.MapFS {
		m := fstest.MapFS{}
		for _, name := range []string{"exercise.yaml", "prompt.md", "solution.go", "starter.go", "example_test.go", "hidden_test.go"} {
			data, err := embedded.ReadFile("cost-calculator/" + name)
			if err != nil {
				t.Fatal(err)
			}
			m["cost-calculator/"+name] = &fstest.MapFile{Data: data}
		}
		return m
	}
	if _, err := Load(good(), Options{ModulePath: ModulePath}); err != nil {
		t.Fatalf("a copy of the built-in challenge fails to load:\n%v", err)
	}
	edit := func(name, old, new string) fstest.MapFS {
		m := good()
		f := m["cost-calculator/"+name]
		if !bytes.Contains(f.Data, []byte(old)) {
			t.Fatalf("%s does not contain %q", name, old)
		}
		f.Data = bytes.Replace(f.Data, []byte(old), []byte(new), 1)
		return m
	}
	tests := []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"id differs from folder", edit("exercise.yaml", "id: cost-calculator", "id: other"), `cost-calculator/exercise.yaml:3: id "other" must match the folder name`},
		{"unknown key", edit("exercise.yaml", "title:", "colour: red\ntitle:"), `cost-calculator/exercise.yaml:5: unknown key "colour"`},
		{"bad time limit", edit("exercise.yaml", "time_limit: 2s", "time_limit: forever"), `cost-calculator/exercise.yaml:9: time_limit "forever"`},
		{"bad memory limit", edit("exercise.yaml", "memory_limit: 64MB", "memory_limit: 3TB"), `exercise.yaml:10: memory_limit "3TB"`},
		{"unsupported import", edit("exercise.yaml", "imports: [errors,", "imports: [os/exec, errors,"), `exercise.yaml:12: imports: "os/exec" is not a package the grader supports`},
		{"bad signature", edit("exercise.yaml", "signature: func CalculateCost(", "signature: func Other("), `exercise.yaml:8: functions[0]: signature`},
		{"no hints", edit("exercise.yaml", "hints:", "hintz:"), `unknown key "hintz"`},
		{"starter without constraint", edit("starter.go", "//go:build lectern_starter", "// nothing"), `cost-calculator/starter.go:1: the first line must be "//go:build lectern_starter"`},
		{"solution without function", edit("solution.go", "func CalculateCost(", "func calculateCost("), "the reference solution does not declare CalculateCost"},
		{"test package", edit("hidden_test.go", "package costcalculator_test", "package billing_test"), "cost-calculator/hidden_test.go:1: package billing_test: tests are package costcalculator (internal) or costcalculator_test (external)"},
		{"no tests", func() fstest.MapFS {
			m := good()
			delete(m, "cost-calculator/hidden_test.go")
			delete(m, "cost-calculator/example_test.go")
			return m
		}(), "cost-calculator: no tests"},
		{"missing prompt", func() fstest.MapFS { m := good(); delete(m, "cost-calculator/prompt.md"); return m }(), "cost-calculator/prompt.md: missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(tt.fsys, Options{ModulePath: ModulePath})
			if err == nil {
				t.Fatalf("Load succeeded, want a problem containing %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Load error:\n%v\nwant it to contain %q", err, tt.want)
			}
		})
	}
}

// TestStartersFailTheirTestsNatively proves the tests are tested: each
// challenge's tests pass against the reference solution (go test ./exercises/...
// does that) and fail against the starter.
func TestStartersFailTheirTestsNatively(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go toolchain on PATH")
	}
	all, err := LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range all {
		t.Run(c.ID, func(t *testing.T) {
			out, err := exec.Command("go", "test", "-count=1", "-tags", StarterTag, c.ImportPath).CombinedOutput()
			if err == nil {
				t.Fatalf("the starter of %s passes its tests:\n%s", c.ID, out)
			}
			if !strings.Contains(string(out), "--- FAIL") {
				t.Fatalf("go test -tags %s %s failed without a failing test (does the starter compile?):\n%s", StarterTag, c.ImportPath, out)
			}
			out, err = exec.Command("go", "test", "-count=1", c.ImportPath).CombinedOutput()
			if err != nil {
				t.Fatalf("the reference solution of %s fails its tests:\n%s", c.ID, out)
			}
		})
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"64MB": 64 << 20, "512kb": 512 << 10, "1GB": 1 << 30, "100": 100, "7 B": 7} {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "MB", "-1MB", "lots"} {
		if _, err := ParseSize(in); err == nil {
			t.Errorf("ParseSize(%q) succeeded", in)
		}
	}
}

// A quick load (every command but dev check) gives the grader the same
// task as a full one: it skips checks, not content.
func TestQuickLoadGivesTheSameTasks(t *testing.T) {
	full, err := LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	quick, err := LoadBuiltinWith(Options{Quick: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(quick) != len(full) {
		t.Fatalf("%d challenges quickly, %d in full", len(quick), len(full))
	}
	for i, q := range quick {
		f := full[i]
		if !reflect.DeepEqual(q.Task(), f.Task()) {
			t.Errorf("%s: the quick load's task differs", q.ID)
		}
		if q.Title != f.Title || q.Prompt != f.Prompt || !reflect.DeepEqual(q.Hints, f.Hints) ||
			string(q.Starter) != string(f.Starter) || q.Lesson != f.Lesson {
			t.Errorf("%s: the quick load's text differs", q.ID)
		}
	}
}
