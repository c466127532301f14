//go:build !lectern_starter

package shout

import "strings"

// Shout returns s in capitals, its words joined by single spaces, then "!".
func Shout(s string) string { return strings.ToUpper(strings.Join(Words(s), " ")) + "!" }
