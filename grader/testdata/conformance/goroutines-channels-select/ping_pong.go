// goroutines-channels-select: two goroutines taking strict turns over unbuffered channels
package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, log chan<- string, done chan<- struct{}) {
	for n := range in {
		log <- fmt.Sprintf("%s hits %d", name, n)
		if n >= 6 {
			close(out)
			done <- struct{}{}
			return
		}
		out <- n + 1
	}
	done <- struct{}{}
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	log := make(chan string, 20)
	done := make(chan struct{}, 2)
	go player("ping", ping, pong, log, done)
	go player("pong", pong, ping, log, done)
	ping <- 1
	<-done
	<-done
	close(log)
	for l := range log {
		fmt.Println(l)
	}
}
