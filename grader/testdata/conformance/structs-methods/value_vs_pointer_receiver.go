// structs-methods: value receivers work on copies, pointer receivers modify; automatic & and * at call sites
package main

import "fmt"

type Counter struct{ N int }

func (c Counter) IncValue()    { c.N++ }
func (c *Counter) IncPointer() { c.N++ }
func (c Counter) Get() int     { return c.N }

func main() {
	c := Counter{}
	c.IncValue()
	fmt.Println("after value receiver:", c.N)
	c.IncPointer()
	fmt.Println("after pointer receiver (auto &):", c.N)

	p := &Counter{10}
	p.IncValue()
	fmt.Println("pointer calling value method:", p.N)
	p.IncPointer()
	fmt.Println("pointer calling pointer method:", p.Get())

	cs := []Counter{{1}, {2}}
	for _, x := range cs {
		x.IncPointer()
	}
	fmt.Println("range copies:", cs)
	for i := range cs {
		cs[i].IncPointer()
	}
	fmt.Println("indexed:", cs)

	m := map[string]*Counter{"a": {5}}
	m["a"].IncPointer()
	fmt.Println("map of pointers:", m["a"].N)

	arr := [2]Counter{}
	arr[1].IncPointer()
	fmt.Println("array element addressable:", arr)
}
