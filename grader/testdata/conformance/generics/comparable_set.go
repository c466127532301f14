// generics: a Set[T comparable] built on a map, with Union/Intersect and named key types
package main

import (
	"fmt"
	"sort"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool {
	_, ok := s[x]
	return ok
}

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := NewSet[T]()
	for k := range s {
		out[k] = struct{}{}
	}
	for k := range o {
		out[k] = struct{}{}
	}
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := NewSet[T]()
	for k := range s {
		if o.Has(k) {
			out[k] = struct{}{}
		}
	}
	return out
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type coord struct{ r, c int }

func sortedInts(s Set[int]) []int {
	var out []int
	for k := range s {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println("union:", sortedInts(a.Union(b)))
	fmt.Println("intersect:", sortedInts(a.Intersect(b)))
	fmt.Println("has 2, 5:", a.Has(2), a.Has(5))

	cs := NewSet(coord{0, 0}, coord{1, 2}, coord{0, 0})
	fmt.Println("struct keys:", len(cs), cs.Has(coord{1, 2}), cs.Has(coord{2, 1}))

	fmt.Println("index string:", Index([]string{"x", "y", "z"}, "z"))
	fmt.Println("index struct:", Index([]coord{{1, 1}, {2, 2}}, coord{2, 2}))
	fmt.Println("index missing:", Index([]float64{1.5}, 2.5))
	var e1, e2 error
	fmt.Println("index interface:", Index([]error{e1}, e2))
}
