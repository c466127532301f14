// functions: parameters are copies: ints, structs and arrays copied; slices, maps and pointers share data
package main

import "fmt"

type rec struct {
	n    int
	arr  [2]int
	list []int
}

func modify(i int, r rec, a [2]int, s []int, m map[string]int, p *int) {
	i = 100
	r.n = 100
	r.arr[0] = 100
	r.list[0] = 100
	a[0] = 100
	s[0] = 100
	m["k"] = 100
	*p = 100
	_ = i
}

func grow(s []int) { s = append(s, 4); s[0] = -1 }

func main() {
	i := 1
	r := rec{1, [2]int{1, 1}, []int{1}}
	a := [2]int{1, 1}
	s := []int{1, 1}
	m := map[string]int{"k": 1}
	p := 1
	modify(i, r, a, s, m, &p)
	fmt.Println("int:", i)
	fmt.Println("struct:", r.n, r.arr, r.list)
	fmt.Println("array:", a)
	fmt.Println("slice:", s)
	fmt.Println("map:", m)
	fmt.Println("pointer target:", p)
	small := make([]int, 3, 10)
	grow(small)
	fmt.Println("append in callee not visible in len:", small, len(small), small[:4])
}
