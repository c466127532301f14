// interfaces-embedding: method sets: pointer-receiver methods satisfy an interface only through a pointer
package main

import "fmt"

type Resetter interface{ Reset() }
type Getter interface{ Get() int }

type GetResetter interface {
	Getter
	Resetter
}

type cell struct{ v int }

func (c cell) Get() int { return c.v }
func (c *cell) Reset()  { c.v = 0 }

func use(gr GetResetter) int {
	before := gr.Get()
	gr.Reset()
	return before*100 + gr.Get()
}

func main() {
	c := &cell{42}
	fmt.Println("use pointer:", use(c), c.v)

	var g Getter = cell{5}
	fmt.Println("value as Getter:", g.Get())
	_, ok := g.(Resetter)
	fmt.Println("value is Resetter:", ok)

	g = &cell{6}
	r, ok := g.(Resetter)
	fmt.Println("pointer is Resetter:", ok)
	r.Reset()
	fmt.Println("after Reset via interface:", g.Get())

	cells := []cell{{1}, {2}, {3}}
	for i := range cells {
		var gr GetResetter = &cells[i]
		if gr.Get()%2 == 1 {
			gr.Reset()
		}
	}
	fmt.Println("cells:", cells)
}
