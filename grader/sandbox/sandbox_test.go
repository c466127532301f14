package sandbox

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"
)

func TestMain(m *testing.M) {
	RunWorkerIfRequested()
	os.Exit(m.Run())
}

const testPkg = "src/example.com/calc/"

func job(solution string, tests string) Job {
	return Job{
		Files: map[string]string{
			testPkg + "calc.go": solution,
			"test/calc_test.go": tests,
		},
		Packages:  []string{"fmt", "math", "strings"},
		Eval:      []string{"test/calc_test.go"},
		Package:   "calc_test",
		Tests:     []string{"TestAdd"},
		TimeLimit: time.Second,
	}
}

const addTests = `package calc_test

import (
	"testing"

	"example.com/calc"
)

func TestAdd(t *testing.T) {
	for _, c := range []struct{ a, b, want int }{{1, 2, 3}, {2, 2, 4}, {0, 0, 0}} {
		t.Run(fmt.Sprint(c.a, "+", c.b), func(t *testing.T) {
			if got := calc.Add(c.a, c.b); got != c.want {
				t.Fatalf("Add(%d, %d) = %d, want %d", c.a, c.b, got, c.want)
			}
			t.Log("unreachable after Fatal? no: reached only on success")
		})
	}
}
`

func fixTests(s string) string {
	return strings.Replace(s, `"testing"`, "\"fmt\"\n\t\"testing\"", 1)
}

func TestRunReportsEachSubtest(t *testing.T) {
	res, err := Run(context.Background(), job("package calc\n\nfunc Add(a, b int) int {\n\tif a == 2 {\n\t\treturn 5\n\t}\n\treturn a + b\n}\n", fixTests(addTests)))
	if err != nil {
		t.Fatal(err)
	}
	if res.Outcome != Completed {
		t.Fatalf("outcome %s: %s\n%s", res.Outcome, res.Message, res.Stderr)
	}
	got := map[string]TestResult{}
	for _, tr := range res.Tests {
		got[tr.Name] = tr
	}
	if len(res.Tests) != 4 {
		t.Fatalf("got %d results, want 4: %+v", len(res.Tests), res.Tests)
	}
	if r := got["TestAdd/2+2"]; r.Status != StatusFail || !strings.Contains(r.Message, "Add(2, 2) = 5, want 4") || strings.Contains(r.Message, "unreachable") {
		t.Errorf("TestAdd/2+2 = %+v", r)
	}
	if r := got["TestAdd/1+2"]; r.Status != StatusPass {
		t.Errorf("TestAdd/1+2 = %+v", r)
	}
	if r := got["TestAdd"]; r.Status != StatusFail || !r.Subtests {
		t.Errorf("TestAdd = %+v", r)
	}
}
