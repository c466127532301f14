// stdlib-slices-maps-cmp: slices.Index, IndexFunc, Contains, ContainsFunc, Max, Min, MaxFunc, Equal
package main

import (
	"fmt"
	"slices"
)

type item struct {
	Name  string
	Price int
}

func main() {
	xs := []int{4, 8, 15, 16, 23, 42}
	fmt.Println("Index 15:", slices.Index(xs, 15), "Index 99:", slices.Index(xs, 99))
	fmt.Println("IndexFunc odd:", slices.IndexFunc(xs, func(n int) bool { return n%2 == 1 }))
	fmt.Println("Contains 42:", slices.Contains(xs, 42), "Contains 5:", slices.Contains(xs, 5))
	fmt.Println("ContainsFunc > 40:", slices.ContainsFunc(xs, func(n int) bool { return n > 40 }))
	fmt.Println("Max, Min:", slices.Max(xs), slices.Min(xs))
	fmt.Println("Max strings:", slices.Max([]string{"kiwi", "apple", "pear"}))
	items := []item{{"pen", 3}, {"book", 12}, {"cup", 7}, {"lamp", 12}}
	fmt.Println("MaxFunc:", slices.MaxFunc(items, func(a, b item) int { return a.Price - b.Price }))
	fmt.Println("MinFunc:", slices.MinFunc(items, func(a, b item) int { return a.Price - b.Price }))
	fmt.Println("Equal:", slices.Equal(xs, []int{4, 8, 15, 16, 23, 42}), slices.Equal(xs, xs[:3]))
	fmt.Println("Equal nil empty:", slices.Equal([]int(nil), []int{}))
	fmt.Println("EqualFunc:", slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(n int, s string) bool { return fmt.Sprint(n) == s }))
	fmt.Println("Compare:", slices.Compare([]int{1, 2, 3}, []int{1, 2, 4}), slices.Compare([]int{1, 2}, []int{1}))
	func() {
		defer func() { fmt.Println("Max of empty panics:", recover() != nil) }()
		_ = slices.Max([]int{})
	}()
}
