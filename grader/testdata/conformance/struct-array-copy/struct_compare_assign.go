// struct-array-copy: comparing structs field by field, anonymous structs, assigning between identical types
package main

import "fmt"

type Point struct{ X, Y int }
type Line struct{ A, B Point }

func main() {
	l1 := Line{Point{0, 0}, Point{3, 4}}
	l2 := l1
	fmt.Println("equal after copy:", l1 == l2)
	l2.B.Y = 5
	fmt.Println("after nested edit:", l1 == l2, l1.B, l2.B)

	anon := struct {
		Name string
		Age  int
	}{"ann", 30}
	other := struct {
		Name string
		Age  int
	}{"ann", 30}
	fmt.Println("anonymous equal:", anon == other)

	type Person struct {
		Name string
		Age  int
	}
	var p Person = anon
	p.Age++
	fmt.Println("assign anonymous to named:", p, anon)

	pts := [3]Point{{1, 1}, {2, 2}}
	pts2 := pts
	fmt.Println("array of structs equal:", pts == pts2)
	pts2[2].X = 9
	fmt.Println("after edit:", pts == pts2, pts[2], pts2[2])

	zero := Point{}
	fmt.Println("zero compare:", zero == Point{0, 0}, Point{1, 0} != zero)
}
