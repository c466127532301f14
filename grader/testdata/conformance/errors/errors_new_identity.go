// errors: every errors.New call makes a distinct value; error strings, comparisons and use as map keys
package main

import (
	"errors"
	"fmt"
)

func mk() error { return errors.New("same text") }

var ErrStatic = errors.New("static")

func main() {
	a, b := mk(), mk()
	fmt.Println("two calls equal:", a == b)
	fmt.Println("same strings:", a.Error() == b.Error())
	fmt.Println("self equal:", a == a)
	c := a
	fmt.Println("copy of interface equal:", c == a)
	m := map[error]int{ErrStatic: 1, a: 2}
	fmt.Println("map lookups:", m[ErrStatic], m[a], m[b])
	fmt.Printf("%%v %%s %%q: %v %s %q\n", ErrStatic, ErrStatic, ErrStatic)
	fmt.Printf("type: %T\n", ErrStatic)
	e := errors.New("")
	fmt.Printf("empty message: %q nil? %v\n", e.Error(), e == nil)
}
