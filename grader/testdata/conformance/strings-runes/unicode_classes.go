// strings-runes: unicode package classification and case mapping over mixed scripts
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ9 _é世\tΩ!" {
		fmt.Printf("%q letter=%v digit=%v space=%v upper=%v lower=%v punct=%v\n",
			r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r))
	}
	fmt.Println("ToUpper:", string(unicode.ToUpper('ß')), string(unicode.ToUpper('é')), string(unicode.ToLower('Ω')))
	fmt.Println("Han:", unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, '世'))
	fmt.Println("In Greek:", unicode.In('Ω', unicode.Greek, unicode.Cyrillic))
	caps := 0
	for _, r := range "Hello Wörld ÉTÉ" {
		if unicode.IsUpper(r) {
			caps++
		}
	}
	fmt.Println("uppercase count:", caps)
}
