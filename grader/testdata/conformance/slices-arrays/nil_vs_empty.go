// slices-arrays: nil slices vs empty slices: len, cap, append, range, printing and comparison with nil
package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println("nil?:", a == nil, b == nil, c == nil)
	fmt.Println("len/cap:", len(a), cap(a), len(b), cap(b))
	fmt.Println("print:", a, b, c)
	fmt.Printf("%%v %%d: %v %d\n", a, b)
	for range a {
		fmt.Println("never")
	}
	a = append(a, 1)
	fmt.Println("append to nil:", a, a == nil)
	var s []string
	fmt.Printf("q of nil: %q, len of sliced nil: %d\n", s, len(s[:0]))
	var ps *[]int
	fmt.Println("nil pointer to slice:", ps == nil)
	e := b[:0]
	fmt.Println("empty resliced:", e == nil, len(e))
	var arr [0]int
	fmt.Println("zero-length array:", len(arr), arr)
}
