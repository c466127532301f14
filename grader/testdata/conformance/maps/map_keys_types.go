// maps: keys of many comparable types: floats, bools, interfaces, pointers, named types; fmt prints sorted
package main

import "fmt"

type Code string

type item struct{ id int }

func main() {
	fm := map[float64]string{2.5: "b", -1: "a", 10: "c"}
	fmt.Println("float keys:", fm)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println("bool keys:", bm)
	cm := map[Code]int{"zz": 1, "aa": 2}
	fmt.Println("named string keys:", cm)
	im := map[any]string{1: "int", "1": "string", 1.0: "float"}
	fmt.Println("interface keys len:", len(im), im[1], im["1"], im[1.0])

	a, b := &item{1}, &item{1}
	pm := map[*item]string{a: "a", b: "b"}
	fmt.Println("pointer keys distinct:", len(pm), pm[a], pm[b])

	rm := map[rune]int{'b': 2, 'a': 1}
	fmt.Println("rune keys:", rm)
	em := map[struct{}]int{{}: 5}
	fmt.Println("empty struct key:", em[struct{}{}])
	nm := map[[2]string]bool{{"x", "y"}: true}
	fmt.Println("array key:", nm[[2]string{"x", "y"}], nm[[2]string{"y", "x"}])
}
