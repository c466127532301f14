// fmt-verbs: %b %o %x %X %d on signed, unsigned and named integers, with # and 0 flags
package main

import "fmt"

type Flags uint8
type Offset int16

func main() {
	vals := []int{0, 1, 10, 255, -255}
	for _, v := range vals {
		fmt.Printf("%5d: b=%b o=%o x=%x X=%X #x=%#x\n", v, v, v, v, v, v)
	}
	fmt.Printf("uint8 %%08b: %08b\n", uint8(5))
	fmt.Printf("named %%b: %b %#o %#X\n", Flags(6), Flags(8), Flags(255))
	fmt.Printf("negative named: %d %x\n", Offset(-300), Offset(-300))
	fmt.Printf("uint64 max: %d %x\n", ^uint64(0), ^uint64(0))
	fmt.Printf("int64 min: %d\n", -1<<63)
	fmt.Printf("slice hex: %x %X\n", []int{10, 11}, []uint8{10, 11})
	fmt.Printf("%%#b: %#b\n", 5)
	fmt.Printf("%%x of float: %x\n", 1.0)
	fmt.Printf("%%d of bool-free slice: %d\n", []int32{-1, 2})
}
