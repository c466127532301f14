// constants-iota: constant expressions mixing untyped float and int constants, exact arithmetic
package main

import (
	"fmt"
	"math"
)

const (
	third   = 1.0 / 3
	intDiv  = 7 / 2
	fltDiv  = 7 / 2.0
	mixed   = 3 + 0.5
	whole   = 2.5 * 4
	exact   = (1.0 / 3) * 3
	bigExp  = 1e3
	ratio   = 10 / 4 * 2.0
	ratio2  = 10 / 4.0 * 2
	circle  = 2 * math.Pi
	degrees = 180 / math.Pi
)

func main() {
	fmt.Println("1.0/3:", third)
	fmt.Println("7/2:", intDiv, "7/2.0:", fltDiv)
	fmt.Println("3+0.5:", mixed)
	var n int = whole
	fmt.Println("2.5*4 as int:", n)
	fmt.Println("(1.0/3)*3 == 1:", exact == 1)
	var k int = bigExp
	fmt.Println("1e3 as int:", k)
	fmt.Println("10/4*2.0:", ratio, "10/4.0*2:", ratio2)
	fmt.Printf("2*Pi: %.6f, 180/Pi: %.4f\n", circle, degrees)
	var f32 float32 = third
	fmt.Println("float32 third:", f32)
	const c = 'a' + 1
	fmt.Println("rune const plus int:", c, string(rune(c)))
	fmt.Printf("types: %T %T %T %T\n", intDiv, fltDiv, c, 1i*2)
}
