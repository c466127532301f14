// closures: counters and generators that keep private state between calls
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func stepper(start, step int) (next func() int, reset func()) {
	cur := start
	next = func() int {
		v := cur
		cur += step
		return v
	}
	reset = func() { cur = start }
	return
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println("c1:", c1(), c1(), c1())
	fmt.Println("c2 independent:", c2())
	fmt.Println("c1 again:", c1())

	f := fibGen()
	var fs []int
	for i := 0; i < 10; i++ {
		fs = append(fs, f())
	}
	fmt.Println("fib gen:", fs)

	next, reset := stepper(100, -7)
	fmt.Println("stepper:", next(), next(), next())
	reset()
	fmt.Println("after reset:", next(), next())
}
