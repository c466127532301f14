// named-results: a deferred increment of a named result, the function called many times in a loop
package main

import "fmt"

var log []int

func bump(n int) (r int) {
	defer func() {
		r++
		log = append(log, r)
	}()
	r = n * 10
	return
}

func guard(n int) (r int, note string) {
	defer func() {
		if r > 20 {
			r, note = 20, "capped"
		}
	}()
	if n < 0 {
		return 0, "negative"
	}
	r = n * 7
	note = "ok"
	return
}

func main() {
	total := 0
	for i := 0; i < 5; i++ {
		total += bump(i)
	}
	fmt.Println("total:", total)
	fmt.Println("log:", log)
	for _, n := range []int{-1, 2, 3, 10} {
		r, note := guard(n)
		fmt.Println("guard", n, "->", r, note)
	}
}
