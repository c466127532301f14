// stdlib-misc: quick.Value of a type whose Generate method makes its values
package main

import (
	"fmt"
	"math/rand"
	"reflect"
	"testing/quick"
)

type letter byte

func (letter) Generate(r *rand.Rand, size int) reflect.Value {
	return reflect.ValueOf(letter('A' + r.Intn(26)))
}

func main() {
	r := rand.New(rand.NewSource(1))
	v, ok := quick.Value(reflect.TypeOf(letter(0)), r)
	l := v.Interface().(letter)
	fmt.Println(ok, l >= 'A' && l <= 'Z')
}
