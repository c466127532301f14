// shifts-conversions: integer division and remainder signs, shift vs division of negatives
package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}}
	for _, p := range pairs {
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", p[0], p[1], p[0]/p[1], p[0], p[1], p[0]%p[1])
	}
	n := -7
	fmt.Println("-7 >> 1:", n>>1, "-7 / 2:", n/2)
	var i8 int8 = -128
	var m1 int8 = -1
	fmt.Println("int8 -128 / -1:", i8/m1, "rem:", i8%m1)
	var u uint = 7
	fmt.Println("uint 7 / 2:", u/2, "7 % 3:", u%3)
	fmt.Println("float -7 / 2:", -7.0/2)
	mod := func(a, b int) int { return ((a % b) + b) % b }
	fmt.Println("euclidean mod -7 3:", mod(-7, 3), "7 3:", mod(7, 3))
}
