// stdlib-misc: time.Date with fixed UTC dates, Format layouts, Weekday, YearDay, Unix, field accessors
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println("String:", t)
	fmt.Println("RFC3339:", t.Format(time.RFC3339))
	fmt.Println("RFC3339Nano:", t.Format(time.RFC3339Nano))
	fmt.Println("custom:", t.Format("2006-01-02 15:04:05.000"))
	fmt.Println("kitchen:", t.Format(time.Kitchen))
	fmt.Println("long form:", t.Format("Monday, 02-Jan-06 3:04PM MST"))
	fmt.Println("DateOnly/TimeOnly:", t.Format(time.DateOnly), t.Format(time.TimeOnly))
	fmt.Println("Weekday:", t.Weekday(), int(t.Weekday()))
	fmt.Println("YearDay:", t.YearDay())
	y, w := t.ISOWeek()
	fmt.Println("ISOWeek:", y, w)
	fmt.Println("fields:", t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	fmt.Println("Unix:", t.Unix(), t.UnixMilli())
	fmt.Println("month int:", int(t.Month()), t.Month().String())
	n := time.Date(2023, 12, 32, 25, 0, 0, 0, time.UTC)
	fmt.Println("normalised overflow:", n)
	fmt.Println("zero time:", time.Time{}.IsZero(), time.Time{}.Year())
	fmt.Println("from Unix:", time.Unix(0, 0).UTC())
}
