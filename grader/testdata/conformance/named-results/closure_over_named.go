// named-results: closures inside the function capture and update named results before a bare return
package main

import "fmt"

func build(words []string) (out string, n int) {
	add := func(w string) {
		if n > 0 {
			out += ","
		}
		out += w
		n++
	}
	for _, w := range words {
		add(w)
	}
	return
}

func minMax(xs ...int) (lo, hi int) {
	first := true
	see := func(x int) {
		if first || x < lo {
			lo = x
		}
		if first || x > hi {
			hi = x
		}
		first = false
	}
	for _, x := range xs {
		see(x)
	}
	return
}

func counterResult() (get func() int, total int) {
	get = func() int {
		total++
		return total
	}
	get()
	get()
	return
}

func main() {
	o, n := build([]string{"red", "green", "blue"})
	fmt.Println("build:", o, n)
	o, n = build(nil)
	fmt.Printf("build nil: %q %d\n", o, n)
	lo, hi := minMax(4, -1, 7, 3)
	fmt.Println("minMax:", lo, hi)
	lo, hi = minMax(-5)
	fmt.Println("minMax one:", lo, hi)
	get, total := counterResult()
	fmt.Println("counter total at return:", total)
	fmt.Println("counter after:", get(), get())
}
