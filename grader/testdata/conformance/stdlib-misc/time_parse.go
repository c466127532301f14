// stdlib-misc: time.Parse with layouts in UTC, parse errors, and Month/Weekday String
package main

import (
	"fmt"
	"time"
)

func main() {
	t, err := time.Parse("2006-01-02", "2021-07-04")
	fmt.Println("Parse date:", t, err)
	fmt.Println("weekday:", t.Weekday())
	t2, err := time.Parse(time.RFC3339, "2020-05-17T08:09:10Z")
	fmt.Println("Parse RFC3339:", t2, err)
	t3, err := time.Parse("02/01/2006 15:04", "31/12/1999 23:59")
	fmt.Println("Parse custom:", t3.Format(time.RFC1123), err)
	_, err = time.Parse("2006-01-02", "2021-13-01")
	fmt.Println("bad month:", err)
	_, err = time.Parse("2006-01-02", "not a date")
	fmt.Println("garbage:", err != nil)
	fmt.Println("diff:", t.Sub(t2))
	for m := time.January; m <= time.December; m += 3 {
		fmt.Println("month:", m, int(m))
	}
	fmt.Println("weekday names:", time.Sunday, time.Saturday)
}
