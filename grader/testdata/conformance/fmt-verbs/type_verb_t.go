// fmt-verbs: %T of the program's own named types, composite types, pointers, funcs and generics
package main

import "fmt"

type Celsius float64
type Names []string
type Table map[string][]int
type Handler func(int) error
type Pair[K comparable, V any] struct {
	K K
	V V
}
type Shape interface{ Area() float64 }
type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

func main() {
	fmt.Printf("%T\n", Celsius(1))
	fmt.Printf("%T\n", Names{})
	fmt.Printf("%T\n", Table{})
	fmt.Printf("%T\n", Handler(nil))
	fmt.Printf("%T\n", Pair[string, int]{})
	fmt.Printf("%T\n", &Square{})
	fmt.Printf("%T\n", []*Square{})
	fmt.Printf("%T\n", map[Celsius][]Names{})
	var s Shape = Square{2}
	fmt.Printf("%T\n", s)
	fmt.Printf("%T\n", []Shape{})
	fmt.Printf("%T\n", [3]Celsius{})
	fmt.Printf("%T\n", struct {
		A int
		B string
	}{})
	fmt.Printf("%T\n", make(chan Celsius))
	fmt.Printf("%T\n", make(<-chan int))
	fmt.Printf("%T\n", func(a, b int) (string, error) { return "", nil })
	fmt.Printf("%T %T %T %T\n", 'x', byte(1), 1.5, 2i)
	var x any
	fmt.Printf("%T\n", x)
	fmt.Printf("%T\n", &x)
	fmt.Printf("%T\n", [][]Pair[Celsius, *Square]{})
}
