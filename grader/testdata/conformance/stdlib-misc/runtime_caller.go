// stdlib-misc: runtime.Caller, which a test may use to name the line that called a helper
package main

import (
	"fmt"
	"runtime"
)

func where() string {
	_, _, line, ok := runtime.Caller(1)
	if !ok {
		return "somewhere"
	}
	return fmt.Sprintf("line %d", line)
}

func main() {
	fmt.Println("called from", where())
}
