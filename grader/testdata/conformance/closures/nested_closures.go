// closures: closures returning closures, each level capturing its own variables
package main

import "fmt"

func adder(a int) func(int) func(int) int {
	return func(b int) func(int) int {
		return func(c int) int {
			return a*100 + b*10 + c
		}
	}
}

func makeMultipliers(factors []int) []func(int) int {
	var out []func(int) int
	for _, f := range factors {
		out = append(out, func(x int) int { return x * f })
	}
	return out
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	a1 := adder(1)
	a12 := a1(2)
	fmt.Println("adder 1 2 3:", a12(3))
	fmt.Println("adder 1 2 9:", a12(9))
	fmt.Println("adder 4 5 6:", adder(4)(5)(6))

	ms := makeMultipliers([]int{2, 3, 10})
	for i, m := range ms {
		fmt.Println("multiplier", i, "of 7:", m(7))
	}

	inc := func(x int) int { return x + 1 }
	sq := func(x int) int { return x * x }
	fmt.Println("compose inc,sq of 3:", compose(inc, sq)(3))
	fmt.Println("compose sq,inc of 3:", compose(sq, inc)(3))
	fmt.Println("compose none of 3:", compose()(3))
	fmt.Println("compose all of 1:", compose(ms...)(1))
}
