// generics: generic functions of the same name in different packages, instantiated with the same types
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Max and Contains share their names with package slices' functions.
func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Contains[T comparable](xs []T, x T) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func Clone[K comparable, V any](m map[K]V) map[K]V {
	out := make(map[K]V, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func main() {
	fmt.Println("own Max:", Max(3, 4), Max("a", "b"))
	fmt.Println("slices.Max:", slices.Max([]int{1, 7, 2}), slices.Max([]string{"x", "y"}))
	fmt.Println("own Contains:", Contains([]int{1, 2}, 2), "slices.Contains:", slices.Contains([]int{1, 2}, 3))
	fmt.Println("cmp.Compare:", cmp.Compare(1, 2), "slices.Compare:", slices.Compare([]int{1, 2, 3}, []int{1, 2, 4}))
	fmt.Println("slices.Compare strings:", slices.Compare([]string{"b"}, []string{"a"}))
	m := map[string]int{"a": 1, "b": 2}
	c := Clone(m)
	c["c"] = 3
	fmt.Println("own Clone:", len(m), len(c), "maps.Clone:", len(maps.Clone(m)), "slices.Clone:", slices.Clone([]int{5, 6}))
	fmt.Println("maps.Equal:", maps.Equal(m, map[string]int{"a": 1, "b": 2}), "slices.Equal:", slices.Equal([]string{"a"}, []string{"a"}))
	fmt.Println("maps.EqualFunc:", maps.EqualFunc(m, map[string]string{"a": "1", "b": "2"}, func(n int, s string) bool { return fmt.Sprint(n) == s }),
		"slices.EqualFunc:", slices.EqualFunc([]int{1}, []string{"1"}, func(n int, s string) bool { return fmt.Sprint(n) == s }))
	fmt.Println("EqualFold:", maps.EqualFunc(map[int]string{1: "A"}, map[int]string{1: "a"}, strings.EqualFold))
	d := maps.Clone(m)
	maps.DeleteFunc(d, func(k string, v int) bool { return v > 1 })
	fmt.Println("maps.DeleteFunc:", len(d), "slices.DeleteFunc:", slices.DeleteFunc([]int{1, 2, 3}, func(n int) bool { return n > 1 }))
}
