// shifts-conversions: converting bools to ints by hand, bytes to digits, digits to bytes, hex nibbles
package main

import "fmt"

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func hexNibble(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func main() {
	fmt.Println("bools to ints:", b2i(true), b2i(false), b2i(3 > 2)+b2i(1 > 2))
	sum := 0
	for _, c := range []byte("90210") {
		sum = sum*10 + int(c-'0')
	}
	fmt.Println("parse digits by hand:", sum)
	var digits []byte
	for n := 4096; n > 0; n /= 10 {
		digits = append([]byte{byte('0' + n%10)}, digits...)
	}
	fmt.Println("format digits by hand:", string(digits))
	var out []byte
	for i := 0; i+1 < len("4aFf10"); i += 2 {
		s := "4aFf10"
		h, _ := hexNibble(s[i])
		l, _ := hexNibble(s[i+1])
		out = append(out, h<<4|l)
	}
	fmt.Println("hex decode by hand:", out)
	_, ok := hexNibble('g')
	fmt.Println("invalid nibble:", ok)
	fmt.Println("byte arithmetic:", 'z'-'a', byte('a')+25, string(rune('a'+2)))
}
