// generics: ~[]E constraints, func First[S ~[]E, E any](s S) E, preserving the named slice type
package main

import "fmt"

type IDs []int
type Names []string

func First[S ~[]E, E any](s S) E {
	var zero E
	if len(s) == 0 {
		return zero
	}
	return s[0]
}

func Last[S ~[]E, E any](s S) (E, bool) {
	if len(s) == 0 {
		var zero E
		return zero, false
	}
	return s[len(s)-1], true
}

func Without[S ~[]E, E comparable](s S, v E) S {
	out := S{}
	for _, x := range s {
		if x != v {
			out = append(out, x)
		}
	}
	return out
}

func (ids IDs) Max() int {
	m := ids[0]
	for _, v := range ids {
		m = max(m, v)
	}
	return m
}

func main() {
	ids := IDs{4, 9, 2, 9}
	fmt.Println("First IDs:", First(ids))
	fmt.Println("First Names:", First(Names{"x", "y"}))
	fmt.Printf("First empty: %q\n", First(Names{}))
	l, ok := Last([]float64{1.5, 2.5})
	fmt.Println("Last:", l, ok)
	_, ok = Last(IDs(nil))
	fmt.Println("Last nil:", ok)
	w := Without(ids, 9)
	fmt.Printf("Without keeps named type: %v %T max=%d\n", w, w, w.Max())
	fmt.Println("explicit:", First[[]string, string]([]string{"e"}))
}
