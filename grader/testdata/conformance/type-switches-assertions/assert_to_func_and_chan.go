// type-switches-assertions: assertions to func, chan, pointer, array and struct types stored in any
package main

import "fmt"

type handler func(string) string

type pt struct{ X, Y int }

func main() {
	var x any = handler(func(s string) string { return "[" + s + "]" })
	if h, ok := x.(handler); ok {
		fmt.Println("named func type:", h("hi"))
	}
	_, ok := x.(func(string) string)
	fmt.Println("as unnamed func type:", ok)

	ch := make(chan int, 1)
	x = ch
	if c, ok := x.(chan int); ok {
		c <- 5
		fmt.Println("chan:", <-ch)
	}
	_, ok = x.(<-chan int)
	fmt.Println("as receive-only chan:", ok)

	x = [3]int{1, 2, 3}
	a, ok := x.([3]int)
	fmt.Println("array:", a, ok)
	_, ok = x.([2]int)
	fmt.Println("wrong length array:", ok)

	x = pt{1, 2}
	p, ok := x.(pt)
	fmt.Println("struct:", p, ok)
	_, ok = x.(struct{ X, Y int })
	fmt.Println("as unnamed struct:", ok)

	n := 10
	x = &n
	ip, ok := x.(*int)
	*ip = 11
	fmt.Println("pointer:", n, ok)
}
