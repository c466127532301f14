// interfaces-embedding: a struct embedding an interface left nil panics when the promoted method is called
package main

import "fmt"

type Namer interface{ Name() string }

type fixed string

func (f fixed) Name() string { return string(f) }

type person struct {
	Namer
	age int
}

func safeName(p person) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = "panicked"
		}
	}()
	return p.Name()
}

func main() {
	p := person{fixed("ada"), 36}
	fmt.Println("set:", safeName(p))
	var q person
	fmt.Println("nil embedded:", safeName(q))
	fmt.Println("embedded is nil:", q.Namer == nil)
	q.Namer = fixed("grace")
	fmt.Println("after set:", safeName(q), q.age)
}
