// stdlib-slices-maps-cmp: slices and maps functions with their type arguments written out, named slice and map types among them
package main

import (
	"fmt"
	"maps"
	"slices"
)

type Names []string

type Ages map[string]int

func main() {
	xs := []int{3, 9, 1}
	fmt.Println(slices.Index[[]int](xs, 9), slices.Index[[]int, int](xs, 1))
	n := Names{"b", "a"}
	c := slices.Clone[Names](n)
	slices.Sort[Names](c)
	fmt.Printf("%v %T %v\n", c, c, slices.Equal[Names](n, c))
	fmt.Println(slices.Max[[]int, int](xs), slices.Contains[Names](n, "a"))
	a := Ages{"x": 1}
	b := maps.Clone[Ages](a)
	fmt.Printf("%v %T %v\n", b, b, maps.Equal[Ages, Ages](a, b))
	f := slices.Index[[]string]
	fmt.Println(f([]string{"p", "q"}, "q"))
}
