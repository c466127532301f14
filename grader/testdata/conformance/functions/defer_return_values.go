// functions: return statement order: results set, defers run, caller sees final values; early return helpers
package main

import "fmt"

func steps() (log []string) {
	log = append(log, "body")
	defer func() { log = append(log, "defer") }()
	return append(log, "return-expr")
}

func first(xs []int, pred func(int) bool) (int, bool) {
	for _, x := range xs {
		if pred(x) {
			return x, true
		}
	}
	return 0, false
}

func main() {
	fmt.Println("steps:", steps())
	v, ok := first([]int{1, 4, 9}, func(n int) bool { return n > 3 })
	fmt.Println("first > 3:", v, ok)
	v, ok = first(nil, func(int) bool { return true })
	fmt.Println("first of nil:", v, ok)
}
