// assignments: a[i], a[j] = a[j], a[i] swaps used in reverse, bubble sort and permutation
package main

import "fmt"

func reverse(a []int) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}

func bubble(a []string) {
	for i := 0; i < len(a); i++ {
		for j := 0; j < len(a)-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
			}
		}
	}
}

func main() {
	a := []int{1, 2, 3, 4, 5, 6}
	reverse(a)
	fmt.Println("reverse even:", a)

	b := []int{7, 8, 9}
	reverse(b)
	fmt.Println("reverse odd:", b)

	w := []string{"pear", "apple", "fig", "banana", "cherry"}
	bubble(w)
	fmt.Println("bubble:", w)

	arr := [4]int{10, 20, 30, 40}
	arr[0], arr[3] = arr[3], arr[0]
	fmt.Println("array ends:", arr)

	i, j := 1, 2
	arr[i], arr[j] = arr[j], arr[i]
	fmt.Println("array middle:", arr)

	grid := [][]int{{1, 2}, {3, 4}}
	grid[0][1], grid[1][0] = grid[1][0], grid[0][1]
	fmt.Println("transpose 2x2:", grid)

	rows := [][]int{{1}, {2, 2}, {3, 3, 3}}
	rows[0], rows[2] = rows[2], rows[0]
	fmt.Println("swap rows:", rows)

	same := []int{5, 6}
	same[0], same[0] = same[1], 99
	fmt.Println("same index twice:", same)
}
