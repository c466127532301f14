// loopvar: range over func iterators (Go 1.23): single and two-value yields, early break, nested
package main

import "fmt"

func countTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func enumerate(words []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func fib() func(func(int) bool) {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func main() {
	for v := range countTo(3) {
		fmt.Println("count:", v)
	}
	for i, w := range enumerate([]string{"x", "y"}) {
		fmt.Println("enumerate:", i, w)
	}
	var fs []int
	for f := range fib() {
		if f > 50 {
			break
		}
		fs = append(fs, f)
	}
	fmt.Println("fib until 50:", fs)
	pairs := 0
	for a := range countTo(3) {
		for b := range countTo(a) {
			_ = b
			pairs++
		}
	}
	fmt.Println("nested pairs:", pairs)
	var closures []func() int
	for v := range countTo(3) {
		closures = append(closures, func() int { return v * 100 })
	}
	for _, c := range closures {
		fmt.Println("captured iterator value:", c())
	}
}
