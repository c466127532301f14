// assignments: parallel assignment to map entries, struct fields and pointer fields
package main

import "fmt"

type account struct {
	name    string
	balance int
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println("swap map values:", m)

	m["c"], m["d"] = 3, m["c"]+10
	fmt.Println("new keys:", m)

	acc := account{"alice", 100}
	acc.name, acc.balance = "bob", acc.balance-30
	fmt.Println("struct fields:", acc)

	p := &account{"carol", 5}
	p.balance, p.name = p.balance*3, p.name+"!"
	fmt.Println("pointer fields:", *p)

	src, dst := &account{"src", 50}, &account{"dst", 0}
	src.balance, dst.balance = src.balance-20, dst.balance+20
	fmt.Println("transfer:", *src, *dst)

	accs := map[string]*account{"x": {"x", 1}, "y": {"y", 2}}
	accs["x"].balance, accs["y"].balance = accs["y"].balance, accs["x"].balance
	fmt.Println("map of pointers:", *accs["x"], *accs["y"])

	counts := map[rune]int{}
	for _, r := range "hello" {
		counts[r]++
	}
	counts['h'], counts['z'] = 0, counts['l']
	fmt.Println("rune counts:", counts)

	var total int
	total, m["total"] = 7, 8
	fmt.Println("local and map:", total, m["total"])
}
