// stdlib-misc: unicode/utf16 Encode, Decode, EncodeRune, DecodeRune and IsSurrogate (APIs older than Go 1.20)
package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	enc := utf16.Encode([]rune("h€😀"))
	fmt.Println("Encode:", enc)
	fmt.Println("Decode:", string(utf16.Decode(enc)))
	hi, lo := utf16.EncodeRune(0x1F600)
	fmt.Println("EncodeRune:", hi, lo)
	fmt.Println("DecodeRune:", utf16.DecodeRune(hi, lo))
	fmt.Println("IsSurrogate:", utf16.IsSurrogate(rune(hi)), utf16.IsSurrogate('h'))
	bad1, bad2 := utf16.EncodeRune('x')
	fmt.Println("EncodeRune of BMP rune:", bad1, bad2)
}
