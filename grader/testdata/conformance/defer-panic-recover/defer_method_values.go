// defer-panic-recover: deferring method calls on values and pointers, receiver evaluated at defer time
package main

import "fmt"

type counter struct{ n int }

func (c counter) show(label string) { fmt.Println(label, c.n) }

func (c *counter) showPtr(label string) { fmt.Println(label, c.n) }

func main() {
	c := counter{1}
	defer c.show("value receiver captured at defer:")
	defer c.showPtr("pointer receiver read at run:")
	f := c.show
	defer f("method value captured before change:")
	c.n = 2
	g := c.show
	defer g("method value captured after change:")
	c.n = 3
	fmt.Println("body done, n =", c.n)
}
