// constants-iota: typed constants keep their type; untyped constants adapt to context
package main

import (
	"fmt"
	"time"
)

type Celsius float64
type Mode uint8

const (
	Boiling Celsius = 100
	Freeze  Celsius = 0
	Body            = 37
)

const (
	Read Mode = 1 << iota
	Write
	Exec
)

const timeout = 3 * time.Second
const untypedSecs = 2

func main() {
	fmt.Printf("Boiling: %v %T\n", Boiling, Boiling)
	fmt.Printf("Body untyped: %v %T\n", Body, Body)
	var t Celsius = Body
	fmt.Printf("Body as Celsius: %v %T\n", t, t)
	fmt.Println("diff:", Boiling-Freeze, Boiling/3)

	perm := Read | Exec
	fmt.Printf("modes: %d %d %d combined %03b %T\n", Read, Write, Exec, perm, perm)
	fmt.Println("has write:", perm&Write != 0, "has exec:", perm&Exec != 0)

	fmt.Println("timeout:", timeout, timeout.Seconds())
	d := untypedSecs * time.Second
	fmt.Println("untyped times Duration:", d)
	var f float64 = untypedSecs
	var i int = untypedSecs
	fmt.Println("same constant, different types:", f/4, i/4)
}
