// assignments: blank identifier, := redeclaration with at least one new variable, shadowing in blocks
package main

import (
	"fmt"
	"strconv"
)

func three() (int, string, bool) { return 7, "seven", true }

func main() {
	n, err := strconv.Atoi("12")
	fmt.Println("first decl:", n, err)
	m, err := strconv.Atoi("x1")
	fmt.Println("redeclare err:", m, err != nil)

	_, s, _ := three()
	fmt.Println("middle only:", s)

	a, _, c := three()
	fmt.Println("ends:", a, c)

	x := 1
	{
		x := 2
		x++
		fmt.Println("inner x:", x)
	}
	fmt.Println("outer x:", x)

	if x := 10; x > 5 {
		fmt.Println("if-scoped x:", x)
	}
	fmt.Println("x after if:", x)

	for x := 0; x < 2; x++ {
		x := x * 100
		fmt.Println("loop body x:", x)
	}

	var _ = three
	_ = x
	y, x := 5, 6
	fmt.Println("x reassigned by :=:", x, y)

	var (
		p, q = 1.5, "q"
		r    int
	)
	fmt.Println("var block:", p, q, r)
}
