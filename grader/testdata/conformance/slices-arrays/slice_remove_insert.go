// slices-arrays: idiomatic remove, insert, filter-in-place and dedupe written with append and copy
package main

import "fmt"

func remove(s []int, i int) []int { return append(s[:i], s[i+1:]...) }

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func filterInPlace(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func dedupeSorted(s []int) []int {
	if len(s) == 0 {
		return s
	}
	j := 0
	for i := 1; i < len(s); i++ {
		if s[i] != s[j] {
			j++
			s[j] = s[i]
		}
	}
	return s[:j+1]
}

func main() {
	fmt.Println("remove 1:", remove([]int{1, 2, 3, 4}, 1))
	fmt.Println("remove last:", remove([]int{1, 2, 3}, 2))
	fmt.Println("insert middle:", insert([]int{1, 3, 4}, 1, 2))
	fmt.Println("insert end:", insert([]int{1, 2}, 2, 3))
	fmt.Println("insert front:", insert([]int{}, 0, 9))
	src := []int{1, 2, 3, 4, 5, 6}
	ev := filterInPlace(src, func(v int) bool { return v%2 == 0 })
	fmt.Println("filter in place:", ev, "backing now:", src)
	fmt.Println("dedupe:", dedupeSorted([]int{1, 1, 2, 3, 3, 3, 4}))
	fmt.Println("dedupe empty:", dedupeSorted(nil))
}
