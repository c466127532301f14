// loopvar: goroutines started in loops see their own iteration's variable; results synchronised by index
package main

import "fmt"

func main() {
	results := make([]int, 5)
	done := make(chan struct{})
	for i := 0; i < 5; i++ {
		go func() {
			results[i] = i * i
			done <- struct{}{}
		}()
	}
	for range 5 {
		<-done
	}
	fmt.Println("squares:", results)

	names := []string{"ann", "bob", "cat"}
	out := make([]string, len(names))
	finished := make(chan int)
	for i, n := range names {
		go func() {
			out[i] = n + "!"
			finished <- i
		}()
	}
	sum := 0
	for range names {
		sum += <-finished
	}
	fmt.Println("greetings:", out, "index sum:", sum)
}
