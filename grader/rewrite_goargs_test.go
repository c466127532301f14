package grader

import (
	"strings"
	"testing"
)

// A goroutine's function literal gets, as arguments, the variables it
// captures that never change after their declaration and whose address is
// never taken; the others stay shared, as Go shares them.
func TestGoroutinesGetUnchangingCapturesAsArguments(t *testing.T) {
	src := []byte(`package main

import (
	"fmt"
	"sync"
)

type box struct{ n int }

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 3; i++ {
		b := &box{i}
		ch := make(chan int, 1)
		name := fmt.Sprint("g", i)
		var v box
		wg.Add(1)
		go func(extra int) {
			defer wg.Done()
			mu.Lock()
			total += b.n + extra + v.n
			mu.Unlock()
			ch <- len(name)
		}(1)
		<-ch
	}
	wg.Wait()
	fmt.Println(total)
}
`)
	p, diags := PrecheckProgram("main.go", src)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	if !strings.Contains(p.Source, "go func(extra int, b *box, ch chan int, name string) {") || !strings.Contains(p.Source, "}(1, b, ch, name)") {
		t.Fatalf("want b, ch and name passed to the goroutine (and wg, mu, total, v shared):\n%s", p.Source)
	}
	if res := RunProgram(t.Context(), "main.go", src, 0); res.Failure != "" || res.Output != "6\n" {
		t.Fatalf("the program printed %q (failure %q), want 6", res.Output, res.Failure)
	}
}

// What must stay as it is: a variable the literal redeclares at its top
// (i := i), a variable of a type parameter's type (its core type may be an
// array written through), and argument lists that end with a comma.
func TestGoroutineArgumentsKeepWhatMustStay(t *testing.T) {
	src := []byte(`package main

import "fmt"

func fill[A ~[3]int](a A) int {
	done := make(chan int)
	go func() {
		done <- a[0]
	}()
	a[0] = 5
	return <-done + a[0] - 5
}

func main() {
	results := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		go func() {
			i := i
			results <- i
		}()
	}
	sum := 0
	for range 3 {
		sum += <-results
	}
	done := make(chan string)
	label := "x"
	go func(
		n int,
	) {
		done <- fmt.Sprint(label, n)
	}(
		7,
	)
	fmt.Println(sum, <-done, fill([3]int{1, 2, 3}) >= 0)
}
`)
	if res := RunProgram(t.Context(), "main.go", src, 0); res.Failure != "" || res.Output != "6 x7 true\n" {
		t.Fatalf("the program printed %q (failure %q, %v), want \"6 x7 true\"", res.Output, res.Failure, res.Diagnostics)
	}
}
