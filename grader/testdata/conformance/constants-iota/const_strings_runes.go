// constants-iota: string, rune and bool constants, constant len of string and array, typed string constants
package main

import "fmt"

type Color string

const (
	Red   Color = "red"
	Green Color = "green"
)

const greeting = "héllo"
const initial = 'G'
const debug = false
const arrLen = len([4]int{})
const strLen = len(greeting)

func main() {
	fmt.Println("colors:", Red, Green, Red+"-"+Green)
	fmt.Printf("typed string: %T %q\n", Red, Green)
	fmt.Println("greeting:", greeting, "bytes:", strLen)
	fmt.Println("rune const:", initial, string(initial), initial+1)
	fmt.Printf("rune type: %T %c\n", initial, initial+2)
	fmt.Println("bool const:", debug, !debug)
	fmt.Println("len constant array:", arrLen)
	var buf [strLen]byte
	copy(buf[:], greeting)
	fmt.Println("array sized by const:", len(buf), buf[1], buf[2])
	if !debug {
		fmt.Println("debug off branch")
	}
}
