// assignments: x, y = y, x+y style updates (fibonacci, gcd, running pairs)
package main

import "fmt"

func fib(n int) int {
	x, y := 0, 1
	for i := 0; i < n; i++ {
		x, y = y, x+y
	}
	return x
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	var seq []int
	for i := 0; i <= 12; i++ {
		seq = append(seq, fib(i))
	}
	fmt.Println("fib 0..12:", seq)
	fmt.Println("fib 40:", fib(40))
	fmt.Println("gcd 84 36:", gcd(84, 36))
	fmt.Println("gcd 17 5:", gcd(17, 5))

	// pell numbers: p, q = q, 2*q+p
	p, q := 0, 1
	for i := 0; i < 8; i++ {
		p, q = q, 2*q+p
	}
	fmt.Println("pell:", p, q)

	// uint64 fibonacci near the top of the range
	var ua, ub uint64 = 0, 1
	for i := 0; i < 93; i++ {
		ua, ub = ub, ua+ub
	}
	fmt.Println("fib 93 uint64:", ua)

	// float pair update
	lo, hi := 0.0, 8.0
	for i := 0; i < 4; i++ {
		lo, hi = (lo+hi)/2, hi+1
	}
	fmt.Println("halving:", lo, hi)
}
