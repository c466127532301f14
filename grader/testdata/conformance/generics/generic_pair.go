// generics: Pair[K comparable, V any] with methods, a slice of pairs turned into a map and back
package main

import (
	"fmt"
	"sort"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func (p Pair[K, V]) Swap() Pair[string, K] {
	return Pair[string, K]{fmt.Sprint(p.Val), p.Key}
}

func ToMap[K comparable, V any](ps []Pair[K, V]) map[K]V {
	m := make(map[K]V, len(ps))
	for _, p := range ps {
		m[p.Key] = p.Val
	}
	return m
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func main() {
	p := MakePair("age", 42)
	fmt.Println("pair:", p)
	fmt.Println("swapped:", p.Swap())
	fmt.Printf("pair type: %T\n", p)

	ps := []Pair[int, []string]{{1, []string{"a"}}, {2, nil}, {1, []string{"b", "c"}}}
	m := ToMap(ps)
	fmt.Println("to map:", m, len(m))

	q := Pair[rune, bool]{'x', true}
	fmt.Println("rune key:", q.Key, q.Val, q.String())

	words := []Pair[string, int]{{"b", 2}, {"a", 9}, {"c", 1}}
	sort.Slice(words, func(i, j int) bool { return words[i].Val < words[j].Val })
	fmt.Println("sorted by value:", words)
}
