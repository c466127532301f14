// stdlib-misc: unicode/utf16 Encode, Decode, surrogate pairs, IsSurrogate, EncodeRune/DecodeRune
package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	rs := []rune("aé😀")
	enc := utf16.Encode(rs)
	fmt.Printf("Encode: %U len %d\n", enc, len(enc))
	dec := utf16.Decode(enc)
	fmt.Println("Decode:", string(dec))
	r1, r2 := utf16.EncodeRune('😀')
	fmt.Printf("EncodeRune: %X %X\n", r1, r2)
	fmt.Printf("DecodeRune: %c\n", utf16.DecodeRune(r1, r2))
	fmt.Println("IsSurrogate:", utf16.IsSurrogate(r1), utf16.IsSurrogate('a'))
	a, b := utf16.EncodeRune('a')
	fmt.Printf("EncodeRune BMP: %X %X\n", a, b)
	fmt.Printf("lone surrogate decodes to: %U\n", utf16.Decode([]uint16{0xD800}))
	fmt.Println("AppendRune:", utf16.AppendRune([]uint16{1}, '😀'))
	fmt.Println("RuneLen:", utf16.RuneLen('a'), utf16.RuneLen('😀'))
}
