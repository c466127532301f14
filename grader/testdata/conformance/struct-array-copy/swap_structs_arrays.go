// struct-array-copy: swapping whole structs and arrays, and swapping fields between two struct values
package main

import "fmt"

type slot struct {
	name  string
	items [2]int
}

func main() {
	a := slot{"a", [2]int{1, 2}}
	b := slot{"b", [2]int{3, 4}}
	a, b = b, a
	fmt.Println("swapped structs:", a, b)

	a.items, b.items = b.items, a.items
	fmt.Println("swapped array fields:", a, b)

	x := [3]string{"x1", "x2", "x3"}
	y := [3]string{"y1", "y2", "y3"}
	x, y = y, x
	fmt.Println("swapped arrays:", x, y)

	slots := []slot{a, b}
	slots[0], slots[1] = slots[1], slots[0]
	slots[0].items[0] = 100
	fmt.Println("slots after swap and edit:", slots, a, b)

	grid := [2][2]int{{1, 2}, {3, 4}}
	grid[0], grid[1] = grid[1], grid[0]
	fmt.Println("swapped rows:", grid)
}
