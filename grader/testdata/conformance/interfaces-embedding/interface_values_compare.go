// interfaces-embedding: comparing interface values holding the program's own comparable types
package main

import "fmt"

type Shape interface{ Area() float64 }

type rect struct{ w, h float64 }

func (r rect) Area() float64 { return r.w * r.h }

type circle struct{ r float64 }

func (c *circle) Area() float64 { return 3 * c.r * c.r }

func main() {
	var a, b Shape = rect{2, 3}, rect{2, 3}
	fmt.Println("equal values:", a == b)
	b = rect{3, 2}
	fmt.Println("different values:", a == b)

	c1 := &circle{1}
	var p, q Shape = c1, c1
	fmt.Println("same pointer:", p == q)
	q = &circle{1}
	fmt.Println("different pointers same value:", p == q)

	var n1, n2 Shape
	fmt.Println("both nil:", n1 == n2, n1 == nil)

	var x any = rect{1, 1}
	fmt.Println("any vs Shape:", x == any(rect{1, 1}))
	fmt.Println("any vs different type:", x == any(struct{ w, h float64 }{1, 1}))

	m := map[Shape]string{rect{1, 2}: "small", rect{5, 5}: "big"}
	fmt.Println("map keyed by interface:", m[rect{1, 2}], m[rect{5, 5}], len(m))

	func() {
		defer func() { fmt.Println("uncomparable panics:", recover() != nil) }()
		var u, v any = []int{1}, []int{1}
		fmt.Println(u == v)
	}()
}
