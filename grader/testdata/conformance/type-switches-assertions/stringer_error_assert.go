// type-switches-assertions: assertions to fmt.Stringer and error on values of the program's own types
package main

import "fmt"

type ID int

func (i ID) String() string { return fmt.Sprintf("ID-%03d", int(i)) }

type Both struct{ msg string }

func (b Both) String() string { return "S:" + b.msg }
func (b Both) Error() string  { return "E:" + b.msg }

type ptrStr struct{ n int }

func (p *ptrStr) String() string { return fmt.Sprint("ptr", p.n) }

func kinds(x any) string {
	out := ""
	if s, ok := x.(fmt.Stringer); ok {
		out += "stringer(" + s.String() + ") "
	}
	if e, ok := x.(error); ok {
		out += "error(" + e.Error() + ") "
	}
	if out == "" {
		out = "neither"
	}
	return out
}

func main() {
	fmt.Println("ID:", kinds(ID(7)))
	fmt.Println("Both:", kinds(Both{"x"}))
	fmt.Println("ptrStr value:", kinds(ptrStr{1}))
	fmt.Println("ptrStr pointer:", kinds(&ptrStr{2}))
	fmt.Println("int:", kinds(7))
	fmt.Println("Both printed by Println:", Both{"y"})
	var e error = Both{"z"}
	s, ok := e.(fmt.Stringer)
	fmt.Println("error to Stringer:", ok, s)
	switch v := e.(type) {
	case fmt.Stringer:
		fmt.Println("switch picks Stringer first:", v.String())
	case error:
		fmt.Println("switch picks error:", v.Error())
	}
}
