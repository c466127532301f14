// struct-array-copy: structs containing arrays copy the whole array on assignment and when passed
package main

import "fmt"

type board struct {
	cells [3][3]byte
	moves int
}

func (b board) with(r, c int, v byte) board {
	b.cells[r][c] = v
	b.moves++
	return b
}

func (b *board) set(r, c int, v byte) {
	b.cells[r][c] = v
	b.moves++
}

func (b board) row(r int) string { return string(b.cells[r][:]) }

func main() {
	var empty board
	for i := range empty.cells {
		for j := range empty.cells[i] {
			empty.cells[i][j] = '.'
		}
	}
	a := empty.with(0, 0, 'X')
	b := a.with(1, 1, 'O')
	fmt.Println("empty row0:", empty.row(0), empty.moves)
	fmt.Println("a row0 row1:", a.row(0), a.row(1), a.moves)
	fmt.Println("b row0 row1:", b.row(0), b.row(1), b.moves)

	c := b
	c.set(2, 2, 'X')
	fmt.Println("c row2:", c.row(2), "b row2:", b.row(2))
	fmt.Println("equal structs with arrays:", a == empty.with(0, 0, 'X'), a == b)

	boards := []board{a, b}
	for _, bd := range boards {
		bd.set(2, 0, 'Z')
	}
	fmt.Println("range copy untouched:", boards[0].row(2), boards[1].row(2))
	boards[0].set(2, 0, 'Z')
	fmt.Println("index modified:", boards[0].row(2))
}
