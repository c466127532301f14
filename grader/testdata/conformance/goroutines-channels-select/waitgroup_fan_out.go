// goroutines-channels-select: WaitGroup fan-out with results collected by index, printed in order
package main

import (
	"fmt"
	"sync"
)

func work(n int) int {
	s := 0
	for i := 1; i <= n; i++ {
		s += i * i
	}
	return s
}

func main() {
	inputs := []int{3, 10, 1, 7, 5}
	results := make([]int, len(inputs))
	var wg sync.WaitGroup
	for i, n := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = work(n)
		}()
	}
	wg.Wait()
	for i, r := range results {
		fmt.Println("input", inputs[i], "->", r)
	}

	words := []string{"go", "chan", "select"}
	lens := make([]int, len(words))
	var wg2 sync.WaitGroup
	wg2.Add(len(words))
	for i := range words {
		go func(idx int) {
			defer wg2.Done()
			lens[idx] = len(words[idx])
		}(i)
	}
	wg2.Wait()
	fmt.Println("lens:", lens)
}
