package text

import (
	"strings"
	"testing"
)

func TestKeepUnits(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"typically 100–1000 ms.", "typically 100–1000\u00a0ms."},
		{"at 512 MB, 300 ms each", "at 512\u00a0MB, 300\u00a0ms each"},
		{"400,000 GB-seconds free", "400,000\u00a0GB-seconds free"},
		{"5,000,000 × 0.3 s × 0.5 GB", "5,000,000\u00a0× 0.3\u00a0s × 0.5\u00a0GB"},
		{"step 3 shows", "step 3 shows"},
		{"3 sandboxes", "3 sandboxes"},
		{"80% of them", "80% of them"},
		{"takes 10 s", "takes 10\u00a0s"},
		{"no numbers here", "no numbers here"},
		{"2. second item", "2. second item"},
		{"v1.2 s", "v1.2 s"},
	} {
		if got := KeepUnits(c.in); got != c.want {
			t.Errorf("KeepUnits(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestFieldsKeepsNoBreakSpaces(t *testing.T) {
	got := Fields("a  b\u00a0c\td\n" + Keep("← your answer"))
	want := []string{"a", "b\u00a0c", "d", "←\u00a0your\u00a0answer"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("Fields = %q, want %q", got, want)
	}
}
