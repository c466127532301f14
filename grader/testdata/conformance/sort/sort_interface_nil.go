// sort: sort.Sort over the program's own sort.Interface types, including a nil slice converted to the sort type
package main

import (
	"fmt"
	"sort"
)

type byAge []person

type person struct {
	name string
	age  int
}

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type intsDesc []int

func (s intsDesc) Len() int           { return len(s) }
func (s intsDesc) Less(i, j int) bool { return s[i] > s[j] }
func (s intsDesc) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	people := []person{{"ann", 31}, {"bob", 25}, {"cat", 40}, {"dan", 19}}
	sort.Sort(byAge(people))
	fmt.Println("by age:", people)
	fmt.Println("is sorted:", sort.IsSorted(byAge(people)))

	var none []person
	sort.Sort(byAge(none))
	fmt.Println("nil slice sorted:", none == nil, len(none))

	var nilInts []int
	sort.Sort(intsDesc(nilInts))
	fmt.Println("nil ints sorted:", nilInts)

	nums := []int{3, 9, 1, 7}
	sort.Sort(intsDesc(nums))
	fmt.Println("desc:", nums)
	sort.Sort(sort.Reverse(intsDesc(nums)))
	fmt.Println("reverse of desc:", nums)

	one := []person{{"solo", 1}}
	sort.Sort(byAge(one))
	fmt.Println("single:", one)
}
