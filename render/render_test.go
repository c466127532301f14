package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestPlainHasNoEscapeCodes(t *testing.T) {
	md := "# Title\n\nSome **bold** text and `code`.\n\n```go\nfunc main() {}\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
	out, err := Default.Markdown(md, Plain, 60)
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsRune(out, 0x1b) {
		t.Fatalf("plain output contains escape codes: %q", out)
	}
	for _, want := range []string{"Title", "bold", "func main() {}", "1"} {
		if !strings.Contains(out, want) {
			t.Errorf("plain output lacks %q:\n%s", want, out)
		}
	}
	if strings.HasPrefix(out, "\n") || strings.HasSuffix(out, "\n") {
		t.Errorf("output keeps blank edges: %q", out)
	}
}

func TestWrapsToWidth(t *testing.T) {
	md := strings.Repeat("word ", 80)
	out, err := Default.Markdown(md, Plain, 30)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(out, "\n") {
		if len([]rune(l)) > 30 {
			t.Fatalf("line wider than 30: %q", l)
		}
	}
}

func TestColourStylesEmitColour(t *testing.T) {
	out, err := Default.Markdown("# Title\n\n**bold**", Dark, 40)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.ContainsRune(out, 0x1b) {
		t.Fatalf("dark style produced no escape codes: %q", out)
	}
}

func BenchmarkRenderPageCached(b *testing.B) {
	md := strings.Repeat("Some text with **bold** and a [link](x).\n\n", 40)
	Default.Markdown(md, Dark, 80)
	for b.Loop() {
		Default.Markdown(md, Dark, 80)
	}
}

func TestUnwrapJoinsSoftBreaksOnly(t *testing.T) {
	in := "A paragraph \nwrapped here.\n\n- item one\n  continues\n- item two\n\n```go\nx := 1\ny := 2\n```\n\n| a | b |\n|---|---|\n\nLine with break  \nnext line\n# Heading\ntext"
	want := "A paragraph wrapped here.\n\n- item one continues\n- item two\n\n```go\nx := 1\ny := 2\n```\n\n| a | b |\n|---|---|\n\nLine with break  \nnext line\n# Heading\ntext"
	if got := Unwrap(in); got != want {
		t.Fatalf("Unwrap:\n%s\nwant:\n%s", got, want)
	}
}

func TestListItemsReflowToWidth(t *testing.T) {
	md := "- **No ready instance.** The platform\n  has to create an\n  environment first: start a sandbox,\n  load the runtime.\n"
	out, err := Default.Markdown(md, Plain, 70)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(out, "\n") != 1 {
		t.Fatalf("a list item that fits in two lines at width 70 took %d:\n%s", strings.Count(out, "\n")+1, out)
	}
}

func TestPlainKeepsBackslashesInCode(t *testing.T) {
	out, err := Default.Markdown("```js\nkey.replace(/\\+/g, \" \")\n```\n\n```go\nfmt.Printf(\"%d\\n\", n)\n```\n", Plain, 60)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`key.replace(/\+/g, " ")`, `fmt.Printf("%d\n", n)`} {
		if !strings.Contains(out, want) {
			t.Errorf("plain code lost characters: want %q in\n%s", want, out)
		}
	}
	if strings.ContainsRune(out, 0x1b) {
		t.Errorf("plain code has escape codes: %q", out)
	}
}

// Without colour the page reads as typed text: no Markdown marks.
func TestPlainDropsMarkdownMarks(t *testing.T) {
	md := "# Why This Matters\n\n**Serverless** means *cold starts* and `code`.\n\n## Next\n\n> quoted\n\n1. one\n2. two\n\n- [docs](https://example.com/docs)\n"
	out, _ := Default.Markdown(md, Plain, 60)
	for _, mark := range []string{"#", "**", "*cold", "`"} {
		if strings.Contains(out, mark) {
			t.Errorf("plain output keeps %q:\n%s", mark, out)
		}
	}
	for _, want := range []string{"  Why This Matters\n  ================", "Serverless means cold starts and code.", "  Next\n  ----",
		"> quoted", "  1. one\n  2. two", "- docs (https://example.com/docs)"} {
		if !strings.Contains(out, want) {
			t.Errorf("plain output lacks %q:\n%s", want, out)
		}
	}
}

// Code is never cut: a line wider than the page goes on in the next,
// marked.
func TestLongCodeLinesWrapWithAMark(t *testing.T) {
	md := "```go\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n```\n"
	for _, style := range []Style{Plain, Dark} {
		out, _ := Default.Markdown(md, style, 40)
		lines := strings.Split(ansi.Strip(out), "\n")
		for i := range lines {
			lines[i] = strings.TrimLeft(lines[i], " ")
		}
		if len(lines) < 2 || !strings.HasPrefix(lines[1], "↪ ") {
			t.Fatalf("%s: long code line not continued:\n%s", style, ansi.Strip(out))
		}
		joined := ""
		for i, l := range lines {
			if ansi.StringWidth(l) > 40 {
				t.Errorf("%s: line %q is wider than 40", style, l)
			}
			if i == 0 {
				joined = l
			} else {
				joined += strings.TrimPrefix(l, "↪ ")
			}
		}
		if !strings.Contains(joined, "memorySizeMB int) float64 {") {
			t.Errorf("%s: code lost characters: %q", style, joined)
		}
	}
}

// A table fits the page: as a grid while its columns can, else one record
// per row.
func TestTablesFitTheWidth(t *testing.T) {
	md := "| Invocations | Duration (ms) | Memory (MB) | Cost |\n|---|---|---|---|\n| 1000000 | 100 | 128 | $0.41 |\n"
	for _, width := range []int{80, 40, 20} {
		out, _ := Default.Markdown(md, Plain, width)
		for _, l := range strings.Split(out, "\n") {
			if ansi.StringWidth(l) > width {
				t.Errorf("width %d: line %q too wide:\n%s", width, l, out)
			}
		}
		if !strings.Contains(out, "1000000") || !strings.Contains(out, "$0.41") {
			t.Errorf("width %d: a number was split:\n%s", width, out)
		}
	}
	if out, _ := Default.Markdown(md, Plain, 20); !strings.Contains(out, "Memory (MB):") || strings.Contains(out, " | ") {
		t.Errorf("a table too wide for a grid is not one record per row:\n%s", out)
	}
}

// Lines break at spaces only, and never between a number and its unit or
// inside a code span.
func TestLinesBreakWhereAReaderExpects(t *testing.T) {
	md := "aaaa bbbb cccc dddd eeee ffff gggg 512 MB then more words and `lectern check --json now` and GB-seconds priced"
	for width := 20; width <= 40; width++ {
		out, _ := Default.Markdown(md, Dark, width)
		for _, l := range strings.Split(ansi.Strip(out), "\n") {
			if ansi.StringWidth(l) > width {
				t.Errorf("width %d: %q too wide", width, l)
			}
			if strings.HasSuffix(l, "512") || strings.HasSuffix(l, "--") || strings.HasSuffix(l, "GB-") ||
				strings.HasSuffix(l, "lectern") || strings.HasSuffix(l, "check") {
				t.Errorf("width %d: broken after %q", width, l)
			}
		}
	}
}
