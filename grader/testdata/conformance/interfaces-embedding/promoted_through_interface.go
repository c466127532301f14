// interfaces-embedding: methods promoted from an interface embedded in a struct (w.Price() through struct{ Pricer; extra int })
package main

import "fmt"

type Pricer interface {
	Price() int
}

type book struct{ pages int }

func (b book) Price() int { return b.pages / 10 }

type gadget struct{ watts int }

func (g *gadget) Price() int { return g.watts * 3 }

type wrapped struct {
	Pricer
	extra int
}

func (w wrapped) Total() int { return w.Price() + w.extra }

func main() {
	w := wrapped{book{250}, 4}
	fmt.Println("promoted Price:", w.Price())
	fmt.Println("explicit field:", w.Pricer.Price())
	fmt.Println("Total:", w.Total())

	w2 := wrapped{Pricer: &gadget{7}, extra: 1}
	fmt.Println("pointer impl promoted:", w2.Price(), w2.Total())

	var p Pricer = w
	fmt.Println("wrapper used as Pricer:", p.Price())

	list := []Pricer{book{90}, &gadget{2}, w, w2, wrapped{w, 100}}
	sum := 0
	for i, item := range list {
		fmt.Println("item", i, "price", item.Price())
		sum += item.Price()
	}
	fmt.Println("sum:", sum)

	w.Pricer = book{1000}
	fmt.Println("after swapping embedded value:", w.Price())
}
