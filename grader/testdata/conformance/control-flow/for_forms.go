// control-flow: three-clause, condition-only, infinite with break, multiple loop variables, post statements
package main

import "fmt"

func main() {
	sum := 0
	for i := 1; i <= 10; i++ {
		sum += i
	}
	fmt.Println("three-clause sum:", sum)

	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("while-style collatz steps:", steps)

	k := 0
	for {
		k++
		if k*k > 50 {
			break
		}
	}
	fmt.Println("infinite with break:", k)

	var pairs []string
	for i, j := 0, 10; i < j; i, j = i+2, j-3 {
		pairs = append(pairs, fmt.Sprint(i, ":", j))
	}
	fmt.Println("two variables:", pairs)

	var odds []int
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		odds = append(odds, i)
	}
	fmt.Println("continue:", odds)

	count := 0
	for i := 10; i > 0; i /= 2 {
		count++
	}
	fmt.Println("halving loop iterations:", count)

	var down []int
	for i := 5; i > 0; i-- {
		down = append(down, i)
	}
	fmt.Println("countdown:", down)
	x := 0
	for ; x < 3; x++ {
	}
	fmt.Println("empty init and body:", x)
}
