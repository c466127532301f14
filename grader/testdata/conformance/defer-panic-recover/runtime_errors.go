// defer-panic-recover: recovering runtime panics (index, nil map, division, nil pointer, bad assertion)
package main

import (
	"fmt"
	"strings"
)

func catch(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		msg := fmt.Sprint(r)
		fmt.Printf("%s: recovered=%v error=%v\n", name, r != nil, isErr)
		fmt.Println("  message:", msg)
	}()
	f()
}

type node struct{ next *node }

func main() {
	catch("index", func() {
		s := []int{1, 2, 3}
		i := 5
		_ = s[i]
	})
	catch("nil map write", func() {
		var m map[string]int
		m["x"] = 1
	})
	catch("int divide", func() {
		a, b := 1, 0
		_ = a / b
	})
	catch("nil pointer", func() {
		var n *node
		_ = n.next
	})
	catch("assertion", func() {
		var x any = "str"
		_ = x.(int)
	})
	catch("slice bounds", func() {
		s := "hello"
		lo := 4
		hi := 2
		_ = s[lo:hi]
	})
	catch("strings.Repeat negative", func() {
		n := -1
		_ = strings.Repeat("x", n)
	})
	catch("close of nil channel", func() {
		var ch chan int
		close(ch)
	})
}
