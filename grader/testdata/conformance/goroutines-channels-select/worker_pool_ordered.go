// goroutines-channels-select: a worker pool with job IDs; results placed by ID so output order is fixed
package main

import (
	"fmt"
	"strings"
	"sync"
)

type job struct {
	id   int
	text string
}

type result struct {
	id  int
	out string
}

func main() {
	texts := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta"}
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.id, strings.ToUpper(j.text)}
			}
		}()
	}
	go func() {
		for i, t := range texts {
			jobs <- job{i, t}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	ordered := make([]string, len(texts))
	n := 0
	for r := range results {
		ordered[r.id] = r.out
		n++
	}
	fmt.Println("results:", n)
	for i, s := range ordered {
		fmt.Println(i, s)
	}
}
