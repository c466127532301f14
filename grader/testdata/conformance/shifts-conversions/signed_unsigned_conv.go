// shifts-conversions: conversions between signed and unsigned integers of different sizes
package main

import "fmt"

func main() {
	var neg int = -1
	fmt.Println("int -1 to uint8:", uint8(neg))
	fmt.Println("int -1 to uint16:", uint16(neg))
	fmt.Println("int -1 to uint32:", uint32(neg))
	fmt.Println("int -1 to uint64:", uint64(neg))

	var big uint32 = 0xFFFFFF80
	fmt.Println("uint32 to int8:", int8(big))
	fmt.Println("uint32 to int16:", int16(big))
	fmt.Println("uint32 to int32:", int32(big))
	fmt.Println("uint32 to int64:", int64(big))

	var b byte = 200
	fmt.Println("byte 200 to int8:", int8(b))
	var s8 int8 = -56
	fmt.Println("int8 -56 to byte:", byte(s8))
	fmt.Println("int8 -56 to uint32 (sign extends):", uint32(s8))
	fmt.Println("int8 -56 via byte to uint32:", uint32(byte(s8)))

	var x int64 = 0x1_0000_0001
	fmt.Println("int64 to int32 truncates:", int32(x))
	fmt.Println("int64 to uint16:", uint16(x+0xFFFF))

	r := rune(-1)
	fmt.Println("rune -1 to uint32:", uint32(r))
	var u uint = 3
	var i int = 5
	fmt.Println("int(u)-i:", int(u)-i, "u-uint(i):", u-uint(i) > 1000)
}
