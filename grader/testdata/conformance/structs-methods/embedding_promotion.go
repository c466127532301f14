// structs-methods: embedded structs: promoted fields and methods, explicit access, overriding, pointer embedding
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Describe() string { return d.Animal.Describe() + " and is a " + d.Breed }

type Bird struct {
	*Animal
	CanFly bool
}

func main() {
	d := Dog{Animal{"rex", 4}, "lab"}
	fmt.Println("promoted field:", d.Name, d.Legs)
	fmt.Println("override:", d.Describe())
	fmt.Println("explicit inner:", d.Animal.Describe())
	d.Rename("max")
	fmt.Println("promoted pointer method:", d.Name)

	b := Bird{&Animal{"tweety", 2}, true}
	b.Rename("polly")
	fmt.Println("pointer embed:", b.Describe(), b.CanFly)
	b2 := b
	b2.Rename("shared")
	fmt.Println("copies share embedded pointer:", b.Name)

	d2 := d
	d2.Rename("copy")
	fmt.Println("value embed copied:", d.Name, d2.Name)
	fmt.Printf("%%+v: %+v\n", d)
}
