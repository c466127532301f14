// generics: generic higher-order helpers: Compose, Memo, Apply with inferred type arguments
package main

import (
	"fmt"
	"strings"
)

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Memo[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	misses := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		misses++
		v := f(k)
		cache[k] = v
		return v
	}, &misses
}

func Apply[T any](n int, f func(T) T, x T) T {
	for i := 0; i < n; i++ {
		x = f(x)
	}
	return x
}

func main() {
	lenOfUpper := Compose(strings.ToUpper, func(s string) int { return len(s) })
	fmt.Println("compose:", lenOfUpper("hello"))
	describe := Compose(func(n int) float64 { return float64(n) / 4 }, func(f float64) string { return fmt.Sprintf("%.2f", f) })
	fmt.Println("compose int->float->string:", describe(7))

	sq, misses := Memo(func(n int) int { return n * n })
	fmt.Println("memo:", sq(4), sq(4), sq(5), "misses:", *misses)

	fmt.Println("apply x2 five times:", Apply(5, func(n int) int { return n * 2 }, 1))
	fmt.Println("apply string:", Apply(3, func(s string) string { return s + "ab" }, ">"))
}
