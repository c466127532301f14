// constants-iota: iota in more complex expressions: powers, masks, negatives, rune offsets
package main

import "fmt"

const (
	p0 = 1 << (iota * 2)
	p1
	p2
	p3
)

const (
	m0 = ^(-1 << iota)
	m1
	m2
	m3
	m4
)

const (
	n0 = -iota
	n1
	n2
)

const (
	sq0 = iota * iota
	sq1
	sq2
	sq3
)

const (
	l0 = 'a' + iota
	l1
	l2
)

type Flag uint16

const (
	FlagA Flag = 1 << iota
	FlagB
	FlagC
	FlagAll = FlagA | FlagB | FlagC
)

func main() {
	fmt.Println("powers of 4:", p0, p1, p2, p3)
	fmt.Println("low masks:", m0, m1, m2, m3, m4)
	fmt.Println("negatives:", n0, n1, n2)
	fmt.Println("squares:", sq0, sq1, sq2, sq3)
	fmt.Println("letters from rune iota:", l0, l1, l2, string(rune(l2)))
	fmt.Printf("flags: %d %d %d all=%b %T\n", FlagA, FlagB, FlagC, FlagAll, FlagAll)
}
