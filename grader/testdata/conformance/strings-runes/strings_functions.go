// strings-runes: common strings functions: Split, Join, Fields, Contains, Index, Replace, Trim, Title-like upper
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Go is fun, go is fast  "
	fmt.Printf("TrimSpace: %q\n", strings.TrimSpace(s))
	fmt.Println("Fields:", strings.Fields(s), len(strings.Fields(s)))
	fmt.Printf("Split: %q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("SplitN: %q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println("Join:", strings.Join([]string{"x", "y", "z"}, "/"))
	fmt.Println("Contains:", strings.Contains(s, "fun"), strings.ContainsRune(s, 'z'), strings.ContainsAny(s, "xyz,"))
	fmt.Println("Index:", strings.Index(s, "is"), strings.LastIndex(s, "is"), strings.IndexByte(s, 'G'), strings.Index(s, "nope"))
	fmt.Println("Count:", strings.Count(s, "is"), strings.Count("five", ""))
	fmt.Println("Replace:", strings.Replace(s, "is", "IS", 1), "|", strings.ReplaceAll("aaaa", "a", "ab"))
	fmt.Println("HasPrefix/Suffix:", strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println("Trim:", strings.Trim("xxhixx", "x"), strings.TrimLeft("001200", "0"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println("Upper/Lower:", strings.ToUpper("héllo"), strings.ToLower("ÀBC"))
	fmt.Println("Repeat:", strings.Repeat("ab", 3))
	fmt.Println("EqualFold:", strings.EqualFold("Go", "GO"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println("Cut:", before, after, found)
	fmt.Println("Title-like:", strings.ToUpper("word"[:1])+"word"[1:])
	fmt.Println("Compare:", strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Printf("FieldsFunc: %q\n", strings.FieldsFunc("a1b22c", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println("Map:", strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"))
}
