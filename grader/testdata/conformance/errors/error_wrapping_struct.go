// errors: layered application errors with context fields, printed with %v and inspected with As
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Err  error
}

func (p *ParseError) Error() string { return "line " + strconv.Itoa(p.Line) + ": " + p.Err.Error() }
func (p *ParseError) Unwrap() error { return p.Err }

func parseLines(lines []string) ([]int, error) {
	var out []int
	for i, l := range lines {
		n, err := strconv.Atoi(l)
		if err != nil {
			return out, &ParseError{i + 1, err}
		}
		out = append(out, n)
	}
	return out, nil
}

func main() {
	nums, err := parseLines([]string{"1", "2", "three", "4"})
	fmt.Println("parsed before failure:", nums)
	fmt.Println("error:", err)
	var pe *ParseError
	if errors.As(err, &pe) {
		fmt.Println("failed line:", pe.Line)
	}
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println("num error func/num:", ne.Func, ne.Num, ne.Err)
	}
	fmt.Println("is ErrSyntax:", errors.Is(err, strconv.ErrSyntax))
	_, err = parseLines([]string{"99999999999999999999"})
	fmt.Println("range error:", err, errors.Is(err, strconv.ErrRange))
	nums, err = parseLines([]string{"5", "6"})
	fmt.Println("ok:", nums, err)
}
