// builtins: min and max (Go 1.21) on ints, floats, strings, mixed untyped constants, named types
package main

import (
	"fmt"
	"math"
)

type Score int

func main() {
	fmt.Println("ints:", min(3, 1, 2), max(3, 1, 2))
	fmt.Println("single:", min(5), max(-5))
	fmt.Println("floats:", min(2.5, -1.0), max(0.1, 0.2))
	fmt.Println("strings:", min("pear", "apple"), max("pear", "apple", "zoo"))
	fmt.Println("mixed constants:", min(1, 2.5), max(1, 2.5))
	x, y := 7, 9
	fmt.Println("vars:", min(x, y), max(x, y, 8))
	fmt.Println("named:", min(Score(4), Score(2)), max(Score(4), 10))
	fmt.Printf("named type kept: %T\n", max(Score(1), 2))
	nan := math.NaN()
	fmt.Println("NaN propagates:", min(1.0, nan), max(nan, 1.0))
	fmt.Println("negative zero:", math.Signbit(min(0.0, math.Copysign(0, -1))))
	fmt.Println("clamp:", max(0, min(15, 10)), max(0, min(-4, 10)))
	var u8 uint8 = 200
	fmt.Println("uint8:", max(u8, 100), min(u8, 255))
}
