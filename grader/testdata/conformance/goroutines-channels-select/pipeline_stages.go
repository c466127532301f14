// goroutines-channels-select: a three-stage pipeline generator -> square -> sum, with directional channels
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func filterOdd(in <-chan int) <-chan int {
	out := make(chan int, 4)
	go func() {
		defer close(out)
		for n := range in {
			if n%2 == 1 {
				out <- n
			}
		}
	}()
	return out
}

func main() {
	var got []int
	for v := range square(gen(1, 2, 3, 4, 5)) {
		got = append(got, v)
	}
	fmt.Println("squares in order:", got)

	sum := 0
	for v := range filterOdd(square(gen(1, 2, 3, 4, 5, 6, 7))) {
		sum += v
	}
	fmt.Println("sum of odd squares:", sum)

	empty := 0
	for range square(gen()) {
		empty++
	}
	fmt.Println("empty pipeline:", empty)
}
