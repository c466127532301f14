package shout

import "strings"

// Words splits s into words (given to the learner as it is).
func Words(s string) []string { return strings.Fields(s) }
