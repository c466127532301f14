// fmt-verbs: a String() method on a value receiver, printed as value, pointer, in slice, in struct, in any
package main

import "fmt"

type Money int

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", int(m)/100, int(m)%100) }

type Line struct {
	Item  string
	Price Money
}

func main() {
	m := Money(1999)
	fmt.Println("value:", m)
	fmt.Println("pointer:", &m)
	fmt.Println("slice:", []Money{5, 250})
	fmt.Println("struct:", Line{"pen", 120})
	fmt.Printf("struct %%+v: %+v\n", Line{"ink", 75})
	var x any = m
	fmt.Println("in any:", x)
	fmt.Printf("%%v %%s %%d: %v %s %d\n", m, m, m)
	fmt.Printf("%%q: %q\n", m)
	fmt.Printf("%%x: %x\n", m)
	fmt.Printf("%%10v|: %10v|\n", m)
	fmt.Printf("%%-10s|: %-10s|\n", m)
	fmt.Println("map:", map[string]Money{"a": 1, "b": 100})
	fmt.Println("Sprint:", fmt.Sprint(m, Money(1)))
	fmt.Println("array of pointers deref by method:", [2]*Money{&m, &m}[1].String())
}
