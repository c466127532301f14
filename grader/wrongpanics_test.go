package grader

import (
	"strings"
	"testing"
)

// A run-time error in the code is the code's own mistake, whatever part
// of the interpreter raises it: the test fails, as under go test, and is
// never "not graded".
func TestRunTimeErrorsOfTheCodeFail(t *testing.T) {
	task := costCalculator(t)
	for _, tc := range []struct{ name, body, want string }{
		{"index out of range", "\txs := []float64{1}\n\treturn xs[invocations%3+1]", "index out of range"},
		{"slice bounds", "\txs := []float64{1}\n\treturn xs[1:invocations%3+2][0]", "slice bounds out of range"},
		{"nil map write", "\tvar m map[int]float64\n\tm[invocations] = 1\n\treturn m[0]", "assignment to entry in nil map"},
		{"nil pointer field", "\ttype price struct{ v float64 }\n\tvar p *price\n\treturn p.v", "nil pointer dereference"},
		{"failed assertion", "\tvar x any = \"text\"\n\treturn float64(x.(int))", "interface conversion"},
		{"divide by zero", "\tzero := invocations - invocations\n\treturn float64(invocations / zero)", "integer divide by zero"},
		{"explicit panic", "\tpanic(\"not yet\")", "panic: not yet"},
		{"negative make", "\tn := -1 - invocations%2\n\treturn float64(len(make([]int, n)))", "len out of range"},
		{"nil function", "\tvar f func() float64\n\treturn f()", "nil pointer dereference"},
		{"close of nil channel", "\tvar c chan int\n\tclose(c)\n\treturn 0", "close of nil channel"},
		{"strconv must", "\tn, err := strconv.Atoi(\"x\")\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\treturn float64(n)", "invalid syntax"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "package costcalculator\n\nimport \"strconv\"\n\nvar _ = strconv.Itoa\n\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n" + tc.body + "\n}\n"
			v, text := gradeText(t, task, src)
			if v.Status != Fail || v.Unsupported {
				t.Fatalf("verdict %s (unsupported %v), want fail:\n%s", v.Status, v.Unsupported, text)
			}
			for _, tr := range v.Tests {
				if tr.Ungraded != "" {
					t.Errorf("%s is %q, want a failure of the code's", tr.Name, tr.Ungraded)
				}
			}
			if !strings.Contains(text, tc.want) {
				t.Errorf("the report does not say %q:\n%s", tc.want, text)
			}
		})
	}
}
