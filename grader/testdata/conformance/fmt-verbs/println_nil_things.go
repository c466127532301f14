// fmt-verbs: Println of nil slices, nil maps, nil interfaces, nil funcs-in-structs and pointers to structs (&{...})
package main

import "fmt"

type T struct {
	A int
	B string
}

type Wrapper struct {
	S  []int
	M  map[string]int
	P  *T
	E  error
	F  func()
	I  any
	Ch chan int
}

func main() {
	var s []int
	var m map[string]bool
	var e error
	var a any
	fmt.Println("nil slice:", s)
	fmt.Println("nil map:", m)
	fmt.Println("nil error:", e)
	fmt.Println("nil any:", a)
	fmt.Println("pointer to struct:", &T{1, "x"})
	fmt.Println("pointer to slice:", &[]int{1, 2})
	fmt.Println("pointer to map:", &map[string]int{"a": 1})
	fmt.Println("pointer to array:", &[2]string{"p", "q"})
	fmt.Printf("%%+v pointer to struct: %+v\n", &T{2, "y"})
	fmt.Printf("wrapper %%v: %v\n", Wrapper{})
	fmt.Printf("wrapper %%+v: %+v\n", Wrapper{})
	fmt.Println("slice of nil pointers length:", len([]*T{nil, nil}))
	fmt.Println("empty struct:", struct{}{}, "empty slice:", []string{}, "empty map:", map[int]int{})
	fmt.Println("nested pointer in slice is an address, so print the deref:", *[]*T{{3, "z"}}[0])
}
