// stdlib-slices-maps-cmp: generic helpers written over cmp.Ordered using cmp.Compare and the min/max builtins
package main

import (
	"cmp"
	"fmt"
	"slices"
)

func TopN[T cmp.Ordered](xs []T, n int) []T {
	c := slices.Clone(xs)
	slices.SortFunc(c, func(a, b T) int { return cmp.Compare(b, a) })
	return c[:min(n, len(c))]
}

func Range[T cmp.Ordered](xs []T) (lo, hi T) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo, hi = min(lo, x), max(hi, x)
	}
	return
}

type Temp float64

func main() {
	fmt.Println("TopN ints:", TopN([]int{5, 1, 9, 3, 7}, 3))
	fmt.Println("TopN strings:", TopN([]string{"b", "d", "a"}, 5))
	lo, hi := Range([]Temp{21.5, -3, 37.25})
	fmt.Println("Range temps:", lo, hi)
	l2, h2 := Range([]string{"m", "c", "x"})
	fmt.Println("Range strings:", l2, h2)
	fmt.Println("builtin min/max:", min(3, 1, 2), max(2.5, 1), min("b", "a"))
}
