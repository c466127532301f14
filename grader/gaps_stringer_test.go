package grader

import (
	"strings"
	"testing"
)

// fmt calls the String and Error methods of the code's own types, but the
// interpreter hands it a value of such a type without its methods unless
// the sandbox's fmt gets it wrapped: an operand that is itself of such a
// type is (the conformance suite's fmt-verbs programs check what it
// prints); one that holds such values (a slice of them, a struct field)
// is not, and the pre-check names it as a limitation.
func TestPrecheckNamesMethodsFmtCannotSee(t *testing.T) {
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
		{"\t_ = fmt.Sprint([]money{{3}})\n", "a value of type []money printed by fmt, which holds values of type money (declared in this file, with a String method)"},
		{"\t_ = fmt.Sprintf(\"%v\", map[string]inputError{})\n", "holds values of type inputError (declared in this file, with an Error method)"},
		{"\ttype row struct{ Price money }\n\tfmt.Println(row{})\n", "holds values of type money"},
		{"\ttype row struct{ Price money }\n\tfmt.Println(&row{})\n", "a value of type *row printed by fmt"},
		{"\tfmt.Printf(\"%[2]d %[1]s\", [1]*ptrMoney{}, 4)\n", "holds values of type *ptrMoney"},
	} {
		src := head + tc.body + "\treturn 0\n}\n"
		_, diags := Precheck(ch, "solution.go", []byte(src))
		if len(diags) != 1 || !diags[0].Unsupported || !strings.Contains(diags[0].Message, tc.want) {
			t.Errorf("%q: diagnostics %+v, want one unsupported saying %q", tc.body, diags, tc.want)
		}
	}
	// What the interpreter prints right is left alone.
	for _, body := range []string{
		"\t_ = fmt.Sprint(money{3}) == \"$3\"\n",
		"\t_ = fmt.Sprintf(\"%v\", money{3})\n",
		"\t_ = fmt.Sprint(inputError{\"x\"})\n",
		"\t_ = fmt.Errorf(\"%v: %d\", inputError{\"x\"}, 1)\n",
		"\t_ = fmt.Sprint(&money{3})\n",
		"\t_ = fmt.Sprintln(list{1})\n",
		"\tm := money{3}\n\tfmt.Println(m)\n",
		"\ttype row struct{ price money }\n\tfmt.Println(row{}) // unexported: fmt cannot call it either\n",
		"\t_ = fmt.Sprint([]plain{{3}})\n",
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
