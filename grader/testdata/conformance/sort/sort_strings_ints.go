// sort: sort.Strings, sort.Ints, sort.Float64s and their IsSorted checks, including unicode and case order
package main

import (
	"fmt"
	"sort"
)

func main() {
	words := []string{"pear", "Apple", "banana", "apple", "Éclair", "zebra", "10", "9"}
	sort.Strings(words)
	fmt.Println("strings:", words)
	fmt.Println("sorted:", sort.StringsAreSorted(words))

	ints := []int{5, -2, 9, 0, -2, 100}
	sort.Ints(ints)
	fmt.Println("ints:", ints, sort.IntsAreSorted(ints))

	fl := []float64{2.5, -1, 3.25, 0, -0.5}
	sort.Float64s(fl)
	fmt.Println("floats:", fl, sort.Float64sAreSorted(fl))

	var empty []string
	sort.Strings(empty)
	fmt.Println("empty:", empty, sort.StringsAreSorted(empty))

	ss := sort.StringSlice{"c", "a", "b"}
	ss.Sort()
	fmt.Println("StringSlice method:", ss, ss.Len())
	is := sort.IntSlice{3, 1, 2}
	sort.Sort(sort.Reverse(is))
	fmt.Println("reverse IntSlice:", is)
}
