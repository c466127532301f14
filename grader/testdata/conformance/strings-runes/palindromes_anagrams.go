// strings-runes: rune-aware palindrome and anagram checks, letter frequencies with a [26]int array
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func sortedRunes(s string) string {
	rs := []rune(strings.ToLower(s))
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	return strings.TrimSpace(string(rs))
}

func freq(s string) [26]int {
	var f [26]int
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' {
			f[c-'a']++
		}
	}
	return f
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "héh", "ésé", "abc", ""} {
		fmt.Printf("palindrome %q: %v\n", s, isPalindrome(s))
	}
	fmt.Println("anagram listen/silent:", sortedRunes("listen") == sortedRunes("silent"))
	fmt.Println("anagram été/tée:", sortedRunes("été") == sortedRunes("tée"))
	fmt.Println("sorted runes:", sortedRunes("gopher"))
	fmt.Println("freq equal:", freq("Dormitory") == freq("dirty room"))
	f := freq("hello")
	fmt.Println("freq of l, o:", f['l'-'a'], f['o'-'a'])
}
