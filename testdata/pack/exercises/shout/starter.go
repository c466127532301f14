//go:build lectern_starter

package shout

// Shout returns s in capitals, its words joined by single spaces, then "!".
func Shout(s string) string {
	return s
}
