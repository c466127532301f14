// loopvar: range over integers (Go 1.22): typed and untyped counts, zero and negative, variable count
package main

import "fmt"

type Count uint8

func main() {
	for i := range 3 {
		fmt.Println("range 3:", i)
	}
	n := 0
	for range 0 {
		n++
	}
	fmt.Println("range 0 iterations:", n)
	neg := -5
	for range neg {
		n++
	}
	fmt.Println("range negative iterations:", n)
	var c Count = 2
	for i := range c {
		fmt.Printf("typed count: %d %T\n", i, i)
	}
	var i64 int64 = 2
	for i := range i64 {
		fmt.Printf("int64 count: %d %T\n", i, i)
	}
	m := 4
	sum := 0
	for i := range m {
		m = 100
		sum += i
	}
	fmt.Println("count evaluated once:", sum, m)
	s := []string{"a", "b", "c"}
	for i := range len(s) {
		fmt.Println("range len:", i, s[i])
	}
}
