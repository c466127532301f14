// errors: fmt.Errorf with one %w, several %w verbs, and %v (which does not wrap)
package main

import (
	"errors"
	"fmt"
)

var (
	ErrIO    = errors.New("io")
	ErrParse = errors.New("parse")
)

func main() {
	one := fmt.Errorf("read config: %w", ErrIO)
	fmt.Println("one:", one, errors.Is(one, ErrIO), errors.Unwrap(one) == ErrIO)

	two := fmt.Errorf("load: %w; then %w", ErrIO, ErrParse)
	fmt.Println("two:", two)
	fmt.Println("two is io, parse:", errors.Is(two, ErrIO), errors.Is(two, ErrParse))
	fmt.Println("two Unwrap single:", errors.Unwrap(two))

	noWrap := fmt.Errorf("load: %v", ErrIO)
	fmt.Println("no wrap:", noWrap, errors.Is(noWrap, ErrIO), errors.Unwrap(noWrap))

	deep := fmt.Errorf("l3: %w", fmt.Errorf("l2: %w", fmt.Errorf("l1: %w", ErrParse)))
	fmt.Println("deep:", deep)
	for e := error(deep); e != nil; e = errors.Unwrap(e) {
		fmt.Println("  chain:", e)
	}
	fmt.Printf("types: %T %T\n", one, two)
}
