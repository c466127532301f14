// struct-array-copy: ranging over an array iterates a copy; ranging over its slice or pointer sees updates
package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	var seen []int
	for i, v := range arr {
		if i == 0 {
			arr[3] = 400
		}
		seen = append(seen, v)
	}
	fmt.Println("range array copy:", seen, arr)

	arr = [4]int{1, 2, 3, 4}
	seen = nil
	for i, v := range arr[:] {
		if i == 0 {
			arr[3] = 400
		}
		seen = append(seen, v)
	}
	fmt.Println("range slice of array:", seen)

	arr = [4]int{1, 2, 3, 4}
	seen = nil
	for i, v := range &arr {
		if i == 0 {
			arr[3] = 400
		}
		seen = append(seen, v)
	}
	fmt.Println("range pointer to array:", seen)

	type wrap struct{ a [3]string }
	w := wrap{[3]string{"x", "y", "z"}}
	for i, s := range w.a {
		w.a[2] = "changed"
		if i == 2 {
			fmt.Println("struct array field range copy:", s)
		}
	}
}
