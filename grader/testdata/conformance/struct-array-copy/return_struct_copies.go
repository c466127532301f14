// struct-array-copy: functions returning structs return copies; modifying the result leaves the source alone
package main

import "fmt"

type config struct {
	name  string
	ports [2]int
	opts  []string
}

var defaultConfig = config{"default", [2]int{80, 443}, []string{"gzip"}}

func get() config { return defaultConfig }

func getPtr() *config { return &defaultConfig }

func main() {
	c := get()
	c.name = "custom"
	c.ports[0] = 8080
	fmt.Println("default after editing copy:", defaultConfig.name, defaultConfig.ports)
	c.opts[0] = "brotli"
	fmt.Println("but slice element is shared:", defaultConfig.opts)

	p := getPtr()
	p.ports[1] = 8443
	fmt.Println("edit through pointer:", defaultConfig.ports)

	cfgs := [2]config{get(), get()}
	cfgs[0].ports[0] = 1
	fmt.Println("array of copies:", cfgs[0].ports, cfgs[1].ports)
	fmt.Println("get().ports[1] directly:", get().ports[1])
}
