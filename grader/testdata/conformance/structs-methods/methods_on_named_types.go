// structs-methods: methods on named non-struct types (slices, maps, ints, funcs), mutating through pointers
package main

import (
	"fmt"
	"sort"
	"strings"
)

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func (l IntList) Sorted() IntList {
	c := append(IntList(nil), l...)
	sort.Ints(c)
	return c
}

type Inventory map[string]int

func (inv Inventory) Add(item string, n int) { inv[item] += n }

func (inv Inventory) String() string {
	keys := make([]string, 0, len(inv))
	for k := range inv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s×%d", k, inv[k])
	}
	return strings.Join(parts, ", ")
}

type Temp float64

func (t Temp) F() Temp { return t*9/5 + 32 }

func main() {
	var l IntList
	l.Push(5)
	l.Push(1)
	l.Push(3)
	fmt.Println("list:", l, "sum:", l.Sum(), "sorted:", l.Sorted(), "orig:", l)
	inv := Inventory{}
	inv.Add("bolt", 3)
	inv.Add("nut", 2)
	inv.Add("bolt", 1)
	fmt.Println("inventory:", inv)
	fmt.Println("temp:", Temp(100).F(), Temp(-40).F())
}
