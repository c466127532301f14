// generics: Filter and Reduce with different accumulator types
package main

import (
	"fmt"
	"strings"
)

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type order struct {
	id    int
	total float64
	paid  bool
}

func main() {
	nums := []int{5, 12, 7, 30, 2, 18}
	big := Filter(nums, func(n int) bool { return n > 10 })
	fmt.Println("filter > 10:", big)
	fmt.Println("filter none:", Filter(nums, func(int) bool { return false }) == nil)

	sum := Reduce(nums, 0, func(a, n int) int { return a + n })
	fmt.Println("reduce sum:", sum)

	joined := Reduce(nums, "", func(a string, n int) string {
		if a != "" {
			a += "|"
		}
		return a + fmt.Sprint(n)
	})
	fmt.Println("reduce to string:", joined)

	orders := []order{{1, 9.5, true}, {2, 20, false}, {3, 30.25, true}}
	paid := Filter(orders, func(o order) bool { return o.paid })
	revenue := Reduce(paid, 0.0, func(a float64, o order) float64 { return a + o.total })
	fmt.Println("paid orders:", len(paid), "revenue:", revenue)

	counts := Reduce(strings.Fields("a b a c b a"), map[string]int{}, func(m map[string]int, w string) map[string]int {
		m[w]++
		return m
	})
	fmt.Println("reduce to map:", counts)
}
