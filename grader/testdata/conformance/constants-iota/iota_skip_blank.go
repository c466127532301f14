// constants-iota: iota skipping with _, restarting per const block, expressions repeated implicitly
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	_
	Saturday
)

const (
	a = iota * 10
	b
	_
	d
)

const (
	x, y = iota, iota + 100
	p, q
	_, _
	r, s
)

const (
	first  = "const"
	second = iota
	third
)

const single = iota

func main() {
	fmt.Println("weekdays:", Sunday, Monday, Tuesday, Thursday, Saturday)
	fmt.Println("times ten:", a, b, d)
	fmt.Println("pairs:", x, y, p, q, r, s)
	fmt.Println("iota after non-iota:", first, second, third)
	fmt.Println("single block:", single)
}
