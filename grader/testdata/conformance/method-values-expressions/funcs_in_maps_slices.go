// method-values-expressions: funcs stored in maps and slices: dispatch tables, chains, method values inside
package main

import (
	"fmt"
	"sort"
)

type stack struct{ items []int }

func (s *stack) push(v int) { s.items = append(s.items, v) }
func (s *stack) pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	ops := map[string]func(a, b int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println("op", k, ops[k](7, 3))
	}

	s := &stack{}
	actions := []func(){
		func() { s.push(1) },
		func() { s.push(2) },
		func() { s.push(s.pop() * 10) },
	}
	for _, a := range actions {
		a()
	}
	fmt.Println("stack after actions:", s.items)

	methods := map[string]func(int){"push": s.push}
	methods["push"](99)
	popper := s.pop
	fmt.Println("popped via method value:", popper(), s.items)

	table := [3]func(int) bool{
		func(n int) bool { return n > 0 },
		func(n int) bool { return n%2 == 0 },
		nil,
	}
	for i, t := range table {
		if t == nil {
			fmt.Println("table", i, "nil")
			continue
		}
		fmt.Println("table", i, t(4), t(-3))
	}
}
