// closures: closures modify captured variables of the enclosing function, seen after the call
package main

import "fmt"

type tally struct{ hits, misses int }

func main() {
	x := 1
	double := func() { x *= 2 }
	double()
	double()
	fmt.Println("x after two doubles:", x)

	s := []int{}
	push := func(v int) { s = append(s, v) }
	for i := 0; i < 4; i++ {
		push(i * i)
	}
	fmt.Println("captured slice:", s)

	m := map[string]int{}
	inc := func(k string) { m[k]++ }
	inc("a")
	inc("b")
	inc("a")
	fmt.Println("captured map:", m)

	var t tally
	record := func(ok bool) {
		if ok {
			t.hits++
		} else {
			t.misses++
		}
	}
	for _, b := range []bool{true, false, true, true} {
		record(b)
	}
	fmt.Println("captured struct:", t)

	msg := "hello"
	get := func() string { return msg }
	msg = "changed"
	fmt.Println("closure sees later write:", get())

	y := 10
	func() {
		y := 20
		y++
		_ = y
	}()
	fmt.Println("shadowed inside closure, outer unchanged:", y)

	func(p *int) { *p = 99 }(&y)
	fmt.Println("through pointer param:", y)
}
