// goroutines-channels-select: select with default for non-blocking send and receive
package main

import "fmt"

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 2)
	fmt.Println("send 1:", trySend(ch, 1))
	fmt.Println("send 2:", trySend(ch, 2))
	fmt.Println("send 3 (full):", trySend(ch, 3))
	for i := 0; i < 3; i++ {
		v, ok := tryRecv(ch)
		fmt.Println("recv:", v, ok)
	}
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		fmt.Println("closed channel ready:", v, ok)
	default:
		fmt.Println("not reached")
	}
}
