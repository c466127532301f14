// functions: package-level variable initialisation order by dependency, init() functions running before main
package main

import "fmt"

var (
	total  = base * factor
	base   = compute("base", 6)
	factor = compute("factor", 7)
)

var order []string

func compute(name string, v int) int {
	order = append(order, name)
	return v
}

var table = func() map[string]int {
	m := map[string]int{}
	for i, s := range []string{"zero", "one", "two"} {
		m[s] = i
	}
	return m
}()

func init() {
	order = append(order, "init1")
	total++
}

func init() {
	order = append(order, "init2")
}

func main() {
	fmt.Println("total:", total)
	fmt.Println("order:", order)
	fmt.Println("table:", table)
}
