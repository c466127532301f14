// stdlib-slices-maps-cmp: cmp.Compare, cmp.Less on ints, floats (NaN), strings; cmp.Or for defaults and tie-breaks
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type emp struct {
	Dept string
	Name string
	Age  int
}

func main() {
	fmt.Println("Compare ints:", cmp.Compare(1, 2), cmp.Compare(2, 2), cmp.Compare(3, 2))
	fmt.Println("Compare strings:", cmp.Compare("a", "b"), cmp.Compare("b", "a"))
	nan := math.NaN()
	fmt.Println("Compare NaN:", cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan))
	fmt.Println("Less NaN:", cmp.Less(nan, math.Inf(-1)))
	fmt.Println("Or ints:", cmp.Or(0, 0, 5, 7), cmp.Or(0, 0))
	fmt.Println("Or strings:", cmp.Or("", "default"), cmp.Or("set", "default"))
	port := ""
	fmt.Println("Or config:", cmp.Or(port, "8080"))

	es := []emp{{"eng", "cat", 30}, {"eng", "ann", 30}, {"ops", "bob", 25}, {"eng", "dan", 22}}
	slices.SortFunc(es, func(a, b emp) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			-cmp.Compare(a.Age, b.Age),
			cmp.Compare(a.Name, b.Name),
		)
	})
	for _, e := range es {
		fmt.Println("sorted:", e.Dept, e.Age, e.Name)
	}
	type Level int
	fmt.Println("named types:", cmp.Compare(Level(2), Level(1)), cmp.Less(Level(1), Level(2)))
}
