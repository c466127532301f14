// maps: map literals with composite values, make with size hint, len, and overwriting keys
package main

import "fmt"

type point struct{ X, Y int }

func main() {
	m1 := map[string]point{
		"origin": {},
		"unit":   {1, 1},
	}
	fmt.Println("elided struct types:", m1)

	m2 := map[point]string{{1, 2}: "a", {0, 0}: "o"}
	fmt.Println("elided key types:", m2[point{1, 2}], m2[point{}])

	m3 := map[string][]int{"evens": {0, 2, 4}, "odds": {1, 3}}
	fmt.Println("slice values:", m3)

	m4 := make(map[int]int, 100)
	fmt.Println("make with hint len:", len(m4))
	for i := 0; i < 5; i++ {
		m4[i%3] = i
	}
	fmt.Println("overwritten:", m4)

	m5 := map[string]map[string]bool{"a": {"x": true}}
	fmt.Println("nested literal:", m5["a"]["x"], m5["a"]["y"])

	var m6 = map[string]*point{"p": {5, 6}}
	fmt.Println("pointer elided:", *m6["p"])
	fmt.Printf("%%v of map[string]int: %v\n", map[string]int{"b": 2, "a": 1})
}
