// shifts-conversions: string(rune(n)), strconv conversions, []byte and []rune round trips
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println("string(rune(65)):", string(rune(65)))
	fmt.Println("string(rune(0x4e16)):", string(rune(0x4e16)))
	fmt.Println("invalid rune:", []byte(string(rune(-1))))
	fmt.Println("Itoa:", strconv.Itoa(-45), "FormatInt base 2:", strconv.FormatInt(10, 2))
	fmt.Println("FormatInt base 36:", strconv.FormatInt(35, 36), strconv.FormatUint(1<<63, 16))
	n, err := strconv.Atoi("0042")
	fmt.Println("Atoi 0042:", n, err)
	_, err = strconv.Atoi("4x2")
	fmt.Println("Atoi error:", err)
	i, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println("ParseInt hex:", i, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println("ParseInt overflow:", err)
	u, err := strconv.ParseUint("0b1011", 0, 64)
	fmt.Println("ParseUint base 0:", u, err)
	f, err := strconv.ParseFloat("3.25e2", 64)
	fmt.Println("ParseFloat:", f, err)
	b, err := strconv.ParseBool("TRUE")
	fmt.Println("ParseBool:", b, err)
	fmt.Println("FormatFloat:", strconv.FormatFloat(1.0/3, 'f', 4, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println("Quote:", strconv.Quote("tab\there \"q\""), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\nb"`)
	fmt.Printf("Unquote: %q %v\n", uq, err)
	fmt.Println("AppendInt:", string(strconv.AppendInt([]byte("n="), 99, 10)))
}
