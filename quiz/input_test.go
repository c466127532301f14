package quiz

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestParseLine(t *testing.T) {
	four := []Option{{Text: "w", Correct: true}, {Text: "x"}, {Text: "y", Correct: true}, {Text: "z"}}
	single := Item{Q: &Question{Kind: Single, Options: four}, order: []int{0, 1, 2, 3}}
	multi := Item{Q: &Question{Kind: Multi, Options: four}, order: []int{3, 2, 1, 0}} // a shows option 3
	tf := Item{Q: &Question{Kind: TrueFalse, Truth: true}}
	num := Item{Q: &Question{Kind: Numeric, Unit: "dollars"}}
	pct := Item{Q: &Question{Kind: Numeric, Unit: "percent"}}

	type want struct {
		chosen []int
		truth  bool
		number float64
		err    string // a substring of the error; "" means no error
	}
	tests := []struct {
		name string
		it   Item
		line string
		want want
	}{
		{"single letter", single, "b", want{chosen: []int{1}}},
		{"single upper case", single, " C \n", want{chosen: []int{2}}},
		{"single with paren", single, "d)", want{chosen: []int{3}}},
		{"single number", single, "2", want{chosen: []int{1}}},
		{"single two letters", single, "a,b", want{err: "This question has one answer. Type one letter, a to d."}},
		{"single out of range", single, "e", want{err: "There is no option e. Type one letter, a to d."}},
		{"single number out of range", single, "9", want{err: "There is no option 9."}},
		{"single word", single, "maybe", want{err: `"maybe" is not an option letter.`}},
		{"single empty", single, "   ", want{err: "Type one letter, a to d."}},
		{"multi commas", multi, "a,c", want{chosen: []int{3, 1}}},
		{"multi comma space", multi, "a, c", want{chosen: []int{3, 1}}},
		{"multi spaces", multi, "A C", want{chosen: []int{3, 1}}},
		{"multi run together", multi, "ac", want{chosen: []int{3, 1}}},
		{"multi duplicate", multi, "a,a", want{chosen: []int{3}}},
		{"multi one", multi, "b", want{chosen: []int{2}}},
		{"multi out of range", multi, "a,f", want{err: "There is no option f. Type every letter that applies, a to d, separated by commas (like a,c)."}},
		{"multi only commas", multi, ",,", want{err: "is not an option letter"}},
		{"tf t", tf, "t", want{truth: true}},
		{"tf True", tf, "True", want{truth: true}},
		{"tf yes", tf, "YES", want{truth: true}},
		{"tf a", tf, "a", want{truth: true}},
		{"tf f", tf, "f", want{truth: false}},
		{"tf no", tf, "no", want{truth: false}},
		{"tf b", tf, "b)", want{truth: false}},
		{"tf maybe", tf, "maybe", want{err: `"maybe" is not true or false. Type t for true or f for false (or a or b).`}},
		{"num plain", num, "12.5", want{number: 12.5}},
		{"num integer", num, "12", want{number: 12}},
		{"num dollars", num, "$12.50", want{number: 12.5}},
		{"num thousands", num, "1,234.5", want{number: 1234.5}},
		{"num unit", num, "12.5 dollars", want{number: 12.5}},
		{"num unit singular", num, "1 dollar", want{number: 1}},
		{"num negative", num, "-3", want{number: -3}},
		{"num negative dollars", num, "-$3", want{number: -3}},
		{"num leading dot", num, ".5", want{number: 0.5}},
		{"num trailing dot", num, "5.", want{number: 5}},
		{"num percent", pct, "20%", want{number: 20}},
		{"num decimal comma", num, "12,5", want{err: `"12,5": use a dot for decimals (12.5); a comma only separates thousands (1,234.5). Type a number, in dollars.`}},
		{"num words", num, "twelve", want{err: `"twelve" is not a number. Type a number, in dollars.`}},
		{"num wrong unit", num, "12 euros", want{err: `"12 euros" is not a number.`}},
		{"num inf", num, "inf", want{err: "is not a number"}},
		{"num hex", num, "0x10", want{err: "is not a number"}},
		{"num two numbers", num, "12 13", want{err: "is not a number"}},
		{"num empty", num, "", want{err: "Type a number, in dollars."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseLine(tt.it, tt.line)
			if tt.want.err != "" {
				if err == nil {
					t.Fatalf("ParseLine(%q) = %+v, want an error containing %q", tt.line, a, tt.want.err)
				}
				var ie *InputError
				if !errors.As(err, &ie) {
					t.Errorf("error is %T, want *InputError", err)
				}
				if !strings.Contains(err.Error(), tt.want.err) {
					t.Fatalf("ParseLine(%q) error %q, want it to contain %q", tt.line, err, tt.want.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseLine(%q): %v", tt.line, err)
			}
			if !slices.Equal(a.Chosen, tt.want.chosen) || a.Truth != tt.want.truth || a.Number != tt.want.number {
				t.Errorf("ParseLine(%q) = %+v, want %+v", tt.line, a, tt.want)
			}
		})
	}
}

func TestExpectNamesTheRange(t *testing.T) {
	two := Item{Q: &Question{Kind: Single, Options: make([]Option, 2)}, order: []int{0, 1}}
	if got := Expect(two); got != "one letter, a or b" {
		t.Errorf("Expect = %q", got)
	}
	if got := Expect(Item{Q: &Question{Kind: Numeric}}); got != "a number, like 12.5" {
		t.Errorf("Expect = %q", got)
	}
	if _, short := expectText(two); short != "a or b" {
		t.Errorf("short = %q", short)
	}
	if _, short := expectText(Item{Q: &Question{Kind: Numeric, Unit: "ms"}}); short != "a number, in ms" {
		t.Errorf("short = %q", short)
	}
}
