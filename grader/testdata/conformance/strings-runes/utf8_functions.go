// strings-runes: unicode/utf8 helpers: DecodeRuneInString, EncodeRune, ValidString, RuneLen, AppendRune
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "€uro"
	r, size := utf8.DecodeRuneInString(s)
	fmt.Printf("first rune: %c size %d\n", r, size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Printf("last rune: %c size %d\n", r, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println("empty:", r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("\xc3")
	fmt.Println("truncated:", r == utf8.RuneError, size)

	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println("encode 世:", buf[:n], n)
	fmt.Println("append rune:", string(utf8.AppendRune([]byte("x"), 'ß')))
	fmt.Println("valid:", utf8.ValidString("ok ü"), utf8.ValidString("bad \xff"))
	fmt.Println("rune lens:", utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('€'), utf8.RuneLen('😀'), utf8.RuneLen(-1))
	fmt.Println("counts:", utf8.RuneCountInString("naïve"), utf8.RuneCount([]byte("日本語")))
	fmt.Println("full rune:", utf8.FullRuneInString("\xe2\x82"), utf8.FullRuneInString("€"))
	fmt.Println("RuneSelf, MaxRune:", utf8.RuneSelf, utf8.MaxRune)
	for i, w := 0, 0; i < len(s); i += w {
		var rr rune
		rr, w = utf8.DecodeRuneInString(s[i:])
		fmt.Printf("manual decode at %d: %c\n", i, rr)
	}
}
