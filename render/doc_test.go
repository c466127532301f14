package render

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	xansi "github.com/charmbracelet/x/ansi"
)

// longDoc has every kind of block, several times over, with blank lines
// between list items (a loose list must not be cut), a table, a wide code
// line and a reference link defined at the end.
func longDoc(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "## Section %d\n\nA paragraph about **serverless** with *emphasis*, `code` and a [link][ref].\nIt goes on over a second line, costing $0.0000166667 for 100–1000 ms.\n\n", i)
		b.WriteString("1. first item\n\n2. second item, loose\n\n3. third\n\n")
		b.WriteString("- a bullet\n  continued\n- another\n\n")
		b.WriteString("> a quote\n> on two lines\n\n")
		b.WriteString("```go\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 { return 0 }\n```\n\n")
		b.WriteString("| name | value |\n|------|------:|\n| one | 1,000 |\n| two | 2 |\n\n")
	}
	b.WriteString("[ref]: https://example.com\n")
	return b.String()
}

// Rendering a text piece by piece gives what rendering it whole gives.
func TestPiecesRenderAsTheWhole(t *testing.T) {
	docs := map[string]string{"long": longDoc(12)}
	files, _ := filepath.Glob("../testdata/pack/lessons/*/steps/*.md")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs[f] = string(b)
	}
	defer func(n int) { pieceLines = n }(pieceLines)
	for name, md := range docs {
		for _, style := range []Style{Plain, Dark, Linear} {
			pieceLines = 1 << 30
			whole, err := (&Renderers{}).Markdown(md, style, 70)
			if err != nil {
				t.Fatal(err)
			}
			pieceLines = 3
			d := NewDoc(md)
			if name == "long" && d.Len() < 10 {
				t.Fatalf("the long text made %d pieces", d.Len())
			}
			got, err := (&Renderers{}).Markdown(md, style, 70)
			if err != nil {
				t.Fatal(err)
			}
			if got != whole {
				wl, gl := strings.Split(whole, "\n"), strings.Split(got, "\n")
				for i := range min(len(wl), len(gl)) {
					if wl[i] != gl[i] {
						t.Fatalf("%s (%s), line %d:\nwhole  %q\npieces %q", name, style, i+1, wl[i], gl[i])
					}
				}
				t.Fatalf("%s (%s): %d lines whole, %d in pieces", name, style, len(wl), len(gl))
			}
		}
	}
}

func TestPieceIsCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Default.Piece(ctx, NewDoc("# a"), 0, Plain, 40); err == nil {
		t.Fatal("a cancelled render went ahead")
	}
}

var markdownMarks = regexp.MustCompile("\\*\\*|(^|\\s)\\*\\w|`|^\\s*#+ |~~")

// The Plain style is text: no Markdown marks, no escape codes; headings
// are underlined.
func TestPlainIsTextWithoutMarks(t *testing.T) {
	out, err := Default.Markdown(longDoc(2)+"\n# Top\n\nSome ~~old~~ text.\n", Plain, 60)
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsRune(out, 0x1b) {
		t.Fatalf("escape codes in plain output:\n%q", out)
	}
	for i, l := range strings.Split(out, "\n") {
		if markdownMarks.MatchString(l) {
			t.Errorf("line %d keeps Markdown marks: %q", i+1, l)
		}
		if strings.ContainsAny(l, "\ue000\ue001\ue002\ue100\ue200\ue0f0\ue0f1") {
			t.Errorf("line %d keeps a placeholder: %q", i+1, l)
		}
	}
	for _, want := range []string{"  Top\n  ===", "  Section 0\n  ---------", "serverless with emphasis, code and a"} {
		if !strings.Contains(out, want) {
			t.Errorf("plain output lacks %q:\n%s", want, out)
		}
	}
}

// Tables fit: a grid when there is room (numbers right-aligned), one
// record per row when there is not; never a cut cell.
func TestTablesFit(t *testing.T) {
	md := "| invocations | avgDurationMs | memorySizeMB | GB-seconds | cost |\n|---:|---:|---:|---:|---:|\n" +
		"| 1,000,000 | 100 | 128 | 12,500 | 0.00 (free tier) |\n| 10,000,000 | 500 | 0 (→ 128) | 625,000 | 3.75 |\n"
	wide, err := Default.Markdown(md, Plain, 100)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(wide, "invocations | avgDurationMs | memorySizeMB") || !strings.Contains(wide, "  10,000,000 |           500 |") {
		t.Fatalf("a table with room is not a grid:\n%s", wide)
	}
	for _, style := range []Style{Plain, Dark} {
		for _, w := range []int{20, 38, 56, 74} {
			out, err := Default.Markdown(md, style, w)
			if err != nil {
				t.Fatal(err)
			}
			plain := xansi.Strip(out)
			for _, want := range []string{"avgDurationMs: 500", "memorySizeMB: 0 (→\u00a0128)", "cost: 0.00 (free tier)", "invocations: 10,000,000"} {
				if !strings.Contains(strings.Join(strings.Fields(plain), " "), strings.Join(strings.Fields(want), " ")) {
					t.Errorf("%s at %d: the records lack %q:\n%s", style, w, want, plain)
				}
			}
			for _, l := range strings.Split(out, "\n") {
				if xansi.StringWidth(l) > max(w, MinWidth) || strings.Contains(l, "…") {
					t.Errorf("%s at %d: line cut or too wide: %q", style, w, xansi.Strip(l))
				}
			}
		}
	}
	linear, _ := Default.Markdown(md, Linear, 200)
	if !strings.Contains(linear, "• invocations: 1,000,000") {
		t.Fatalf("the linear style lays a table out as a grid:\n%s", linear)
	}
}

// Code lines wider than the page go on under a ↪ mark; nothing is cut.
func TestLongCodeLinesWrap(t *testing.T) {
	md := "```go\nfunc CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {\n\treturn 0\n}\n```\n"
	for _, style := range []Style{Plain, Dark} {
		out, err := Default.Markdown(md, style, 40)
		if err != nil {
			t.Fatal(err)
		}
		plain := xansi.Strip(out)
		if !strings.Contains(plain, "↪") {
			t.Errorf("%s: a long code line is not marked as wrapped:\n%s", style, plain)
		}
		joined := strings.ReplaceAll(strings.Join(strings.Fields(plain), " "), "↪ ", "")
		if !strings.Contains(joined, "func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {") {
			t.Errorf("%s: the wrapped line lost something:\n%s", style, plain)
		}
		for _, l := range strings.Split(out, "\n") {
			if xansi.StringWidth(l) > 40 {
				t.Errorf("%s: line wider than 40: %q", style, xansi.Strip(l))
			}
		}
	}
}

// A number is never split, and never parted from its unit.
func TestNumbersStayWhole(t *testing.T) {
	md := "- **avgDurationMs** — the average run time of one invocation, in milliseconds (it can have a fractional part, like `87.5`), and the rate is $0.0000166667 per GB-second, typically 100–1000 ms, for 5,000,000 invocations.\n\nCold starts cost 100–1000 ms; a sandbox takes 128 MB."
	for _, style := range []Style{Plain, Dark} {
		for w := MinWidth; w <= 80; w++ {
			out, err := Default.Markdown(md, style, w)
			if err != nil {
				t.Fatal(err)
			}
			plain := strings.ReplaceAll(xansi.Strip(out), "\u00a0", " ")
			for _, whole := range []string{"87.5", "$0.0000166667", "100–1000 ms", "5,000,000", "128 MB"} {
				if !strings.Contains(plain, whole) {
					t.Fatalf("%s at width %d splits %q:\n%s", style, w, whole, plain)
				}
			}
		}
	}
}

// Code is coloured in 24-bit colour, the same on every run; Chroma's
// 256-colour formatter breaks ties between palette entries by map order.
func TestCodeColoursAreDeterministic(t *testing.T) {
	md := "```go\n// a comment\nfunc f(x int) string { return fmt.Sprint(x, \"s\", 1.5, true) }\n```\n"
	first, err := (&Renderers{}).Markdown(md, Dark, 80)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(first, "38;2;") {
		t.Fatalf("code is not in 24-bit colour: %q", first)
	}
	for range 20 {
		if again, _ := (&Renderers{}).Markdown(md, Dark, 80); again != first {
			t.Fatalf("the same code rendered differently:\n%q\n%q", first, again)
		}
	}
}
