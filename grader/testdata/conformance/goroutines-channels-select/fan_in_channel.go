// goroutines-channels-select: fan-in from several producers into one channel, results sorted before printing
package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(id int, n int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		out <- fmt.Sprintf("p%d-%d", id, i)
	}
}

func main() {
	out := make(chan string)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go producer(id, id+1, out, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	var got []string
	for s := range out {
		got = append(got, s)
	}
	sort.Strings(got)
	fmt.Println("count:", len(got))
	fmt.Println("items:", got)
}
