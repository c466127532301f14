// builtins: panics raised by builtins and operations: close twice, send on closed, make negative, append-free index
package main

import (
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		msg := fmt.Sprint(r)
		if i := strings.Index(msg, " ["); i > 0 {
			msg = msg[:i]
		}
		fmt.Println(name+":", r != nil, msg)
	}()
	f()
}

func main() {
	try("close twice", func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	try("send on closed", func() {
		ch := make(chan int, 1)
		close(ch)
		ch <- 1
	})
	try("make negative len", func() {
		n := -1
		_ = make([]int, n)
	})
	try("make len > cap", func() {
		l, c := 5, 2
		_ = make([]int, l, c)
	})
	try("index out of range", func() {
		s := make([]int, 2)
		i := 2
		s[i] = 1
	})
	try("nil map assign", func() {
		var m map[int]int
		m[1]++
	})
	try("no panic", func() {})
}
