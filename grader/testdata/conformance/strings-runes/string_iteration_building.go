// strings-runes: building strings rune by rune: caesar shift, run-length encoding, word capitalisation
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func caesar(s string, k rune) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteRune('a' + (r-'a'+k+26)%26)
		case r >= 'A' && r <= 'Z':
			b.WriteRune('A' + (r-'A'+k+26)%26)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func rle(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		b.WriteString(strconv.Itoa(j - i))
		b.WriteRune(rs[i])
		i = j
	}
	return b.String()
}

func capitalize(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		rs := []rune(w)
		rs[0] = unicode.ToUpper(rs[0])
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

func main() {
	fmt.Println("caesar +3:", caesar("Hello, World!", 3))
	fmt.Println("caesar -3:", caesar(caesar("Hello, World!", 3), -3))
	fmt.Println("rle:", rle("aaabccddddé é"))
	fmt.Println("rle empty:", rle(""))
	fmt.Println("capitalize:", capitalize("élan vital  and  go"))
}
