// stdlib-slices-maps-cmp: slices.Insert, Delete, DeleteFunc, Compact, CompactFunc, Reverse, Replace, Clone
package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []string{"a", "b", "c", "d"}
	s = slices.Insert(s, 1, "X", "Y")
	fmt.Println("Insert:", s)
	s = slices.Insert(s, len(s), "end")
	fmt.Println("Insert at end:", s)
	s = slices.Delete(s, 1, 3)
	fmt.Println("Delete [1:3]:", s)
	s = slices.DeleteFunc(s, func(x string) bool { return x == "c" || x == "end" })
	fmt.Println("DeleteFunc:", s)

	n := []int{1, 1, 2, 3, 3, 3, 1, 4, 4}
	n = slices.Compact(n)
	fmt.Println("Compact:", n)
	w := []string{"Go", "go", "GO", "rust", "Rust"}
	w = slices.CompactFunc(w, strings.EqualFold)
	fmt.Println("CompactFunc:", w)

	r := []int{1, 2, 3, 4, 5}
	slices.Reverse(r)
	fmt.Println("Reverse:", r)
	r = slices.Replace(r, 0, 2, 50, 40, 30)
	fmt.Println("Replace:", r)

	orig := []int{1, 2, 3}
	c := slices.Clone(orig)
	c[0] = 100
	fmt.Println("Clone independent:", orig, c)
	fmt.Println("Clone nil:", slices.Clone([]int(nil)) == nil)
	g := slices.Grow([]int{1}, 10)
	fmt.Println("Grow:", g, len(g), cap(g) >= 11)
	fmt.Println("Repeat:", slices.Repeat([]string{"ab"}, 3))
	fmt.Println("Concat:", slices.Concat([]int{1}, nil, []int{2, 3}))
}
