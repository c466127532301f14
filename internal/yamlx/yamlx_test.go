package yamlx

import (
	"strings"
	"testing"
)

type sample struct {
	Title string `yaml:"title"`
	Count int    `yaml:"count"`
	Items []struct {
		ID string `yaml:"id"`
	} `yaml:"items"`
}

func TestDecodeReportsFileAndLine(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"syntax", "title: a\n  bad: [\n", "x.yaml:2: "},
		{"unclosed bracket", "title: a\ncount: 1\nitems: [1\nother: 2\n", "x.yaml:3: the list or mapping starting here is malformed"},
		{"mis-indented item", "title: a\nitems:\n  - id: a\n  - id: b\n   x: c\n", "x.yaml:3: the list or mapping starting here is malformed"},
		{"tab", "title: a\nitems:\n\t- id: a\n", "x.yaml:3: found character that cannot start any token"},
		{"unknown key", "title: a\ncolour: red\n", `x.yaml:2: unknown key "colour"`},
		{"wrong type", "title: a\ncount: many\n", `x.yaml:2: expected a whole number, found text "many"`},
		{"list expected", "items: nope\n", `x.yaml:1: expected a list, found text "nope"`},
		{"empty", "", "x.yaml: the file is empty"},
		{"not a mapping", "- a\n- b\n", "x.yaml:1: expected a mapping"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s sample
			_, err := Decode("x.yaml", []byte(tt.src), &s)
			if err == nil {
				t.Fatalf("Decode(%q) succeeded, want an error containing %q", tt.src, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Decode(%q) error = %q, want it to contain %q", tt.src, err, tt.want)
			}
		})
	}
}

func TestLineFollowsPath(t *testing.T) {
	src := "title: a\nitems:\n  - id: one\n  - id: two\n    # comment\n"
	var s sample
	doc, err := Decode("x.yaml", []byte(src), &s)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path []any
		want int
	}{
		{[]any{"title"}, 1},
		{[]any{"items", 1}, 4},
		{[]any{"items", 1, "id"}, 4},
		{[]any{"items", 7}, 3}, // past the end: the list itself
		{[]any{"missing"}, 1},
	} {
		if got := doc.Line(c.path...); got != c.want {
			t.Errorf("Line(%v) = %d, want %d", c.path, got, c.want)
		}
	}
	if got := doc.KeyLine("items"); got != 2 {
		t.Errorf("KeyLine(items) = %d, want 2", got)
	}
}

// A document that is no mapping is said to be one, null included (the
// decoder alone accepts null, ~ and a lone --- as an empty value).
func TestDocumentThatIsNoMapping(t *testing.T) {
	for _, in := range []string{"null\n", "~\n", "---\n", "- a\n- b\n", "just text\n"} {
		var m struct {
			ID string `yaml:"id"`
		}
		_, err := Decode("f.yaml", []byte(in), &m)
		if err == nil || !strings.Contains(err.Error(), "expected a mapping of keys to values at the top of the file") {
			t.Errorf("%q: %v", in, err)
		}
	}
}
