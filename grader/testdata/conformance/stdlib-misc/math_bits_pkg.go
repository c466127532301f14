// stdlib-misc: math/bits OnesCount, LeadingZeros, TrailingZeros, Len, RotateLeft, Reverse, Add64/Mul64
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println("OnesCount:", bits.OnesCount(255), bits.OnesCount8(0b1010_1010), bits.OnesCount64(1<<63|1))
	fmt.Println("LeadingZeros:", bits.LeadingZeros32(1), bits.LeadingZeros8(0x0F), bits.LeadingZeros64(0))
	fmt.Println("TrailingZeros:", bits.TrailingZeros(8), bits.TrailingZeros16(0), bits.TrailingZeros64(1<<40))
	fmt.Println("Len:", bits.Len(0), bits.Len(1), bits.Len(255), bits.Len64(1<<50))
	fmt.Printf("RotateLeft8: %08b\n", bits.RotateLeft8(0b1000_0001, 1))
	fmt.Printf("RotateLeft32 negative: %#x\n", bits.RotateLeft32(0x12345678, -8))
	fmt.Printf("Reverse8: %08b\n", bits.Reverse8(0b0000_0110))
	fmt.Printf("ReverseBytes32: %#x\n", bits.ReverseBytes32(0x11223344))
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println("Add64 overflow:", sum, carry)
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println("Mul64:", hi, lo)
	diff, borrow := bits.Sub32(1, 2, 0)
	fmt.Println("Sub32 borrow:", diff, borrow)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println("Div64:", q, r)
	fmt.Println("UintSize:", bits.UintSize)
}
