// sort: sort.Search, sort.SearchInts, sort.SearchStrings for insertion points and membership
package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{1, 3, 5, 7, 9, 11}
	for _, t := range []int{0, 1, 6, 11, 12} {
		i := sort.SearchInts(xs, t)
		found := i < len(xs) && xs[i] == t
		fmt.Println("search", t, "-> index", i, "found", found)
	}
	firstBig := sort.Search(len(xs), func(i int) bool { return xs[i] > 6 })
	fmt.Println("first > 6 at:", firstBig, xs[firstBig])
	none := sort.Search(len(xs), func(i int) bool { return xs[i] > 100 })
	fmt.Println("none satisfies:", none)

	names := []string{"ann", "bob", "dan", "eve"}
	i := sort.SearchStrings(names, "cat")
	fmt.Println("insert cat at:", i)
	names = append(names[:i], append([]string{"cat"}, names[i:]...)...)
	fmt.Println("after insert:", names)

	sqrt := sort.Search(1000, func(n int) bool { return n*n >= 200 })
	fmt.Println("smallest n with n*n >= 200:", sqrt)

	desc := []int{50, 40, 30, 20}
	j := sort.Search(len(desc), func(i int) bool { return desc[i] <= 35 })
	fmt.Println("descending search <= 35:", j, desc[j])

	idx, found := sort.Find(len(names), func(i int) int {
		switch {
		case "dan" < names[i]:
			return -1
		case "dan" > names[i]:
			return 1
		}
		return 0
	})
	fmt.Println("sort.Find dan:", idx, found)
}
