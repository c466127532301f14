// stdlib-slices-maps-cmp: slices.Sort, slices.SortFunc, slices.SortStableFunc, slices.BinarySearch, slices.IsSorted
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type user struct {
	Name string
	Age  int
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(xs)
	fmt.Println("Sort:", xs, slices.IsSorted(xs))
	i, found := slices.BinarySearch(xs, 8)
	fmt.Println("BinarySearch 8:", i, found)
	i, found = slices.BinarySearch(xs, 4)
	fmt.Println("BinarySearch 4:", i, found)

	ws := []string{"Banana", "apple", "cherry", "Apple"}
	slices.SortFunc(ws, func(a, b string) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a), strings.ToLower(b)), cmp.Compare(a, b))
	})
	fmt.Println("SortFunc case-insensitive:", ws)

	us := []user{{"ann", 30}, {"bob", 25}, {"cat", 30}, {"dan", 25}}
	slices.SortStableFunc(us, func(a, b user) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println("SortStableFunc by age:", us)
	j, ok := slices.BinarySearchFunc(us, 30, func(u user, age int) int { return cmp.Compare(u.Age, age) })
	fmt.Println("BinarySearchFunc age 30:", j, ok)
	fmt.Println("IsSortedFunc:", slices.IsSortedFunc(us, func(a, b user) int { return cmp.Compare(a.Age, b.Age) }))
}
