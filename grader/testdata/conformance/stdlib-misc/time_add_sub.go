// stdlib-misc: Add, Sub, AddDate, Before/After/Equal, Truncate and Round on fixed UTC times
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Date(2023, time.March, 10, 22, 30, 0, 0, time.UTC)
	end := start.Add(3*time.Hour + 15*time.Minute)
	fmt.Println("Add:", end)
	fmt.Println("Sub:", end.Sub(start))
	fmt.Println("negative Sub:", start.Sub(end))
	fmt.Println("AddDate +1m +5d:", start.AddDate(0, 1, 5))
	fmt.Println("AddDate Jan 31 + 1 month:", time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0).Format(time.DateOnly))
	fmt.Println("Before/After/Equal:", start.Before(end), start.After(end), start.Equal(start.Add(0)))
	fmt.Println("Truncate to hour:", end.Truncate(time.Hour))
	fmt.Println("Truncate to day:", end.Truncate(24*time.Hour))
	fmt.Println("Round to hour:", end.Round(time.Hour))
	days := time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC).Sub(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24
	fmt.Println("days to christmas 2024:", days)
	deadline := start.Add(90 * time.Minute)
	for _, probe := range []time.Duration{30 * time.Minute, 90 * time.Minute, 2 * time.Hour} {
		at := start.Add(probe)
		fmt.Println("probe", probe, "late:", at.After(deadline), "remaining:", deadline.Sub(at))
	}
	fmt.Println("Compare:", start.Compare(end), end.Compare(start), start.Compare(start))
}
