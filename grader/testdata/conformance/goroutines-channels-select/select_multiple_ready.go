// goroutines-channels-select: select over several channels until all are closed (nil-ing closed channels)
package main

import (
	"fmt"
	"sort"
)

func main() {
	a := make(chan int, 3)
	b := make(chan string, 3)
	for i := 1; i <= 3; i++ {
		a <- i
		b <- fmt.Sprint("s", i)
	}
	close(a)
	close(b)
	var ints []int
	var strs []string
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			ints = append(ints, v)
		case s, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			strs = append(strs, s)
		}
	}
	sort.Ints(ints)
	sort.Strings(strs)
	fmt.Println("ints:", ints)
	fmt.Println("strs:", strs)
	fmt.Println("both nil:", a == nil, b == nil)
}
