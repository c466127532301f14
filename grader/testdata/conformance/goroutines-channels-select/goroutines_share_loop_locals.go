// goroutines-channels-select: goroutines started in a loop read the loop body's variables, and write a shared counter
package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu   sync.Mutex
	open bool
	paid int
}

func (a *account) close() (int, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open {
		return 0, false
	}
	a.open = false
	return 10, true
}

func main() {
	wrong := 0
	for rep := 0; rep < 1000; rep++ {
		a := &account{open: true}
		var start sync.WaitGroup
		start.Add(1)
		res := make(chan string)
		for i := 0; i < 10; i++ {
			go func() {
				start.Wait()
				switch p, ok := a.close(); {
				case !ok:
					res <- "already closed"
				case p != 10:
					res <- "fail"
				default:
					res <- "close"
				}
			}()
		}
		start.Done()
		closes := 0
		for i := 0; i < 10; i++ {
			if <-res == "close" {
				closes++
			}
		}
		if closes != 1 {
			wrong++
		}
	}
	fmt.Println("reps with other than one close:", wrong)

	// A variable the goroutines change stays shared.
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 1; i <= 10; i++ {
		step := i
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += step
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("total:", total)
}
