// maps: deleting entries while ranging is allowed; delete of missing keys and from nil maps is a no-op
package main

import "fmt"

func main() {
	m := map[int]string{}
	for i := 0; i < 10; i++ {
		m[i] = fmt.Sprint("v", i)
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println("after deleting odd keys:", m)

	delete(m, 100)
	fmt.Println("delete missing, len:", len(m))

	var nilMap map[string]int
	delete(nilMap, "x")
	fmt.Println("delete from nil map ok, len:", len(nilMap))

	for k := range m {
		delete(m, k)
	}
	fmt.Println("emptied by range delete:", len(m), m)

	m[1] = "back"
	fmt.Println("reuse after emptying:", m)
}
