// goroutines-channels-select: sync.Mutex protecting a counter and a map updated by many goroutines
package main

import (
	"fmt"
	"sync"
)

type stats struct {
	mu     sync.Mutex
	total  int
	byKind map[string]int
}

func (s *stats) add(kind string, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.total += n
	s.byKind[kind] += n
}

func main() {
	s := &stats{byKind: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			kind := "even"
			if i%2 == 1 {
				kind = "odd"
			}
			s.add(kind, i)
		}()
	}
	wg.Wait()
	fmt.Println("total:", s.total)
	fmt.Println("by kind:", s.byKind)

	var mu sync.Mutex
	count := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for j := 0; j < 10; j++ {
				mu.Lock()
				count++
				mu.Unlock()
			}
		}()
	}
	wg2.Wait()
	fmt.Println("count:", count)
}
