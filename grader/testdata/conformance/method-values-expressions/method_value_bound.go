// method-values-expressions: method values f := c.bill bind the receiver; value receivers copy it at binding time
package main

import "fmt"

type Calc struct {
	rate  int
	hours int
}

func (c Calc) bill() int   { return c.rate * c.hours }
func (c *Calc) add(h int)  { c.hours += h }
func (c *Calc) total() int { return c.rate * c.hours }

func main() {
	c := Calc{rate: 50, hours: 2}
	f := c.bill
	fmt.Println("value method value:", f())
	c.hours = 10
	fmt.Println("after change, bound copy:", f())
	fmt.Println("fresh call:", c.bill())

	g := c.total
	c.hours = 3
	fmt.Println("pointer method value sees change:", g())

	add := c.add
	add(4)
	add(1)
	fmt.Println("add via method value:", c.hours, g())

	p := &Calc{rate: 2, hours: 1}
	h := p.bill
	p.hours = 100
	fmt.Println("value method through pointer copies at bind:", h(), p.bill())

	fs := []func() int{c.bill, p.bill, c.total, p.total}
	c.hours = 0
	p.hours = 0
	for i, fn := range fs {
		fmt.Println("slice of method values", i, fn())
	}
}
