// stdlib-misc: time.Duration arithmetic and String(), e.g. 1500 * time.Millisecond, Truncate, Round, conversions
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 1500 * time.Millisecond
	fmt.Println("1500ms:", d)
	fmt.Println("seconds:", d.Seconds(), "ms:", d.Milliseconds())
	fmt.Println("2h45m30s:", 2*time.Hour+45*time.Minute+30*time.Second)
	fmt.Println("zero:", time.Duration(0))
	fmt.Println("small:", 1500*time.Nanosecond, 2*time.Microsecond, 999*time.Nanosecond)
	fmt.Println("negative:", -90*time.Second)
	fmt.Println("minutes float:", (90 * time.Second).Minutes())
	fmt.Println("hours float:", (36 * time.Hour).Hours())
	long := 100*time.Hour + 1
	fmt.Println("long:", long)
	fmt.Println("Truncate:", (1234567 * time.Microsecond).Truncate(time.Millisecond))
	fmt.Println("Round:", (1500 * time.Microsecond).Round(time.Millisecond), (1499 * time.Microsecond).Round(time.Millisecond))
	n := 3
	fmt.Println("int var times Duration:", time.Duration(n)*time.Second)
	fmt.Println("division:", time.Hour/time.Minute, (10*time.Second)/4)
	fmt.Println("Abs:", (-5 * time.Second).Abs())
	fmt.Printf("%%v %%d %%s: %v %d %s\n", time.Second, time.Millisecond, 2*time.Minute)
	fmt.Printf("type: %T\n", d)
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println("ParseDuration:", pd, err, pd.Seconds())
	_, err = time.ParseDuration("abc")
	fmt.Println("ParseDuration error:", err)
}
