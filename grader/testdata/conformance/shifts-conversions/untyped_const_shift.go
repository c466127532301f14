// shifts-conversions: shifts of untyped constants take the type from context, including non-constant counts
package main

import "fmt"

func main() {
	var s uint = 33
	var i64 int64 = 1 << s
	fmt.Println("int64 context 1<<33:", i64)

	var u32 uint32 = 1 << (s - 2)
	fmt.Println("uint32 context 1<<31:", u32)

	var f float64 = 1 << 10
	fmt.Println("constant shift to float64:", f)

	n := 3
	y := 1 << n
	fmt.Printf("untyped 1<<n defaults to int: %v %T\n", y, y)

	var u8 uint8 = 1 << 7
	fmt.Println("uint8 1<<7:", u8)

	var sh uint = 8
	var b8 byte = 1 << sh
	fmt.Println("byte context 1<<8 wraps to:", b8)

	const c = 1 << 40
	fmt.Println("constant 1<<40 >> 30:", c>>30)
	fmt.Println("mixed:", 3<<2+1, (3<<2)+1, 3<<(2+1))

	var neg int = -16
	fmt.Println("negative >> 2:", neg>>2, "negative << 2:", neg<<2)
	var k uint = 70
	fmt.Println("count beyond width:", int64(1)<<k, uint32(5)>>k, int32(-5)>>k)
}
