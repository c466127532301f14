// method-values-expressions: method values taken from interface values, and interface method expressions
package main

import "fmt"

type Shape interface {
	Area() int
	Name() string
}

type sq struct{ s int }
type rc struct{ w, h int }

func (q sq) Area() int     { return q.s * q.s }
func (q sq) Name() string  { return "square" }
func (r *rc) Area() int    { return r.w * r.h }
func (r *rc) Name() string { return "rect" }

func main() {
	var s Shape = sq{3}
	area := s.Area
	s = &rc{2, 5}
	fmt.Println("bound before reassign:", area(), "now:", s.Area())

	r := &rc{1, 1}
	s = r
	ra := s.Area
	r.w = 7
	fmt.Println("pointer inside interface sees change:", ra())

	nameOf := Shape.Name
	areaOf := Shape.Area
	for _, sh := range []Shape{sq{2}, &rc{3, 4}} {
		fmt.Println("interface method expr:", nameOf(sh), areaOf(sh))
	}
	fmt.Printf("type of Shape.Area: %T\n", areaOf)
}
