// shifts-conversions: conversions between named types with the same underlying type, and their method sets
package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type Shout string

func (s Shout) Loud() string { return strings.ToUpper(string(s)) + "!" }

type IntList []int
type Pt struct{ X, Y int }
type Vec struct{ X, Y int }

func main() {
	c := Celsius(100)
	fmt.Println("100C in F:", c.ToF())
	fmt.Println("212F in C:", Fahrenheit(212).ToC())
	fmt.Println("direct conversion keeps number:", Fahrenheit(c))
	fmt.Printf("types: %T %T\n", c, Fahrenheit(c))

	s := "hey"
	fmt.Println("string to named:", Shout(s).Loud())
	fmt.Println("named back:", string(Shout("x"))+"y")

	raw := []int{3, 1, 2}
	il := IntList(raw)
	il[0] = 30
	fmt.Println("slice conversion shares backing:", raw)

	p := Pt{1, 2}
	v := Vec(p)
	v.X = 100
	fmt.Println("struct conversion copies:", p, v)

	type Meters int
	m := Meters(5) + 3
	fmt.Printf("arithmetic with untyped: %v %T\n", m, m)
}
