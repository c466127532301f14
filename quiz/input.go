package quiz

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// InputError is a line that is not a valid answer. Its message is written
// for the learner: what was wrong and what to type instead.
type InputError struct{ Msg string }

func (e *InputError) Error() string { return e.Msg }

func invalid(format string, args ...any) error {
	return &InputError{Msg: fmt.Sprintf(format, args...)}
}

// Letter is the letter shown before the option at position i: a, b, c…
func Letter(i int) string {
	if i < 0 || i >= 26 {
		return "?"
	}
	return string(rune('a' + i))
}

// letterRange is "a or b", "a to d".
func letterRange(n int) string {
	if n <= 2 {
		return "a or b"
	}
	return "a to " + Letter(n-1)
}

// Expect says what to type for an item, in a few words; a rejected line
// repeats it.
func Expect(it Item) string {
	long, _ := expectText(it)
	return long
}

// expectText says what to type for an item: in a few words (Expect), and
// in fewer for the plain-mode prompt, "Your answer (a-d): ".
func expectText(it Item) (long, short string) {
	n := len(it.Choices())
	letters := "a-" + Letter(n-1)
	switch it.Q.Kind {
	case Single:
		if n <= 2 {
			return "one letter, a or b", "a or b"
		}
		return "one letter, " + letterRange(n), letters
	case Multi:
		return "every letter that applies, " + letterRange(n) + ", separated by commas (like a,c)",
			"letters " + letters + ", comma-separated"
	case TrueFalse:
		return "t for true or f for false (or a or b)", "t or f"
	case Numeric:
		if it.Q.Unit != "" {
			return "a number, in " + it.Q.Unit, "a number, in " + it.Q.Unit
		}
		return "a number, like 12.5", "a number"
	}
	return "an answer", ""
}

// ParseLine reads one line typed in plain mode as an answer to it:
//
//   - single: one letter (a, B, "c)") or its number (1–9);
//   - multi: letters separated by commas or spaces ("a,c", "a, c", "a c");
//   - truefalse: t, f, true, false, yes, no, y, n, or a/b as the options
//     are shown (a) True, b) False);
//   - numeric: a number with an optional sign, leading currency sign and
//     trailing unit: "12.5", "-3", "$12.50", "1,234.5", "12.5 dollars".
//     A comma is only a thousands separator; "12,5" is rejected so that it
//     is not read as 125.
//
// On an error the message says what is wrong and what is expected.
func ParseLine(it Item, line string) (Answer, error) {
	s := strings.TrimSpace(line)
	expect := "Type " + Expect(it) + "."
	if s == "" {
		return Answer{}, invalid("%s", expect)
	}
	switch it.Q.Kind {
	case TrueFalse:
		switch strings.ToLower(strings.TrimRight(s, ").")) {
		case "t", "true", "y", "yes", "a", "1":
			return it.Choose(0), nil
		case "f", "false", "n", "no", "b", "2":
			return it.Choose(1), nil
		}
		return Answer{}, invalid("%q is not true or false. %s", s, expect)
	case Numeric:
		x, err := parseNumber(s, it.Q.Unit)
		if err != nil {
			return Answer{}, invalid("%s %s", err.Error(), expect)
		}
		return Answer{Number: x}, nil
	case Single, Multi:
		picks, err := parseChoices(s, len(it.Choices()))
		if err != nil {
			return Answer{}, invalid("%s %s", err.Error(), expect)
		}
		if it.Q.Kind == Single && len(picks) > 1 {
			return Answer{}, invalid("This question has one answer. %s", expect)
		}
		return it.Choose(picks...), nil
	}
	return Answer{}, invalid("%s", expect)
}

// parseChoices reads letters (or 1–9) separated by commas or spaces into
// shown positions, without duplicates.
func parseChoices(s string, n int) ([]int, error) {
	var picks []int
	add := func(p int) {
		for _, q := range picks {
			if q == p {
				return
			}
		}
		picks = append(picks, p)
	}
	fields := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == ';' })
	for _, f := range fields {
		f = strings.TrimRight(f, ").")
		if f == "" {
			continue
		}
		if d, err := strconv.Atoi(f); err == nil {
			if d < 1 || d > n {
				return nil, invalid("There is no option %d.", d)
			}
			add(d - 1)
			continue
		}
		for _, r := range f {
			switch p := int(r - 'a'); {
			case len(f) == 1 && p >= n && p < 26:
				return nil, invalid("There is no option %c.", r)
			case p < 0 || p >= n:
				return nil, invalid("%q is not an option letter.", f)
			default:
				add(p)
			}
		}
	}
	if len(picks) == 0 {
		return nil, invalid("%q is not an option letter.", s)
	}
	return picks, nil
}

var numberRE = regexp.MustCompile(`^([-+−]?)\s*[$€£]?\s*([-+]?)([0-9][0-9,]*(?:\.[0-9]*)?|\.[0-9]+)\s*(.*)$`)
var thousandsRE = regexp.MustCompile(`^[0-9]{1,3}(,[0-9]{3})+$`)

func parseNumber(s, unit string) (float64, error) {
	m := numberRE.FindStringSubmatch(s)
	if m == nil {
		return 0, invalid("%q is not a number.", s)
	}
	sign, sign2, num, rest := m[1], m[2], m[3], strings.TrimSpace(m[4])
	if sign != "" && sign2 != "" {
		return 0, invalid("%q is not a number.", s)
	}
	if sign == "" {
		sign = sign2
	}
	if rest != "" && !unitMatches(rest, unit) {
		return 0, invalid("%q is not a number.", s)
	}
	intPart, frac, _ := strings.Cut(num, ".")
	if strings.Contains(intPart, ",") {
		if !thousandsRE.MatchString(intPart) {
			return 0, invalid("%q: use a dot for decimals (12.5); a comma only separates thousands (1,234.5).", s)
		}
		intPart = strings.ReplaceAll(intPart, ",", "")
	}
	clean := intPart
	if frac != "" || strings.Contains(num, ".") {
		clean += "." + frac
	}
	if sign == "-" || sign == "−" {
		clean = "-" + clean
	}
	x, err := strconv.ParseFloat(clean, 64)
	if err != nil || math.IsInf(x, 0) || math.IsNaN(x) {
		return 0, invalid("%q is not a number.", s)
	}
	return x, nil
}

// unitMatches accepts a trailing word after a number when it is the
// question's unit, its singular, or "%" for a unit like "percent".
func unitMatches(rest, unit string) bool {
	rest = strings.ToLower(strings.TrimRight(rest, "."))
	unit = strings.ToLower(strings.TrimSpace(unit))
	if unit == "" {
		return false
	}
	if rest == unit || rest+"s" == unit {
		return true
	}
	if first, _, ok := strings.Cut(unit, " "); ok && (rest == first || rest+"s" == first) {
		return true
	}
	return rest == "%" && (unit == "%" || strings.HasPrefix(unit, "percent"))
}
