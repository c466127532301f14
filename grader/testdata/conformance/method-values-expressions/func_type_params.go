// method-values-expressions: passing method values and method expressions where func types are expected
package main

import (
	"fmt"
	"strings"
)

type Transformer func(string) string

type Formatter struct {
	prefix string
}

func (f Formatter) Wrap(s string) string       { return f.prefix + s + f.prefix }
func (f Formatter) Upper(s string) string      { return strings.ToUpper(s) }
func (f *Formatter) SetPrefix(p string) string { f.prefix = p; return p }

func applyAll(s string, ts ...Transformer) string {
	for _, t := range ts {
		s = t(s)
	}
	return s
}

func each(xs []string, f func(Formatter, string) string, fm Formatter) []string {
	var out []string
	for _, x := range xs {
		out = append(out, f(fm, x))
	}
	return out
}

func main() {
	f := Formatter{"*"}
	fmt.Println("method values as Transformer:", applyAll("go", f.Upper, f.Wrap))
	fmt.Println("mixed with func:", applyAll("go", strings.TrimSpace, Transformer(f.Wrap), f.Wrap))
	fmt.Println("method expression param:", each([]string{"a", "b"}, Formatter.Wrap, Formatter{"|"}))
	set := f.SetPrefix
	set("#")
	fmt.Println("after SetPrefix via method value:", f.Wrap("x"))
}
