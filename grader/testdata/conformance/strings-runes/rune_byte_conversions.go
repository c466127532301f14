// strings-runes: []rune and []byte conversions, string(rune(65)), reversing by runes
package main

import "fmt"

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println("bytes:", len(b), "runes:", len(r))
	fmt.Println("first bytes:", b[:3])
	fmt.Println("runes:", r[:3], string(r[1]), string(r[7:]))
	fmt.Println("reverse:", reverseRunes(s))
	fmt.Println("string(rune(65)):", string(rune(65)), string(rune(0x263A)))
	b[0] = 'H'
	fmt.Println("modify bytes copy:", string(b), s)
	r[0] = 'J'
	fmt.Println("modify runes copy:", string(r))
	fmt.Println("from byte slice literal:", string([]byte{71, 111}))
	fmt.Println("from rune slice literal:", string([]rune{0x47, 0x4f, 0x263a}))
	var x byte = 'A'
	fmt.Println("byte arithmetic:", string(rune(x+2)), x+2)
}
