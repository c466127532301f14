// fmt-verbs: %v, %+v and %#v on the program's own structs, nested structs, pointers, slices and maps
package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Addr    Address
	Tags    []string
	Scores  map[string]int
	Manager *Person
}

type Level int
type Labels []string

func main() {
	p := Person{Name: "Ann", Age: 40, Addr: Address{"Oslo", 150}, Tags: []string{"a"}, Scores: map[string]int{"x": 1}}
	fmt.Printf("%%v: %v\n", p)
	fmt.Printf("%%+v: %+v\n", p)
	fmt.Printf("%%#v: %#v\n", p.Addr)
	fmt.Printf("%%#v slice: %#v\n", p.Tags)
	fmt.Printf("%%#v map: %#v\n", p.Scores)
	fmt.Printf("%%#v named int: %#v\n", Level(3))
	fmt.Printf("%%#v named slice: %#v\n", Labels{"x", "y"})
	fmt.Printf("%%#v nil slice: %#v\n", []int(nil))
	fmt.Printf("%%#v empty struct: %#v\n", struct{}{})
	fmt.Printf("%%#v string: %#v\n", "q\"s")
	fmt.Printf("%%#v float: %#v %#v\n", 1.0, 2.5)
	fmt.Printf("%%+v pointer to struct: %+v\n", &Address{"Rome", 100})
	fmt.Printf("%%v pointer to struct: %v\n", &Address{"Rome", 100})
	fmt.Printf("%%#v anonymous: %#v\n", struct {
		A int
		B bool
	}{1, true})
	fmt.Printf("%%#v interface slice: %#v\n", []any{1, "a", nil})
	fmt.Printf("%%#v array: %#v\n", [2]Level{1, 2})
}
