// strings-runes: indexing a string gives bytes, not runes; comparing strings; immutability via copies
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println("s[0], s[1], s[2]:", s[0], s[1], s[2])
	fmt.Printf("as chars: %c %c\n", s[0], s[3])
	fmt.Printf("type of s[0]: %T\n", s[0])
	fmt.Println("s[1:3] is é:", s[1:3] == "é")

	upper := 0
	for i := 0; i < len("Hello World"); i++ {
		c := "Hello World"[i]
		if c >= 'A' && c <= 'Z' {
			upper++
		}
	}
	fmt.Println("uppercase bytes:", upper)
	fmt.Println("compare:", "apple" < "banana", "Zebra" < "apple", "ab" < "abc", "" < "a")
	t := s
	t += "!"
	fmt.Println("strings immutable:", s, t)
	b := []byte(s)
	b[0] = 'j'
	fmt.Println("byte copy edit:", string(b), s)
	var total int
	for i := 0; i < len(s); i++ {
		total += int(s[i])
	}
	fmt.Println("byte sum:", total)
}
