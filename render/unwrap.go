package render

import (
	"regexp"
	"strings"
	"sync"
)

var blockStart = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*([-*+]\s|\d+[.)]\s|#|\||>|` + "```" + `|~~~|<)`) })

// Unwrap joins the hard-wrapped lines of paragraphs and list items, which
// authors write at ~72 columns, so that Glamour can re-wrap them to the
// terminal's width (it keeps such line breaks inside list items, which
// gives ragged text). Code blocks, tables, headings and explicit line
// breaks (two trailing spaces or a backslash) are left alone.
func Unwrap(md string) string {
	lines := strings.Split(md, "\n")
	var out []string
	inFence := ""
	for _, line := range lines {
		t := strings.TrimSpace(line)
		if inFence != "" {
			out = append(out, line)
			if strings.HasPrefix(t, inFence) {
				inFence = ""
			}
			continue
		}
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			inFence = t[:3]
			out = append(out, line)
			continue
		}
		if len(out) > 0 && t != "" && !blockStart().MatchString(line) {
			prev := out[len(out)-1]
			pt := strings.TrimSpace(prev)
			if pt != "" && !strings.HasSuffix(prev, "  ") && !strings.HasSuffix(prev, "\\") &&
				!strings.HasPrefix(pt, "#") && !strings.HasPrefix(pt, "|") && !strings.HasPrefix(pt, "```") &&
				!strings.HasPrefix(pt, "~~~") {
				out[len(out)-1] = strings.TrimRight(prev, " ") + " " + t
				continue
			}
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}
