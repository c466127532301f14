// closures: immediately invoked function literals, with results, arguments and captured state
package main

import "fmt"

func main() {
	v := func(a, b int) int { return a*b + 1 }(6, 7)
	fmt.Println("immediate result:", v)

	q, r := func(n, d int) (int, int) { return n / d, n % d }(29, 4)
	fmt.Println("immediate two results:", q, r)

	base := 5
	table := func() []int {
		out := make([]int, 0, 4)
		for i := 1; i <= 4; i++ {
			out = append(out, base*i)
		}
		return out
	}()
	fmt.Println("table:", table)

	label := func() string {
		switch {
		case base > 3:
			return "big"
		default:
			return "small"
		}
	}()
	fmt.Println("label:", label)

	fmt.Println("nested immediate:", func() int {
		return func(x int) int { return x * 3 }(base)
	}())

	var f func(int) string = func(n int) string { return fmt.Sprint("n=", n) }
	fmt.Println("typed func var:", f(3))
}
