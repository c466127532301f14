// control-flow: range over slices, arrays, strings, maps (sorted), channels, integers, with and without variables
package main

import (
	"fmt"
	"sort"
)

func main() {
	for i, v := range []string{"x", "y"} {
		fmt.Println("slice", i, v)
	}
	for i := range [3]int{} {
		fmt.Println("array index", i)
	}
	for _, r := range "añb" {
		fmt.Println("string rune", string(r))
	}
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("map keys sorted:", keys)
	ch := make(chan int, 3)
	ch <- 10
	ch <- 20
	close(ch)
	for v := range ch {
		fmt.Println("channel", v)
	}
	for i := range 3 {
		fmt.Println("int", i)
	}
	n := 0
	for range 4 {
		n++
	}
	fmt.Println("range int without var:", n)
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	type named int
	for i := range named(2) {
		fmt.Printf("named int range: %d %T\n", i, i)
	}
}
