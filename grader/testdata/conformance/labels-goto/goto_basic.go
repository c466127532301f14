// labels-goto: goto for retry loops, skipping forward and simple state machines
package main

import "fmt"

func retry(failures int) (attempts int) {
again:
	attempts++
	if attempts <= failures {
		goto again
	}
	return
}

func classify(n int) string {
	if n < 0 {
		goto negative
	}
	if n == 0 {
		goto zero
	}
	return "positive"
negative:
	return "negative"
zero:
	return "zero"
}

func collatz(n int) (steps int) {
top:
	if n == 1 {
		return
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto top
}

func main() {
	fmt.Println("retry 0:", retry(0))
	fmt.Println("retry 3:", retry(3))
	for _, n := range []int{-4, 0, 9} {
		fmt.Println("classify", n, classify(n))
	}
	fmt.Println("collatz 27 steps:", collatz(27))
	fmt.Println("collatz 1 steps:", collatz(1))

	i := 0
	var out []int
loop:
	if i < 5 {
		out = append(out, i*i)
		i++
		goto loop
	}
	fmt.Println("goto loop:", out)
}
