// stdlib-misc: regexp MatchString, FindAllString, FindStringSubmatch, named groups, ReplaceAllString, Split
package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	text := "mail ann@example.com and bob@test.com, not carl@site.org"
	fmt.Println("MatchString:", re.MatchString(text))
	fmt.Println("FindString:", re.FindString(text))
	fmt.Println("FindAllString:", re.FindAllString(text, -1))
	fmt.Println("FindStringSubmatch:", re.FindStringSubmatch(text))
	fmt.Println("FindAllStringSubmatchIndex count:", len(re.FindAllStringSubmatchIndex(text, -1)))
	fmt.Println("ReplaceAllString:", re.ReplaceAllString(text, "$2:$1"))

	date := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	m := date.FindStringSubmatch("due 2024-03-15!")
	for i, name := range date.SubexpNames() {
		if name != "" {
			fmt.Println("group", name, "=", m[i])
		}
	}
	fmt.Println("SubexpIndex month:", date.SubexpIndex("month"))

	ws := regexp.MustCompile(`\s+`)
	fmt.Printf("Split: %q\n", ws.Split("a  b\tc\n d", -1))
	fmt.Println("ReplaceAllStringFunc:", regexp.MustCompile(`\d+`).ReplaceAllStringFunc("a1b22c333", func(s string) string {
		return fmt.Sprint(len(s))
	}))
	_, err := regexp.Compile(`a(b`)
	fmt.Println("compile error:", err)
	ok, _ := regexp.MatchString(`^[A-Z][a-z]+$`, "Hello")
	fmt.Println("MatchString func:", ok)
	fmt.Println("String:", re.String(), "NumSubexp:", re.NumSubexp())
	fmt.Println("QuoteMeta:", regexp.QuoteMeta("1+1=2?"))
}
