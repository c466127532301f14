// struct-array-copy: copying a struct copies slice and map headers, so the copies share elements
package main

import "fmt"

type team struct {
	name    string
	members []string
	scores  map[string]int
	best    [2]int
}

func main() {
	t1 := team{"red", []string{"ann", "bob"}, map[string]int{"ann": 1}, [2]int{1, 2}}
	t2 := t1
	t2.name = "blue"
	t2.members[0] = "ZED"
	t2.scores["bob"] = 5
	t2.best[0] = 99
	fmt.Println("t1:", t1.name, t1.members, t1.scores, t1.best)
	fmt.Println("t2:", t2.name, t2.members, t2.scores, t2.best)

	t2.members = append(t2.members, "cat")
	fmt.Println("after append beyond len:", len(t1.members), len(t2.members))

	t3 := t1
	t3.members = append([]string(nil), t1.members...)
	t3.members[1] = "deep"
	fmt.Println("deep copied slice:", t1.members, t3.members)
}
