// assignments: compound assignment operators on ints, floats, strings, map entries and fields
package main

import "fmt"

type counter struct{ n int }

func main() {
	x := 100
	x += 5
	fmt.Println("+=:", x)
	x -= 15
	fmt.Println("-=:", x)
	x *= 3
	fmt.Println("*=:", x)
	x /= 7
	fmt.Println("/=:", x)
	x %= 10
	fmt.Println("%=:", x)
	x <<= 4
	fmt.Println("<<=:", x)
	x >>= 2
	fmt.Println(">>=:", x)
	x |= 0x81
	fmt.Println("|=:", x)
	x &= 0xF0
	fmt.Println("&=:", x)
	x ^= 0xFF
	fmt.Println("^=:", x)
	x &^= 0x0F
	fmt.Println("&^=:", x)

	f := 1.5
	f *= 4
	f -= 0.5
	fmt.Println("float ops:", f)

	s := "ab"
	s += "cd"
	s += string('e')
	fmt.Println("string +=:", s)

	m := map[string]int{}
	m["k"] += 3
	m["k"] *= 5
	fmt.Println("map entry ops:", m["k"])

	c := &counter{}
	for i := 0; i < 4; i++ {
		c.n += i
	}
	fmt.Println("field +=:", c.n)

	arr := [3]int{1, 2, 3}
	for i := range arr {
		arr[i] *= arr[i]
	}
	fmt.Println("array elems:", arr)

	var u8 uint8 = 250
	u8 += 10
	fmt.Println("uint8 wrap:", u8)
	i := 0
	i++
	i++
	i--
	fmt.Println("inc/dec:", i)
}
