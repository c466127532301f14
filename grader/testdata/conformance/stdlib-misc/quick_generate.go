// stdlib-misc: testing/quick with a type whose Generate method makes its values
package main

import (
	"fmt"
	"math/rand"
	"reflect"
	"testing/quick"
)

// letter is an upper-case ASCII letter: quick makes its values with Generate.
type letter byte

func (letter) Generate(r *rand.Rand, size int) reflect.Value {
	return reflect.ValueOf(letter('A' + r.Intn(26)))
}

type point struct{ X, Y int }

func (point) Generate(r *rand.Rand, size int) reflect.Value {
	return reflect.ValueOf(point{r.Intn(10), r.Intn(10)})
}

func main() {
	config := &quick.Config{MaxCount: 200, Rand: rand.New(rand.NewSource(7))}
	isUpper := func(l letter) bool { return l >= 'A' && l <= 'Z' }
	fmt.Println("letters:", quick.Check(isUpper, config))
	small := func(p point, n uint8) bool { return p.X < 10 && p.Y < 10 && int(n) < 256 }
	fmt.Println("points and bytes:", quick.Check(small, config))
	double := func(l letter) int { return int(l) * 2 }
	twice := func(l letter) int { return int(l) + int(l) }
	fmt.Println("equal:", quick.CheckEqual(double, twice, config))
	var last letter
	fmt.Println("a failing property:", quick.Check(func(l letter) bool { last = l; return l != last }, &quick.Config{MaxCount: 3}) != nil)
}
