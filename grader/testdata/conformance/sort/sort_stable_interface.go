// sort: sort.Stable over a custom sort.Interface with a key function field
package main

import (
	"fmt"
	"sort"
)

type record struct {
	dept string
	name string
	pay  int
}

type by struct {
	rs   []record
	less func(a, b record) bool
}

func (b by) Len() int           { return len(b.rs) }
func (b by) Less(i, j int) bool { return b.less(b.rs[i], b.rs[j]) }
func (b by) Swap(i, j int)      { b.rs[i], b.rs[j] = b.rs[j], b.rs[i] }

func main() {
	rs := []record{
		{"eng", "ann", 120}, {"ops", "bob", 90}, {"eng", "cat", 100},
		{"ops", "dan", 95}, {"eng", "eve", 120}, {"hr", "fay", 80},
	}
	sort.Stable(by{rs, func(a, b record) bool { return a.name < b.name }})
	sort.Stable(by{rs, func(a, b record) bool { return a.pay > b.pay }})
	sort.Stable(by{rs, func(a, b record) bool { return a.dept < b.dept }})
	for _, r := range rs {
		fmt.Println(r.dept, r.pay, r.name)
	}
}
