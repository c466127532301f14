// maps: maps are references: passing to functions, assigning, and storing in structs share the data
package main

import "fmt"

type registry struct {
	items map[string]int
}

func add(m map[string]int, k string) { m[k] += 1 }

func replace(m map[string]int) { m = map[string]int{"new": 1}; _ = m }

func main() {
	m := map[string]int{"a": 1}
	add(m, "a")
	add(m, "b")
	fmt.Println("modified by callee:", m)
	replace(m)
	fmt.Println("reassigning param does not affect caller:", m)

	alias := m
	alias["c"] = 3
	fmt.Println("alias shares:", m)

	r1 := registry{items: m}
	r2 := r1
	r2.items["d"] = 4
	fmt.Println("struct copies share map:", len(r1.items), len(m))

	clone := make(map[string]int, len(m))
	for k, v := range m {
		clone[k] = v
	}
	clone["a"] = 100
	fmt.Println("manual clone independent:", m["a"], clone["a"])

	type point struct{ x, y int }
	pts := map[string]point{"p": {1, 2}}
	p := pts["p"]
	p.x = 50
	fmt.Println("struct values are copies:", pts["p"], p)
	pts["p"] = p
	fmt.Println("written back:", pts["p"])

	ptrs := map[string]*point{"q": {3, 4}}
	ptrs["q"].x = 30
	fmt.Println("pointer values mutable in place:", *ptrs["q"])
}
