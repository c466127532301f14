// builtins: append forms: single, multiple, spread, strings into []byte, onto nil, self-append
package main

import "fmt"

func main() {
	var s []int
	s = append(s, 1)
	s = append(s, 2, 3)
	s = append(s, []int{4, 5}...)
	fmt.Println("appends:", s)
	s = append(s, s...)
	fmt.Println("self-append:", s)
	b := append([]byte("go"), "pher"...)
	fmt.Println("string spread into bytes:", string(b))
	var ns []string
	ns = append(ns, []string{}...)
	fmt.Println("append empty spread to nil:", ns == nil)
	e := append([]int{}, []int(nil)...)
	fmt.Println("append nil spread:", e, e == nil)
	type pt struct{ x int }
	ps := append([]pt(nil), pt{1}, pt{2})
	fmt.Println("structs:", ps)
	nested := append([][]int{}, []int{1}, nil, []int{2, 3})
	fmt.Println("nested:", nested, nested[1] == nil)
	var ifs []any
	ifs = append(ifs, 1, "a", nil, []int{})
	fmt.Println("any:", ifs, len(ifs))
}
