// Command lectern is an offline terminal tutor: lessons, a step-through
// diagram, a quiz and graded Go coding challenges, all in one binary.
package main

import (
	"os"
)

func main() {
	os.Exit(Main(os.Args[1:], SystemStreams(), os.Getenv))
}
