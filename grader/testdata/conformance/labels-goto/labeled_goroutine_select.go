// labels-goto: a worker loop with a labelled break out of select when a quit channel closes
package main

import "fmt"

func worker(jobs <-chan int, quit <-chan struct{}, results chan<- string) {
	defer close(results)
	processed := 0
work:
	for {
		select {
		case j, ok := <-jobs:
			if !ok {
				results <- "jobs closed"
				break work
			}
			processed++
			results <- fmt.Sprint("job ", j, " -> ", j*j)
		case <-quit:
			results <- "quit"
			break work
		}
	}
	results <- fmt.Sprint("processed ", processed)
}

func main() {
	jobs := make(chan int)
	quit := make(chan struct{})
	results := make(chan string)
	go worker(jobs, quit, results)
	for i := 1; i <= 3; i++ {
		jobs <- i
		fmt.Println(<-results)
	}
	close(jobs)
	for r := range results {
		fmt.Println(r)
	}
	_ = quit
}
