// slices-arrays: two-dimensional slices built row by row, jagged rows, transposition
package main

import "fmt"

func makeGrid(r, c int) [][]int {
	g := make([][]int, r)
	for i := range g {
		g[i] = make([]int, c)
		for j := range g[i] {
			g[i][j] = i*c + j
		}
	}
	return g
}

func transpose(g [][]int) [][]int {
	if len(g) == 0 {
		return nil
	}
	t := make([][]int, len(g[0]))
	for j := range t {
		t[j] = make([]int, len(g))
		for i := range g {
			t[j][i] = g[i][j]
		}
	}
	return t
}

func main() {
	g := makeGrid(2, 3)
	fmt.Println("grid:", g)
	fmt.Println("transposed:", transpose(g))

	tri := [][]int{}
	for i := 1; i <= 4; i++ {
		row := make([]int, i)
		row[0], row[i-1] = 1, 1
		for j := 1; j < i-1; j++ {
			row[j] = tri[i-2][j-1] + tri[i-2][j]
		}
		tri = append(tri, row)
	}
	fmt.Println("pascal:", tri)

	shared := make([]int, 6)
	rows := [][]int{shared[0:3], shared[3:6]}
	rows[0][2] = 5
	rows[1][0] = 7
	fmt.Println("rows over one backing:", shared)

	var board [3][3]rune
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	board[1][1] = 'X'
	for _, r := range board {
		fmt.Println("board:", string(r[:]))
	}
}
