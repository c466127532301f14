// control-flow: nested loops with early returns from a helper, flag variables, and loop-carried state
package main

import "fmt"

func findPair(xs []int, target int) (int, int, bool) {
	for i := 0; i < len(xs); i++ {
		for j := i + 1; j < len(xs); j++ {
			if xs[i]+xs[j] == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func main() {
	xs := []int{3, 8, 11, 4, 7}
	for _, t := range []int{15, 11, 100} {
		i, j, ok := findPair(xs, t)
		fmt.Println("target", t, "->", i, j, ok)
	}

	var primes []int
	for n := 2; len(primes) < 10; n++ {
		isPrime := true
		for _, p := range primes {
			if p*p > n {
				break
			}
			if n%p == 0 {
				isPrime = false
				break
			}
		}
		if isPrime {
			primes = append(primes, n)
		}
	}
	fmt.Println("first ten primes:", primes)

	triangle := ""
	for i := 1; i <= 4; i++ {
		for j := 0; j < i; j++ {
			triangle += "*"
		}
		triangle += "/"
	}
	fmt.Println("triangle:", triangle)
}
