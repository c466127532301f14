// errors: errors.Is against sentinel errors, directly and through %w wrapping chains
package main

import (
	"errors"
	"fmt"
)

var (
	ErrNotFound = errors.New("not found")
	ErrDenied   = errors.New("permission denied")
)

func lookup(key string) error {
	switch key {
	case "secret":
		return fmt.Errorf("lookup %q: %w", key, ErrDenied)
	case "missing":
		return fmt.Errorf("db: %w", fmt.Errorf("lookup %q: %w", key, ErrNotFound))
	case "raw":
		return ErrNotFound
	}
	return nil
}

func main() {
	for _, k := range []string{"secret", "missing", "raw", "ok"} {
		err := lookup(k)
		fmt.Printf("%s: err=%v notfound=%v denied=%v\n", k, err, errors.Is(err, ErrNotFound), errors.Is(err, ErrDenied))
	}
	same := errors.New("not found")
	fmt.Println("same text, different value:", errors.Is(same, ErrNotFound), same.Error() == ErrNotFound.Error())
	fmt.Println("Is(nil, nil):", errors.Is(nil, nil))
	fmt.Println("Is(err, nil):", errors.Is(ErrDenied, nil))
	fmt.Println("== on wrapped:", lookup("raw") == ErrNotFound, lookup("missing") == ErrNotFound)
}
