// assignments: comma-ok map lookups assigned into variables declared earlier (v, ok = m[k])
package main

import "fmt"

type item struct {
	name string
	qty  int
}

func main() {
	m := map[string]int{"one": 1, "two": 2}
	v, ok := m["one"]
	fmt.Println("present:", v, ok)

	v, ok = m["missing"]
	fmt.Println("missing reuse:", v, ok)

	v, ok = m["two"]
	fmt.Println("present again:", v, ok)

	var s string
	var found bool
	names := map[int]string{1: "a"}
	s, found = names[2]
	fmt.Printf("missing string: %q %v\n", s, found)

	var it item
	it = item{"pre", 9}
	items := map[string]item{"k": {"kept", 3}}
	it, found = items["nope"]
	fmt.Printf("missing struct: %v %v\n", it, found)
	it, found = items["k"]
	fmt.Printf("present struct: %v %v\n", it, found)

	var p *item
	ptrs := map[string]*item{"x": {"x", 1}}
	p, found = ptrs["y"]
	fmt.Println("missing pointer:", p == nil, found)

	var sl []int
	lists := map[string][]int{"a": {1, 2}}
	sl, found = lists["b"]
	fmt.Println("missing slice:", sl == nil, len(sl), found)

	var nilMap map[string]int
	v, ok = nilMap["x"]
	fmt.Println("nil map:", v, ok)

	_, ok = m["two"]
	fmt.Println("blank value:", ok)

	if v, ok = m["one"]; ok {
		fmt.Println("if with reuse:", v)
	}
	fmt.Println("after if:", v, ok)
}
