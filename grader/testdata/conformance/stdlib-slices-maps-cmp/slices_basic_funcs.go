// stdlib-slices-maps-cmp: slices.Index, Contains, Equal, Insert, Delete, Compact, Reverse on plain int and string slices
package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{3, 1, 4, 1, 5}
	fmt.Println("Index 4:", slices.Index(xs, 4))
	fmt.Println("Index missing:", slices.Index(xs, 9))
	fmt.Println("Contains 5:", slices.Contains(xs, 5))
	fmt.Println("Equal:", slices.Equal(xs, []int{3, 1, 4, 1, 5}))
	ys := slices.Insert([]int{1, 2, 3}, 1, 10)
	fmt.Println("Insert:", ys)
	zs := slices.Delete([]int{1, 2, 3, 4}, 1, 2)
	fmt.Println("Delete:", zs)
	cs := slices.Compact([]string{"a", "a", "b", "b", "a"})
	fmt.Println("Compact:", cs)
	rs := []string{"x", "y", "z"}
	slices.Reverse(rs)
	fmt.Println("Reverse:", rs)
}
