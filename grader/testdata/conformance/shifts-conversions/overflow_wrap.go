// shifts-conversions: overflow wrap-around of int8, uint8, int16, uint32 and int64 at run time
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 127+1:", i8)
	i8 = -128
	i8--
	fmt.Println("int8 -128-1:", i8)
	var m8 int8 = -128
	fmt.Println("int8 -(-128):", -m8)
	fmt.Println("int8 -128 * -1:", m8*-1)

	var u8 uint8 = 0
	u8--
	fmt.Println("uint8 0-1:", u8)
	u8 = 200
	u8 += 100
	fmt.Println("uint8 200+100:", u8)
	u8 = 16
	u8 *= 16
	fmt.Println("uint8 16*16:", u8)

	var i16 int16 = math.MaxInt16
	i16 += 2
	fmt.Println("int16 max+2:", i16)

	var u32 uint32 = math.MaxUint32
	u32 += 5
	fmt.Println("uint32 max+5:", u32)
	u32 = 1 << 31
	u32 *= 2
	fmt.Println("uint32 2^31*2:", u32)

	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println("int64 max+1:", i64)

	var acc uint8
	for i := 0; i < 300; i++ {
		acc++
	}
	fmt.Println("uint8 incremented 300 times:", acc)

	h := uint32(2166136261)
	for _, c := range []byte("hash") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv-1a of hash:", h)
}
