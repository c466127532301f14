// constants-iota: constant arithmetic is exact; results converted at use sites within range
package main

import (
	"fmt"
	"math"
)

const (
	bigA = 1 << 62
	bigB = bigA * 4
	back = bigB / 8
)

const maxI8 = math.MaxInt8

func main() {
	fmt.Println("(1<<62*4)/8 fits int64:", back)
	fmt.Println("bigB >> 60:", bigB>>60)
	var i8 int8 = maxI8
	fmt.Println("int8 max:", i8)
	var u8 uint8 = maxI8*2 + 1
	fmt.Println("uint8 from const expr:", u8)
	const neg = -5
	fmt.Println("neg % 3:", neg%3, "neg / 2:", neg/2)
	fmt.Println("uint(1<<63):", uint(1<<63))
	const frac = 0.1 + 0.2
	fmt.Println("0.1+0.2 const == 0.3:", frac == 0.3)
	a, b := 0.1, 0.2
	fmt.Println("0.1+0.2 runtime == 0.3:", a+b == 0.3)
	fmt.Println("math.MaxFloat32 > 3e38:", math.MaxFloat32 > 3e38)
	fmt.Println("SmallestNonzeroFloat64 > 0:", math.SmallestNonzeroFloat64 > 0)
}
