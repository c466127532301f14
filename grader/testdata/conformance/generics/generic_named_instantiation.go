// generics: instantiating generic functions and types with the program's named types, and generic type aliases of slices
package main

import "fmt"

type UserID int
type Email string

type Registry[K comparable, V any] map[K]V

func (r Registry[K, V]) Lookup(k K, def V) V {
	if v, ok := r[k]; ok {
		return v
	}
	return def
}

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

func Wrap[T any](v T) Box[T] { return Box[T]{v} }

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func main() {
	reg := Registry[UserID, Email]{1: "a@x", 2: "b@x"}
	fmt.Println("lookup 1:", reg.Lookup(1, "none"))
	fmt.Println("lookup 9:", reg.Lookup(9, "none"))
	fmt.Println("keys of named map:", Keys(reg))
	fmt.Printf("registry type: %T\n", reg)

	b := Wrap(UserID(7))
	fmt.Printf("box of named: %v %T\n", b.Get(), b)
	bb := Wrap(Wrap(Email("e")))
	fmt.Printf("nested box: %v %T\n", bb.Get().Get(), bb)

	type local struct{ n int }
	lb := Wrap(local{3})
	fmt.Println("box of local type:", lb.Get().n)
}
