// struct-array-copy: copying structs with embedded structs and embedded pointers
package main

import "fmt"

type Base struct {
	ID   int
	Tags [2]string
}

type Meta struct{ Note string }

type Doc struct {
	Base
	*Meta
	Title string
}

func main() {
	d1 := Doc{Base{1, [2]string{"a", "b"}}, &Meta{"shared"}, "first"}
	d2 := d1
	d2.ID = 2
	d2.Tags[0] = "changed"
	d2.Note = "edited via copy"
	d2.Title = "second"
	fmt.Println("d1:", d1.ID, d1.Tags, d1.Note, d1.Title)
	fmt.Println("d2:", d2.ID, d2.Tags, d2.Note, d2.Title)

	d3 := d1
	d3.Meta = &Meta{"own"}
	d3.Note += "!"
	fmt.Println("replaced pointer:", d1.Note, d3.Note)

	b := d1.Base
	b.ID = 42
	fmt.Println("extracted embedded copy:", d1.ID, b.ID)

	docs := map[string]Doc{"x": d1}
	cp := docs["x"]
	cp.Base.Tags[1] = "mapcopy"
	fmt.Println("map value copy:", docs["x"].Tags, cp.Tags)
}
