// closures: closures created in loops capture a fresh variable per iteration (Go 1.22 semantics)
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * i })
	}
	var out []int
	for _, f := range fs {
		out = append(out, f())
	}
	fmt.Println("three-clause loop:", out)

	var gs []func() string
	for _, w := range []string{"x", "y", "z"} {
		gs = append(gs, func() string { return w + w })
	}
	var ws []string
	for _, g := range gs {
		ws = append(ws, g())
	}
	fmt.Println("range loop:", ws)

	var hs []func() int
	for i := range 3 {
		hs = append(hs, func() int { return i + 100 })
	}
	for _, h := range hs {
		fmt.Println("range int closure:", h())
	}

	var ks []func() int
	for k, v := range map[int]int{1: 10} {
		ks = append(ks, func() int { return k + v })
	}
	fmt.Println("map range closure:", ks[0]())

	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println("address per iteration distinct values:", *ptrs[0], *ptrs[1], *ptrs[2])

	var incs []func()
	count := 0
	for i := 0; i < 3; i++ {
		incs = append(incs, func() { count += i })
	}
	for _, f := range incs {
		f()
	}
	fmt.Println("shared outer count:", count)
}
