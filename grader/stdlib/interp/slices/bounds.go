package slices

// The bounds checks of Insert, Delete and Replace panic with the message
// the Go runtime gives for the slice expression the real functions use as
// their bounds check (s[i:], s[i:j:len(s)] and s[i:j]), such as "runtime
// error: slice bounds out of range [5:3]". The panic value is that string
// (the runtime's is a runtime.Error with that message).

func panicBounds(what string) {
	panic("runtime error: slice bounds out of range " + what)
}

// checkFrom checks s[i:] for a slice of length n.
func checkFrom(i, n int) {
	if i < 0 {
		panicBounds("[" + itoa(i) + ":]")
	}
	if i > n {
		panicBounds("[" + itoa(i) + ":" + itoa(n) + "]")
	}
}

// checkRange2 checks s[i:j] for a slice of capacity c.
func checkRange2(i, j, c int) {
	if j < 0 {
		panicBounds("[:" + itoa(j) + "]")
	}
	if j > c {
		panicBounds("[:" + itoa(j) + "] with capacity " + itoa(c))
	}
	if i < 0 {
		panicBounds("[" + itoa(i) + ":]")
	}
	if i > j {
		panicBounds("[" + itoa(i) + ":" + itoa(j) + "]")
	}
}

// checkRange3 checks s[i:j:n] for a slice of length n.
func checkRange3(i, j, n int) {
	if j < 0 {
		panicBounds("[:" + itoa(j) + ":]")
	}
	if j > n {
		panicBounds("[:" + itoa(j) + ":" + itoa(n) + "]")
	}
	if i < 0 {
		panicBounds("[" + itoa(i) + "::]")
	}
	if i > j {
		panicBounds("[" + itoa(i) + ":" + itoa(j) + ":]")
	}
}

// itoa formats n in decimal.
func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	u := uint(n)
	neg := n < 0
	if neg {
		u = -u
	}
	var buf [24]byte
	p := len(buf)
	for u > 0 {
		p--
		buf[p] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		p--
		buf[p] = '-'
	}
	return string(buf[p:])
}
