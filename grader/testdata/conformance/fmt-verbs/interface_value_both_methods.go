// fmt-verbs: a value printed through an interface of the program's with only String, whose type also has Error (fmt prefers Error)
package main

import "fmt"

type Shape interface{ String() string }

type both struct{}

func (both) String() string { return "as string" }
func (both) Error() string  { return "as error" }

func main() {
	var s Shape = both{}
	fmt.Println(s)
}
