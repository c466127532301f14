// strings-runes: ranging over strings with multi-byte runes yields byte offsets and runes
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé€😀z"
	for i, r := range s {
		fmt.Printf("offset %d rune %c U+%04X width %d\n", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println("len bytes:", len(s), "runes:", utf8.RuneCountInString(s))

	bad := "a\xffb"
	for i, r := range bad {
		fmt.Printf("invalid byte: offset %d rune %U\n", i, r)
	}
	count := 0
	for range "héllo" {
		count++
	}
	fmt.Println("range count:", count)
	for i := range "日本" {
		fmt.Println("index only:", i)
	}
}
