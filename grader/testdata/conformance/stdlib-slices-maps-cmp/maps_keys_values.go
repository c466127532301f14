// stdlib-slices-maps-cmp: maps.Keys and maps.Values with slices.Sorted and slices.Collect, range over iterators
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"pear": 3, "apple": 7, "fig": 1}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println("sorted keys:", keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println("sorted values:", vals)
	collected := slices.Collect(maps.Keys(m))
	slices.Sort(collected)
	fmt.Println("collect then sort:", collected, len(collected))

	total := 0
	for v := range maps.Values(m) {
		total += v
	}
	fmt.Println("sum over Values:", total)

	count := 0
	for k, v := range maps.All(m) {
		if v > 2 {
			count += len(k)
		}
	}
	fmt.Println("All with filter:", count)

	inv := maps.Collect(func(yield func(int, string) bool) {
		for k, v := range m {
			if !yield(v, k) {
				return
			}
		}
	})
	fmt.Println("inverted via Collect:", inv)
	fmt.Println("SortedFunc desc:", slices.SortedFunc(maps.Keys(m), func(a, b string) int { return len(b) - len(a) }))
}
