package render

import (
	"strings"
	"testing"
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
