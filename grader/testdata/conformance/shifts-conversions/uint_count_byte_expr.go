// shifts-conversions: shifts with uint counts inside byte expressions, results truncated to the byte type
package main

import "fmt"

func bit(b byte, i uint) byte { return (b >> i) & 1 }

func setBit(b byte, i uint) byte { return b | 1<<i }

func main() {
	var b byte = 0b1011_0010
	var bits []byte
	for i := uint(0); i < 8; i++ {
		bits = append(bits, bit(b, i))
	}
	fmt.Println("bits low to high:", bits)

	var s byte
	for _, i := range []uint{0, 3, 7} {
		s = setBit(s, i)
	}
	fmt.Printf("set bits 0,3,7: %08b %d\n", s, s)

	var n uint = 4
	x := byte(0xF0) << n
	fmt.Println("0xF0 << 4 as byte:", x)
	y := byte(0x0F) << n >> n
	fmt.Println("(0x0F << 4) >> 4:", y)
	z := byte(0xFF) >> (n + 3)
	fmt.Println("0xFF >> 7:", z)

	var k uint8 = 9
	fmt.Println("byte shifted by 9:", byte(1)<<k, byte(255)>>k)

	hi, lo := byte(0xAB)>>4, byte(0xAB)&0x0F
	fmt.Printf("nibbles: %X %X\n", hi, lo)
	packed := hi<<n | lo
	fmt.Printf("repacked: %X\n", packed)

	var word uint16 = 0x1234
	fmt.Printf("bytes of word: %X %X\n", byte(word>>8), byte(word))
	c := uint32(byte(0x80)) << 24
	fmt.Println("byte widened then shifted:", c)
}
