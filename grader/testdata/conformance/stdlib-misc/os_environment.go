// stdlib-misc: os's environment (an unset variable), the only part of os offered
package main

import (
	"fmt"
	"os"
)

func main() {
	v, ok := os.LookupEnv("LECTERN_CONFORMANCE_UNSET")
	fmt.Printf("lookup: %q %v\n", v, ok)
	fmt.Printf("get: %q\n", os.Getenv("LECTERN_CONFORMANCE_UNSET"))
	fmt.Printf("expand: %q\n", os.ExpandEnv("a${LECTERN_CONFORMANCE_UNSET}b$LECTERN_CONFORMANCE_UNSET"))
}
