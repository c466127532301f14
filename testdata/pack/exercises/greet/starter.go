//go:build lectern_starter

package greet

// Greet greets name.
func Greet(name string) string {
	return ""
}
