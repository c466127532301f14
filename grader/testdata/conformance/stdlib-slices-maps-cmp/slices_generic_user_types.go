// stdlib-slices-maps-cmp: slices functions instantiated with the program's named slice and element types
package main

import (
	"fmt"
	"slices"
)

type ID int
type IDs []ID

type point struct{ X, Y int }

func main() {
	ids := IDs{30, 10, 20, 10}
	slices.Sort(ids)
	fmt.Printf("sorted named slice: %v %T\n", ids, ids)
	c := slices.Compact(ids)
	fmt.Printf("compact keeps type: %v %T\n", c, c)
	fmt.Println("index of ID 20:", slices.Index(ids, ID(20)))
	cl := slices.Clone(ids)
	fmt.Printf("clone type: %T\n", cl)

	pts := []point{{1, 2}, {3, 4}, {1, 2}}
	fmt.Println("struct Contains:", slices.Contains(pts, point{3, 4}))
	fmt.Println("struct Index:", slices.Index(pts, point{1, 2}))
	fmt.Println("struct Equal:", slices.Equal(pts, []point{{1, 2}, {3, 4}, {1, 2}}))
	pts = slices.DeleteFunc(pts, func(p point) bool { return p.X == 1 })
	fmt.Println("struct DeleteFunc:", pts)
	fmt.Println("Max named:", slices.Max(IDs{3, 9, 4}))
}
