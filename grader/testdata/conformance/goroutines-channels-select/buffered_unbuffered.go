// goroutines-channels-select: buffered channel len/cap, unbuffered handoff with a done channel
package main

import "fmt"

func main() {
	b := make(chan int, 3)
	fmt.Println("empty:", len(b), cap(b))
	b <- 1
	b <- 2
	fmt.Println("after two sends:", len(b), cap(b))
	fmt.Println("receive:", <-b, len(b))
	b <- 3
	b <- 4
	fmt.Println("full:", len(b), cap(b))
	close(b)
	for v := range b {
		fmt.Println("drain:", v)
	}

	u := make(chan string)
	done := make(chan bool)
	go func() {
		for s := range u {
			fmt.Println("worker got:", s)
		}
		done <- true
	}()
	u <- "first"
	u <- "second"
	close(u)
	<-done
	fmt.Println("unbuffered cap:", cap(u))

	var nilCh chan int
	fmt.Println("nil channel len/cap:", len(nilCh), cap(nilCh))
}
