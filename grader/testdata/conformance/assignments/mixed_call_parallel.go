// assignments: mixed parallel assignments whose right side calls functions, e.g. a, b = f(a), b+1
package main

import "fmt"

var calls []string

func double(n int) int {
	calls = append(calls, fmt.Sprint("double(", n, ")"))
	return n * 2
}

func inc(n int) int {
	calls = append(calls, fmt.Sprint("inc(", n, ")"))
	return n + 1
}

func pair(n int) (int, int) { return n, -n }

func main() {
	a, b := 3, 10
	a, b = double(a), b+1
	fmt.Println("f(a), b+1:", a, b)

	a, b = b, double(a)
	fmt.Println("b, f(a):", a, b)

	a, b = inc(b), inc(a)
	fmt.Println("inc both:", a, b)
	fmt.Println("call order:", calls)

	c, d := pair(a)
	fmt.Println("pair:", c, d)
	c, d = pair(d)
	fmt.Println("pair of d:", c, d)

	s := []int{1, 2, 3}
	n := len(s)
	s, n = append(s, n), n*10
	fmt.Println("append and len:", s, n)

	x := 5
	x, y := double(x), x
	fmt.Println("redeclare with old x on right:", x, y)

	str := "go"
	str, k := str+"lang", len(str)
	fmt.Println("string grow:", str, k)
}
