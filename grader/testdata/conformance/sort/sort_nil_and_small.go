// sort: edge cases: sorting nil, empty, one-element and already-sorted slices; sort.Slice on nil
package main

import (
	"fmt"
	"sort"
)

func main() {
	var a []int
	sort.Ints(a)
	fmt.Println("nil ints:", a, a == nil)

	var s []string
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	fmt.Println("nil sort.Slice:", s == nil)

	e := []float64{}
	sort.Float64s(e)
	fmt.Println("empty floats:", e, len(e))

	one := []int{42}
	sort.Ints(one)
	fmt.Println("one:", one)

	sorted := []int{1, 2, 3, 4}
	sort.Sort(sort.IntSlice(sorted))
	fmt.Println("already sorted:", sorted)

	dups := []int{2, 2, 2, 1, 1}
	sort.Ints(dups)
	fmt.Println("duplicates:", dups)

	fmt.Println("search in nil:", sort.SearchInts(nil, 5))
	var nilSS sort.StringSlice
	sort.Sort(nilSS)
	fmt.Println("nil StringSlice:", nilSS.Len())
}
