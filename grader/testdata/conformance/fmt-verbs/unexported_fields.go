// fmt-verbs: %v, %+v and %#v on structs with unexported (lower-case) fields and embedded structs
package main

import "fmt"

type inner struct {
	id   int
	name string
}

type outer struct {
	inner
	count int
	ok    bool
	ptr   *inner
}

type mixed struct {
	Public  string
	private float64
}

func main() {
	in := inner{7, "seven"}
	fmt.Printf("%%v: %v\n", in)
	fmt.Printf("%%+v: %+v\n", in)
	fmt.Printf("%%#v: %#v\n", in)
	o := outer{inner: in, count: 2, ok: true}
	fmt.Printf("outer %%v: %v\n", o)
	fmt.Printf("outer %%+v: %+v\n", o)
	m := mixed{"pub", 1.5}
	fmt.Printf("mixed %%+v: %+v\n", m)
	fmt.Printf("mixed %%#v: %#v\n", m)
	fmt.Println("Println:", m, in)
	fmt.Printf("slice %%+v: %+v\n", []inner{{1, "a"}, {2, "b"}})
	fmt.Printf("map %%v: %v\n", map[string]inner{"k": {3, "c"}})
}
