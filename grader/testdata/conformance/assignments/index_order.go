// assignments: left-side index operands are evaluated before any assignment happens
package main

import "fmt"

func main() {
	k := 0
	vals := []int{0, 0, 0}
	k, vals[k] = 2, 7
	fmt.Println("index uses old k:", k, vals)

	vals = []int{1, 2, 3}
	j := 1
	vals[j], j = 50, 0
	fmt.Println("index before j change:", j, vals)

	other := []int{9, 9}
	sl := vals
	sl, sl[0] = other, 100
	fmt.Println("slice replaced after index:", sl, vals)

	m := map[string]string{}
	key := "old"
	key, m[key] = "new", "value"
	fmt.Println("map key uses old:", key, m)

	type box struct{ v int }
	b1, b2 := &box{1}, &box{2}
	p := b1
	p, p.v = b2, 11
	fmt.Println("pointer deref before reassign:", b1.v, b2.v, p.v)

	n := 3
	n, n2 := n+1, n*2
	fmt.Println("right side uses old n:", n, n2)

	a := []int{10, 20, 30}
	i := 0
	i, a[i], a[i+1] = 1, a[i+1], a[i]
	fmt.Println("swap with moving index:", i, a)
}
