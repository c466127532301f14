// fmt-verbs: %c %U %q on runes and strings, %#U, %+q, backquoted %#q
package main

import "fmt"

type Grade rune

func main() {
	r := 'é'
	fmt.Printf("%%c: %c\n", r)
	fmt.Printf("%%U: %U\n", r)
	fmt.Printf("%%#U: %#U\n", r)
	fmt.Printf("%%q rune: %q\n", r)
	fmt.Printf("%%+q rune: %+q\n", r)
	fmt.Printf("%%d rune: %d\n", r)
	fmt.Printf("%%q string: %q\n", "tab\there é")
	fmt.Printf("%%+q string: %+q\n", "é😀")
	fmt.Printf("%%#q string: %#q\n", "raw")
	fmt.Printf("%%#q with backquote: %#q\n", "a`b")
	fmt.Printf("%%x string: %x\n", "AB")
	fmt.Printf("%%c named rune: %c %U\n", Grade('A'), Grade('B'))
	fmt.Printf("%%q slice: %q\n", []string{"a", "b c"})
	fmt.Printf("%%q runes: %q\n", []rune("hé"))
	fmt.Printf("%%c of int: %c%c%c\n", 71, 111, 0x263A)
	fmt.Printf("%%U of big: %U\n", 0x1F600)
	fmt.Printf("%%v of rune: %v\n", 'A')
	fmt.Println("Println rune and byte:", 'A', byte('A'), string('A'))
}
