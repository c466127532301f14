// labels-goto: break and continue to labels out of nested for loops
package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := [2]int{-1, -1}
search:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				found = [2]int{i, j}
				break search
			}
		}
	}
	fmt.Println("first negative at:", found)

	var pairs []string
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue outer
			}
			if i+j == 5 {
				break outer
			}
			pairs = append(pairs, fmt.Sprint(i, j))
		}
	}
	fmt.Println("pairs:", pairs)

	count := 0
rows:
	for _, row := range grid {
		for _, v := range row {
			if v%2 == 0 {
				continue rows
			}
			count++
		}
	}
	fmt.Println("odd prefix count:", count)

	n := 0
loop:
	for {
		n++
		switch {
		case n < 3:
			continue loop
		case n == 5:
			break loop
		}
		fmt.Println("loop body n:", n)
	}
	fmt.Println("after loop n:", n)
}
