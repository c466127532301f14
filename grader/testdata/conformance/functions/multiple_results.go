// functions: multiple results passed directly as arguments f(g()), ignored with _, and returned through
package main

import (
	"fmt"
	"strings"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func show(q, r int) string { return fmt.Sprintf("q=%d r=%d", q, r) }

func minmax(xs ...int) (int, int) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		lo, hi = min(lo, x), max(hi, x)
	}
	return lo, hi
}

func pass() (int, int) { return divmod(17, 5) }

func cut(s string) (string, string) {
	before, after, _ := strings.Cut(s, "=")
	return before, after
}

func three() (string, int, error) { return "x", 3, nil }

func main() {
	fmt.Println("direct pass:", show(divmod(17, 5)))
	fmt.Println("through:", show(pass()))
	q, _ := divmod(9, 2)
	_, r := divmod(9, 2)
	fmt.Println("ignored parts:", q, r)
	fmt.Println("minmax as Println args:")
	fmt.Println(minmax(4, -2, 8))
	k, v := cut("name=gopher")
	fmt.Println("cut:", k, v)
	s, n, err := three()
	fmt.Println("three:", s, n, err)
	lo, hi := minmax(5)
	lo, hi = hi+1, lo-1
	fmt.Println("reassigned from results:", lo, hi)
}
