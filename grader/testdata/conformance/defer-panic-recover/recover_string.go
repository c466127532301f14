// defer-panic-recover: recovering string panics, r.(string) and fmt.Sprint(r)
package main

import "fmt"

func try(f func()) (msg string) {
	defer func() {
		r := recover()
		if s, ok := r.(string); ok {
			msg = "string: " + s
			return
		}
		msg = "other: " + fmt.Sprint(r)
	}()
	f()
	return "no panic"
}

func main() {
	fmt.Println("case 1:", try(func() { panic("simple") }))
	fmt.Println("case 2:", try(func() { panic(fmt.Sprintf("formatted %d", 42)) }))
	fmt.Println("case 3:", try(func() { panic(7) }))
	fmt.Println("case 4:", try(func() {}))
	fmt.Println("case 5:", try(func() { panic([]string{"a", "b"}) }))

	func() {
		defer func() {
			r := recover()
			fmt.Println("Sprint of recovered:", fmt.Sprint(r))
			fmt.Printf("%%v of recovered: %v\n", r)
			fmt.Printf("%%q of recovered string: %q\n", r.(string))
		}()
		panic("quoted \"value\"")
	}()
}
