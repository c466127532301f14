package grader

import (
	"strings"
	"testing"
)

// A value of a learner type with a String or Error method passed to fmt's
// print functions is printed by the interpreter as its bare fields: the
// pre-check names it. Cases measured with lectern check on yaegi v0.16.1.
func TestPrecheckNamesUncalledPrintMethods(t *testing.T) {
	ch := costCalculator(t)
	head := `package costcalculator

import (
	"fmt"
	"strings"
)

type money struct{ cents int }

func (m money) String() string { return fmt.Sprintf("$%d", m.cents) }

type inputError struct{ field string }

func (e inputError) Error() string { return "bad " + e.field }

type ptrMoney struct{ cents int }

func (m *ptrMoney) String() string { return "p" }

type usd float64

func (u usd) String() string { return "u" }

type list []int

func (l list) String() string { return "l" }

type plain struct{ n int }

func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {
	_, _ = fmt.Sprint, strings.Builder{}
`
	for _, tc := range []struct{ body, want string }{
		{"\t_ = fmt.Sprint(money{3}) == \"$3\"\n", "a value of type money (declared in this file, with a String method) printed by fmt.Sprint"},
		{"\t_ = fmt.Sprintf(\"%v\", money{3})\n", "type money (declared in this file, with a String method) printed by fmt.Sprintf"},
		{"\t_ = fmt.Sprint(inputError{\"x\"})\n", "type inputError (declared in this file, with an Error method) printed by fmt.Sprint"},
		{"\t_ = fmt.Errorf(\"%v: %d\", inputError{\"x\"}, 1)\n", "inputError"},
		{"\t_ = fmt.Sprint(&money{3})\n", "type *money"},
		{"\t_ = fmt.Sprint(&ptrMoney{3})\n", "type *ptrMoney"},
		{"\t_ = fmt.Sprintf(\"%v\", usd(3))\n", "type usd"},
		{"\t_ = fmt.Sprintln(list{1})\n", "type list"},
		{"\tvar b strings.Builder\n\tfmt.Fprintln(&b, money{3})\n", "printed by fmt.Fprintln"},
		{"\tfmt.Printf(\"%[2]d %[1]s\", money{3}, 4)\n", "printed by fmt.Printf"},
		{"\tm := money{3}\n\tfmt.Println(m)\n", "printed by fmt.Println"},
	} {
		src := head + tc.body + "\treturn 0\n}\n"
		_, diags := Precheck(ch, "solution.go", []byte(src))
		if len(diags) != 1 || !diags[0].Unsupported || !strings.Contains(diags[0].Message, tc.want) ||
			!strings.Contains(diags[0].Message, "() in place of x") {
			t.Errorf("%q: diagnostics %+v, want one unsupported saying %q", tc.body, diags, tc.want)
		}
	}
	// What the interpreter prints right is left alone.
	for _, body := range []string{
		"\t_ = fmt.Sprint(plain{3})\n",
		"\t_ = fmt.Sprint(&plain{3})\n",
		"\t_ = fmt.Sprint(money{3}.String())\n",
		"\t_ = fmt.Sprint(inputError{\"x\"}.Error())\n",
		"\tvar s fmt.Stringer = money{3}\n\t_ = fmt.Sprint(s)\n",
		"\t_ = fmt.Sprintf(\"%.1f\", usd(3))\n",
		"\t_ = fmt.Sprintf(\"%d\", money{3})\n",
		"\t_ = fmt.Sprint(ptrMoney{3})\n", // the value's method set has no String
		"\t_ = fmt.Sprint(3, \"x\", 2.5)\n",
		"\tvar b strings.Builder\n\tfmt.Fprintln(&b, \"x\")\n",
	} {
		if _, diags := Precheck(ch, "solution.go", []byte(head+body+"\treturn 0\n}\n")); len(diags) > 0 {
			t.Errorf("%q: unexpected %+v", body, diags)
		}
	}
}
