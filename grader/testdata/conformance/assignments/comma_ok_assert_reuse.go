// assignments: comma-ok type assertions assigned into existing variables
package main

import (
	"errors"
	"fmt"
)

type shape interface{ area() float64 }

type square struct{ side float64 }

func (s square) area() float64 { return s.side * s.side }

func main() {
	var x any = 42
	n, ok := x.(int)
	fmt.Println("int ok:", n, ok)

	x = "text"
	n, ok = x.(int)
	fmt.Println("int from string:", n, ok)

	var s string
	s, ok = x.(string)
	fmt.Println("string ok:", s, ok)

	var sh shape
	sh, ok = x.(shape)
	fmt.Println("shape from string:", sh == nil, ok)

	x = square{3}
	sh, ok = x.(shape)
	fmt.Println("shape from square:", sh.area(), ok)

	var sq square
	sq, ok = x.(square)
	fmt.Println("concrete:", sq.side, ok)

	x = nil
	sq, ok = x.(square)
	fmt.Println("from nil:", sq.side, ok)

	var e error
	var y any = errors.New("boom")
	e, ok = y.(error)
	fmt.Println("error:", e, ok)

	var st fmt.Stringer
	st, ok = y.(fmt.Stringer)
	fmt.Println("stringer:", st == nil, ok)

	var f float64
	y = 2.5
	f, ok = y.(float64)
	fmt.Println("float:", f, ok)
	_, ok = y.(float32)
	fmt.Println("float32:", ok)
}
