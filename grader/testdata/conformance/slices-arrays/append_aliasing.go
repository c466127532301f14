// slices-arrays: append writes into the shared backing array only while capacity allows
package main

import "fmt"

func main() {
	base := make([]int, 3, 5)
	copy(base, []int{1, 2, 3})
	a := append(base, 4)
	b := append(base, 99)
	fmt.Println("shared spare capacity:", a, b, base)

	full := []int{1, 2, 3}
	full = full[:3:3]
	c := append(full, 4)
	c[0] = 100
	fmt.Println("append beyond cap copies:", full, c)

	s := []int{10, 20, 30, 40}
	left := s[:2]
	left = append(left, 77)
	fmt.Println("append into middle overwrites:", s, left)

	safe := s[:2:2]
	safe = append(safe, 88)
	fmt.Println("capped subslice protects original:", s, safe)

	x := make([]int, 0, 4)
	y := append(x, 1)
	z := append(x, 2)
	fmt.Println("two appends onto empty with cap:", y, z)

	orig := []string{"a", "b"}
	cp := append([]string(nil), orig...)
	cp[0] = "changed"
	fmt.Println("append onto nil clones:", orig, cp)

	var grow []int
	for i := 0; i < 5; i++ {
		grow = append(grow, i)
	}
	fmt.Println("grown:", grow, len(grow), cap(grow) >= 5)
}
