// functions: higher-order functions: apply n times, curry, partial application, function slices pipeline
package main

import "fmt"

func applyN(f func(int) int, n int) func(int) int {
	return func(x int) int {
		for i := 0; i < n; i++ {
			x = f(x)
		}
		return x
	}
}

func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

func partial(f func(string, string, string) string, a string) func(string, string) string {
	return func(b, c string) string { return f(a, b, c) }
}

func main() {
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println("inc x5:", applyN(inc, 5)(0))
	fmt.Println("dbl x10:", applyN(dbl, 10)(1))
	fmt.Println("zero times:", applyN(dbl, 0)(7))
	add := curry(func(a, b int) int { return a + b })
	add10 := add(10)
	fmt.Println("curried:", add10(5), add(1)(2))
	greet := partial(func(a, b, c string) string { return a + ", " + b + " " + c }, "Hello")
	fmt.Println("partial:", greet("dear", "reader"))
	steps := []func(int) int{inc, dbl, inc, dbl}
	x := 1
	for _, s := range steps {
		x = s(x)
	}
	fmt.Println("pipeline:", x)
}
