// slices-arrays: copy returns the count copied, handles overlap and copies from strings
package main

import "fmt"

func main() {
	dst := make([]int, 3)
	n := copy(dst, []int{1, 2, 3, 4, 5})
	fmt.Println("copy shorter dst:", n, dst)

	big := make([]int, 6)
	n = copy(big, []int{7, 8})
	fmt.Println("copy shorter src:", n, big)

	s := []int{1, 2, 3, 4, 5}
	n = copy(s[1:], s)
	fmt.Println("overlap right:", n, s)

	s = []int{1, 2, 3, 4, 5}
	n = copy(s, s[2:])
	fmt.Println("overlap left:", n, s)

	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println("from string:", n, b)

	var nilDst []int
	fmt.Println("to nil:", copy(nilDst, []int{1}))

	arr := [5]int{}
	copy(arr[:], []int{9, 9, 9})
	fmt.Println("into array:", arr)

	sl := []int{1, 2, 3, 4, 5, 6}
	i := 2
	sl = sl[:i+copy(sl[i:], sl[i+1:])]
	fmt.Println("delete index 2 via copy:", sl)
}
