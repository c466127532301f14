// interfaces-embedding: an outer method or field shadows the embedded one; depth decides which is promoted
package main

import "fmt"

type Base struct{ ID int }

func (Base) Describe() string   { return "base" }
func (b Base) Ident() string    { return fmt.Sprint("base#", b.ID) }
func (Base) OnlyInBase() string { return "only base" }

type Mid struct {
	Base
	ID string
}

func (Mid) Describe() string { return "mid" }

type Top struct {
	Mid
}

type Describer interface{ Describe() string }

func main() {
	m := Mid{Base{1}, "m-1"}
	fmt.Println("outer field wins:", m.ID)
	fmt.Println("inner field explicit:", m.Base.ID)
	fmt.Println("outer method wins:", m.Describe())
	fmt.Println("inner method explicit:", m.Base.Describe())
	fmt.Println("promoted from base:", m.Ident(), m.OnlyInBase())

	t := Top{m}
	fmt.Println("top promotes mid:", t.Describe(), t.ID, t.Ident())

	for _, d := range []Describer{Base{}, m, t} {
		fmt.Println("as interface:", d.Describe())
	}
}
