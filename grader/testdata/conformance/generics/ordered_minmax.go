// generics: cmp.Ordered constraint for Max/Min/Clamp over ints, floats, strings and named types
package main

import (
	"cmp"
	"fmt"
)

type Grade string
type Score int

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func Clamp[T cmp.Ordered](v, lo, hi T) T {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func SortedInsert[T cmp.Ordered](s []T, v T) []T {
	i := 0
	for i < len(s) && cmp.Less(s[i], v) {
		i++
	}
	s = append(s, v)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func main() {
	fmt.Println("ints:", MaxOf(3, 9, -2, 7))
	fmt.Println("floats:", MaxOf(2.5, -1.0))
	fmt.Println("strings:", MaxOf("pear", "apple", "zucchini", "fig"))
	fmt.Println("single:", MaxOf(Score(4)))
	fmt.Println("named string:", MaxOf(Grade("B"), Grade("A"), Grade("C")))
	fmt.Println("clamp:", Clamp(15, 0, 10), Clamp(-3, 0, 10), Clamp(5, 0, 10))
	fmt.Println("clamp strings:", Clamp("m", "b", "k"))
	s := []int{}
	for _, v := range []int{5, 1, 4, 1, 9} {
		s = SortedInsert(s, v)
	}
	fmt.Println("sorted insert:", s)
	fmt.Println("sorted insert strings:", SortedInsert([]string{"a", "c"}, "b"))
}
