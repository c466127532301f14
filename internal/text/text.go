// Package text holds the small rules every part of lectern that wraps prose
// follows, so a line never breaks where a reader would stumble: between a
// number and its unit ("100–1000 ms", "128 MB"), or inside a phrase marked
// as one ("← your answer").
package text

import (
	"regexp"
	"strings"
	"sync"
)

// NBSP is the no-break space: the wrappers lectern uses (x/ansi's and
// Wrap here) never break a line at it.
const NBSP = "\u00a0"

// units are the words that, after a number, are its unit.
var units = []string{
	"ms", "µs", "ns", "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes",
	"h", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
	"B", "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB", "bytes",
	"GB-second", "GB-seconds", "GB-s", "%", "×", "x", "req/s", "rps", "ms/request",
	"cents", "cent", "USD", "vCPU", "vCPUs", "cores", "core",
}

// numberUnit matches a number (with thousands separators, decimals, a
// currency sign or a range such as 100–1000) followed by a space and a
// unit. Group 1 is the number, group 2 the unit.
var numberUnit = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`((?:^|[^\w.,])\$?\d(?:[\d,.]*\d)?(?:[–-]\$?\d(?:[\d,.]*\d)?)?) (` + alternatives(units) + `)(?:$|[\s.,;:!?)\]'"’”/])`)
})

func alternatives(words []string) string {
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = regexp.QuoteMeta(w)
	}
	// Longest first, so "GB-seconds" wins over "GB".
	for i := range quoted {
		for j := i + 1; j < len(quoted); j++ {
			if len(quoted[j]) > len(quoted[i]) {
				quoted[i], quoted[j] = quoted[j], quoted[i]
			}
		}
	}
	return strings.Join(quoted, "|")
}

// KeepUnits joins each number to the unit after it with a no-break space,
// so "100–1000 ms" or "128 MB" is never split over two lines.
func KeepUnits(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s
	}
	// A match ends with the character after the unit; run until nothing
	// changes, since that character may begin the next match.
	for {
		m := numberUnit().FindStringSubmatchIndex(s)
		if m == nil {
			return s
		}
		space := m[3] // just after the number
		s = s[:space] + NBSP + s[space+1:]
	}
}

// Keep joins the words of a phrase with no-break spaces, so that it is
// wrapped as one word.
func Keep(phrase string) string { return strings.ReplaceAll(phrase, " ", NBSP) }

// Fields splits s around runs of ASCII white space — not at no-break
// spaces, unlike strings.Fields.
func Fields(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	})
}
