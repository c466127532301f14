// labels-goto: plain break inside switch/select exits only that statement; labelled break exits the loop
package main

import "fmt"

func main() {
	var seen []int
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			break
		default:
			seen = append(seen, i)
		}
	}
	fmt.Println("break in switch only:", seen)

	seen = nil
loop:
	for i := 0; i < 5; i++ {
		switch {
		case i == 3:
			break loop
		}
		seen = append(seen, i)
	}
	fmt.Println("labelled break from switch:", seen)

	ch := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		ch <- i
	}
	close(ch)
	sum := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			if v == 4 {
				continue recv
			}
			sum += v
		}
	}
	fmt.Println("select loop sum skipping 4:", sum)

	done := make(chan struct{})
	close(done)
	iterations := 0
wait:
	for {
		iterations++
		select {
		case <-done:
			break wait
		default:
		}
	}
	fmt.Println("select break iterations:", iterations)
}
