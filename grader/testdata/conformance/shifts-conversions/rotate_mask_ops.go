// shifts-conversions: bit manipulation with shifts and masks: rotate by hand, extract fields, sign extend
package main

import "fmt"

func rotl32(x uint32, k uint) uint32 { return x<<(k&31) | x>>((32-k)&31) }

func field(x uint32, lo, width uint) uint32 { return (x >> lo) & (1<<width - 1) }

func signExtend(x uint32, bits uint) int32 {
	shift := 32 - bits
	return int32(x<<shift) >> shift
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	fmt.Printf("rotl 0x80000001 by 1: %#x\n", rotl32(0x80000001, 1))
	fmt.Printf("rotl 0x12345678 by 8: %#x\n", rotl32(0x12345678, 8))
	fmt.Printf("rotl by 0: %#x\n", rotl32(0xdeadbeef, 0))
	x := uint32(0xABCD1234)
	fmt.Printf("fields: %#x %#x %#x\n", field(x, 0, 8), field(x, 8, 8), field(x, 16, 16))
	fmt.Println("sign extend 12-bit 0xFFF:", signExtend(0xFFF, 12))
	fmt.Println("sign extend 12-bit 0x7FF:", signExtend(0x7FF, 12))
	fmt.Println("popcount:", popcount(0), popcount(0xFF), popcount(1<<63|1))
	var flags uint16
	flags |= 1 << 3
	flags |= 1 << 9
	flags &^= 1 << 3
	fmt.Printf("flags: %016b\n", flags)
	fmt.Println("power of two:", 64&(64-1) == 0, 96&(96-1) == 0)
	a, b := 5, 9
	a ^= b
	b ^= a
	a ^= b
	fmt.Println("xor swap trick:", a, b)
}
