// Package fmtverb reads fmt format strings: which operand each verb
// prints. The grader's pre-check and the sandbox's fmt both need it.
package fmtverb

import (
	"strconv"
	"strings"
)

// Operand is an operand a format string's verb consumes: its index (from
// 0, after the format), the verb, and the verb's byte offset in the
// format.
type Operand struct {
	Arg  int
	Verb byte
	At   int
}

// Operands returns the operands a format string's verbs consume, following
// fmt's rules for flags, * widths and precisions, and explicit [n] indexes
// (operands consumed by * are left out). %% consumes nothing.
func Operands(format string) []Operand {
	var out []Operand
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		// Flags.
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			i++
		}
		// Width and precision, each possibly * or [n]*.
		for part := 0; part < 2 && i < len(format); part++ {
			if part == 1 {
				if format[i] != '.' {
					break
				}
				i++
			}
			i, arg = argIndex(format, i, arg)
			if i < len(format) && format[i] == '*' {
				arg++
				i++
				continue
			}
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				i++
			}
		}
		i, arg = argIndex(format, i, arg)
		if i >= len(format) {
			break
		}
		if format[i] != '%' {
			out = append(out, Operand{arg, format[i], i})
			arg++
		}
	}
	return out
}

// argIndex parses an explicit argument index "[n]" at format[i].
func argIndex(format string, i, arg int) (int, int) {
	if i >= len(format) || format[i] != '[' {
		return i, arg
	}
	end := strings.IndexByte(format[i:], ']')
	if end < 0 {
		return i, arg
	}
	n, err := strconv.Atoi(format[i+1 : i+end])
	if err != nil || n < 1 {
		return i, arg
	}
	return i + end + 1, n - 1
}

// CallsMethods reports whether fmt calls an operand's Error or String
// method for this verb (0 stands for Print and Println; %w is printed as
// %v is, by Errorf).
func CallsMethods(verb byte) bool {
	return verb == 0 || strings.IndexByte("vsqxXw", verb) >= 0
}
