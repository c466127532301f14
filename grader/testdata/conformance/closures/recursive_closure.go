// closures: recursive function literals declared with var first, memoization through a captured map
package main

import "fmt"

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println("fact 10:", fact(10))

	memo := map[int]int{}
	calls := 0
	var fib func(int) int
	fib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	fmt.Println("fib 50:", fib(50))
	fmt.Println("calls:", calls, "memo size:", len(memo))

	var walk func(prefix string, depth int) []string
	walk = func(prefix string, depth int) []string {
		if depth == 0 {
			return []string{prefix}
		}
		return append(walk(prefix+"L", depth-1), walk(prefix+"R", depth-1)...)
	}
	fmt.Println("walk:", walk("", 3))

	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	fmt.Println("mutual:", isEven(10), isOdd(7), isEven(3))
}
