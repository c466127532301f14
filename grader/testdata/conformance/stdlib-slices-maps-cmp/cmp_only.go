// stdlib-slices-maps-cmp: cmp.Compare, cmp.Less and cmp.Or alone, without the slices package
package main

import (
	"cmp"
	"fmt"
)

func main() {
	fmt.Println("Compare 1 2:", cmp.Compare(1, 2))
	fmt.Println("Compare b a:", cmp.Compare("b", "a"))
	fmt.Println("Compare equal:", cmp.Compare(2.5, 2.5))
	fmt.Println("Less:", cmp.Less(1, 2), cmp.Less("b", "a"))
	fmt.Println("Or ints:", cmp.Or(0, 3, 4))
	fmt.Println("Or strings:", cmp.Or("", "fallback"))
}
