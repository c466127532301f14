// defer-panic-recover: deferred function values and arguments are evaluated at the defer statement
package main

import "fmt"

func get(label string, v int) int {
	fmt.Println("evaluate", label)
	return v
}

func main() {
	f := func(n int) { fmt.Println("first f", n) }
	defer f(get("arg for first f", 1))
	f = func(n int) { fmt.Println("second f", n) }
	defer f(get("arg for second f", 2))

	s := []int{1, 2, 3}
	defer fmt.Println("slice header copied, elements shared:", s)
	s[0] = 100
	s = append(s, 4)

	m := map[string]int{"a": 1}
	defer fmt.Println("map shared:", m)
	m["b"] = 2

	arr := [2]int{1, 2}
	defer fmt.Println("array copied:", arr)
	arr[0] = 9
	fmt.Println("main body end")
}
