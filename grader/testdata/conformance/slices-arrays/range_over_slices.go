// slices-arrays: range over slices yields copies of elements; index form modifies in place; range evaluated once
package main

import "fmt"

type item struct{ n int }

func main() {
	items := []item{{1}, {2}, {3}}
	for _, it := range items {
		it.n *= 10
	}
	fmt.Println("value form unchanged:", items)
	for i := range items {
		items[i].n *= 10
	}
	fmt.Println("index form modified:", items)

	s := []int{1, 2, 3}
	count := 0
	for range s {
		s = append(s, 0)
		count++
	}
	fmt.Println("range length fixed at start:", count, len(s))

	t := []int{1, 2, 3}
	var seen []int
	for i, v := range t {
		if i == 0 {
			t[2] = 30
		}
		seen = append(seen, v)
	}
	fmt.Println("slice element change is visible:", seen)

	ptrs := []*item{{1}, {2}}
	for _, p := range ptrs {
		p.n++
	}
	fmt.Println("pointers modified:", *ptrs[0], *ptrs[1])

	var total int
	for i := range 5 {
		total += i
	}
	fmt.Println("range over int:", total)
}
