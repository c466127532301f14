// assignments: parallel assignment swaps of locals, strings, pointers' targets and three-way rotation
package main

import "fmt"

type point struct{ x, y int }

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println("int swap:", a, b)

	s, t := "left", "right"
	s, t = t, s
	fmt.Println("string swap:", s, t)

	x, y, z := 'x', 'y', 'z'
	x, y, z = y, z, x
	fmt.Println("rotate three:", string(x), string(y), string(z))

	p := point{3, 4}
	p.x, p.y = p.y, p.x
	fmt.Println("field swap:", p)

	u, v := 10, 20
	pu, pv := &u, &v
	*pu, *pv = *pv, *pu
	fmt.Println("through pointers:", u, v)

	f, g := 1.5, -2.25
	f, g = g*2, f*2
	fmt.Println("computed swap:", f, g)

	var i1, i2 any = "str", 42
	i1, i2 = i2, i1
	fmt.Println("interface swap:", i1, i2)

	arr := [2]string{"first", "second"}
	arr[0], arr[1] = arr[1], arr[0]
	fmt.Println("array swap:", arr)
}
