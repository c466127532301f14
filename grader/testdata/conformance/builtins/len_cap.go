// builtins: len and cap of strings, arrays, array pointers, slices, maps, channels, and nil values
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println("len string:", len(s), len(""))
	arr := [5]int{}
	fmt.Println("len/cap array:", len(arr), cap(arr))
	pa := &arr
	fmt.Println("len/cap array pointer:", len(pa), cap(pa))
	sl := make([]int, 2, 7)
	fmt.Println("len/cap slice:", len(sl), cap(sl))
	fmt.Println("len/cap subslice:", len(sl[1:]), cap(sl[1:]), len(sl[:5]), cap(sl[2:4:6]))
	m := map[int]bool{1: true, 2: false}
	fmt.Println("len map:", len(m))
	ch := make(chan int, 4)
	ch <- 1
	fmt.Println("len/cap chan:", len(ch), cap(ch))
	var ns []int
	var nm map[string]int
	var nc chan int
	fmt.Println("nil values:", len(ns), cap(ns), len(nm), len(nc), cap(nc))
	const k = len("const")
	fmt.Println("constant len:", k)
	var matrix [3][4]int
	fmt.Println("nested array:", len(matrix), len(matrix[0]))
}
