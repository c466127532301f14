// structs-methods: a method on the outer type calling the embedded type's method it shadows (template pattern)
package main

import "fmt"

type Base struct{ calls []string }

func (b *Base) Step(name string) { b.calls = append(b.calls, "base:"+name) }
func (b *Base) Run() {
	b.Step("one")
	b.Step("two")
}

type Custom struct {
	Base
	prefix string
}

func (c *Custom) Step(name string) {
	c.calls = append(c.calls, c.prefix+name)
	c.Base.Step(name)
}

func main() {
	c := &Custom{prefix: "custom:"}
	c.Run()
	fmt.Println("Run uses Base.Step (no virtual dispatch):", c.calls)
	c.calls = nil
	c.Step("direct")
	fmt.Println("direct call uses Custom.Step:", c.calls)
}
