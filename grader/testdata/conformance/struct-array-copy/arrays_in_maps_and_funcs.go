// struct-array-copy: arrays returned from functions, stored in slices and maps, compared and used as keys
package main

import "fmt"

type rgb [3]uint8

func brighten(c rgb, d uint8) rgb {
	for i := range c {
		if int(c[i])+int(d) > 255 {
			c[i] = 255
		} else {
			c[i] += d
		}
	}
	return c
}

func main() {
	red := rgb{200, 10, 10}
	br := brighten(red, 100)
	fmt.Println("original:", red, "brightened:", br)

	palette := []rgb{red, br}
	p0 := palette[0]
	p0[1] = 77
	fmt.Println("slice element copy:", palette[0], p0)
	palette[0][1] = 88
	fmt.Println("indexed element edit:", palette[0])

	names := map[rgb]string{red: "red", {0, 0, 0}: "black"}
	fmt.Println("array keys:", names[rgb{200, 10, 10}], names[rgb{}], len(names))

	ptr := &palette[1]
	ptr[0] = 1
	fmt.Println("pointer into slice element:", palette[1])

	var grid [2]rgb
	grid[1] = red
	cp := grid
	cp[1][0] = 0
	fmt.Println("nested array copy:", grid, cp)
}
