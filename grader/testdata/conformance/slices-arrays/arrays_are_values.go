// slices-arrays: arrays are values: assignment, function arguments and comparison copy/compare all elements
package main

import "fmt"

func zero(a [4]int) [4]int {
	for i := range a {
		a[i] = 0
	}
	return a
}

func zeroPtr(a *[4]int) {
	for i := range a {
		a[i] = 0
	}
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println("assignment copies:", a, b)
	z := zero(a)
	fmt.Println("param copy:", a, z)
	c := a
	zeroPtr(&c)
	fmt.Println("pointer param:", a, c)
	fmt.Println("comparison:", a == [4]int{1, 2, 3, 4}, a == b)

	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	row := grid[0]
	row[0] = 9
	fmt.Println("nested array row copy:", grid, row)

	var sum int
	for _, v := range a {
		a[3] = 1000
		sum += v
	}
	fmt.Println("range over array copy sum:", sum, a)

	names := [...]string{2: "two", 0: "zero"}
	fmt.Println("indexed literal:", len(names), names)
	fmt.Printf("%%q: %q\n", names)
}
