// type-switches-assertions: type switches without a bound variable, with fallthrough-free default and init statements
package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }
type Fish struct{}

func (Dog) Sound() string   { return "woof" }
func (c Cat) Sound() string { return c.name + " meows" }
func (*Fish) Sound() string { return "..." }

func kind(a Animal) string {
	switch a.(type) {
	case Dog:
		return "dog"
	case Cat:
		return "cat"
	case *Fish:
		return "fish"
	}
	return "unknown"
}

func main() {
	zoo := []Animal{Dog{}, Cat{"tom"}, &Fish{}, nil}
	for _, a := range zoo {
		fmt.Println("kind:", kind(a))
	}
	counts := map[string]int{}
	for _, a := range zoo {
		switch x := a; x.(type) {
		case nil:
			counts["nil"]++
		default:
			counts[x.Sound()]++
		}
	}
	fmt.Println("counts:", counts)
}
