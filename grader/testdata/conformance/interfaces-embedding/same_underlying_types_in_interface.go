// interfaces-embedding: two named types of one underlying type, each with its own String, held in an interface and printed
package main

import "fmt"

type Temp interface {
	String() string
	Value() float64
}

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
func (c celsius) Value() float64 { return float64(c) }

type fahrenheit float64

func (f fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }
func (f fahrenheit) Value() float64 { return float64(f) }

func main() {
	temps := []Temp{celsius(20), fahrenheit(68)}
	for _, t := range temps {
		fmt.Println(t, t.Value())
	}
}
