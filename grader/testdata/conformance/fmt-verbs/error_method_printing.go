// fmt-verbs: types with Error() print via Error for %v and %s; Error wins over String
package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Msg   string
}

func (v ValidationError) Error() string { return v.Field + ": " + v.Msg }

type Dual struct{}

func (Dual) Error() string  { return "from Error" }
func (Dual) String() string { return "from String" }

type PtrErr struct{ code int }

func (p *PtrErr) Error() string { return fmt.Sprint("ptr err ", p.code) }

func main() {
	v := ValidationError{"email", "missing @"}
	fmt.Println("Println:", v)
	fmt.Printf("%%v: %v\n", v)
	fmt.Printf("%%s: %s\n", v)
	fmt.Printf("%%q: %q\n", v)
	fmt.Printf("%%+v: %+v\n", v)
	fmt.Println("Dual:", Dual{})
	fmt.Printf("Dual %%s: %s\n", Dual{})
	var err error = &PtrErr{7}
	fmt.Println("pointer error:", err)
	fmt.Printf("%%v in struct: %v\n", struct{ E error }{err})
	fmt.Println("slice of errors:", []error{v, errors.New("plain"), nil})
	fmt.Println("wrapped:", fmt.Errorf("ctx: %w", v))
	var nilErr error
	fmt.Println("nil error:", nilErr)
	fmt.Printf("nil error %%v: %v\n", nilErr)
}
