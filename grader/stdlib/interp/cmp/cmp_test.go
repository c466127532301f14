package cmp_test

import (
	std "cmp"
	"fmt"
	"math"
	"testing"

	ours "github.com/lectern-dev/lectern/grader/stdlib/interp/cmp"
)

func check(t *testing.T, what, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s: got %s, want %s", what, got, want)
	}
}

func TestFloats(t *testing.T) {
	nan := math.NaN()
	negZero := math.Copysign(0, -1)
	vals := []float64{nan, math.Float64frombits(0x7ff8000000000001), math.Inf(-1), -1, negZero, 0, 0.5, 1, math.Inf(1), math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, x := range vals {
		for _, y := range vals {
			what := fmt.Sprint(x, " ", y)
			check(t, "Compare "+what, fmt.Sprint(ours.Compare(x, y)), fmt.Sprint(std.Compare(x, y)))
			check(t, "Less "+what, fmt.Sprint(ours.Less(x, y)), fmt.Sprint(std.Less(x, y)))
			check(t, "Compare32 "+what, fmt.Sprint(ours.Compare(float32(x), float32(y))), fmt.Sprint(std.Compare(float32(x), float32(y))))
			check(t, "Less32 "+what, fmt.Sprint(ours.Less(float32(x), float32(y))), fmt.Sprint(std.Less(float32(x), float32(y))))
		}
	}
}

type celsius float64
type name string

func TestOthers(t *testing.T) {
	ints := []int{math.MinInt, -1, 0, 1, math.MaxInt}
	for _, x := range ints {
		for _, y := range ints {
			what := fmt.Sprint(x, " ", y)
			check(t, "Compare "+what, fmt.Sprint(ours.Compare(x, y)), fmt.Sprint(std.Compare(x, y)))
			check(t, "Less "+what, fmt.Sprint(ours.Less(x, y)), fmt.Sprint(std.Less(x, y)))
			check(t, "Compare uint "+what, fmt.Sprint(ours.Compare(uint(x), uint(y))), fmt.Sprint(std.Compare(uint(x), uint(y))))
			check(t, "Less int8 "+what, fmt.Sprint(ours.Less(int8(x), int8(y))), fmt.Sprint(std.Less(int8(x), int8(y))))
		}
	}
	strs := []string{"", "a", "ab", "b", "\xff"}
	for _, x := range strs {
		for _, y := range strs {
			check(t, "Compare "+x+" "+y, fmt.Sprint(ours.Compare(x, y)), fmt.Sprint(std.Compare(x, y)))
			check(t, "Less "+x+" "+y, fmt.Sprint(ours.Less(name(x), name(y))), fmt.Sprint(std.Less(name(x), name(y))))
		}
	}
	check(t, "Compare celsius", fmt.Sprint(ours.Compare(celsius(math.NaN()), 1)), fmt.Sprint(std.Compare(celsius(math.NaN()), 1)))
	check(t, "Compare uintptr", fmt.Sprint(ours.Compare(uintptr(1), 2)), fmt.Sprint(std.Compare(uintptr(1), 2)))
}

// Ordered has the real one's type set: every type satisfying one satisfies
// the other (checked by the compiler, as each is used as the other).
func viaOurs[T ours.Ordered](x, y T) int { return std.Compare(x, y) }
func viaStd[T std.Ordered](x, y T) int   { return ours.Compare(x, y) }

func TestOrdered(t *testing.T) {
	check(t, "viaOurs", fmt.Sprint(viaOurs(1, 2), viaOurs("b", "a"), viaOurs(celsius(1), 1)), "-1 1 0")
	check(t, "viaStd", fmt.Sprint(viaStd(1, 2), viaStd("b", "a"), viaStd(celsius(1), 1)), "-1 1 0")
}

func TestOr(t *testing.T) {
	check(t, "Or()", fmt.Sprint(ours.Or[int]()), fmt.Sprint(std.Or[int]()))
	check(t, "Or ints", fmt.Sprint(ours.Or(0, 0, 3, 4)), fmt.Sprint(std.Or(0, 0, 3, 4)))
	check(t, "Or zeros", fmt.Sprint(ours.Or(0, 0)), fmt.Sprint(std.Or(0, 0)))
	check(t, "Or strings", fmt.Sprint(ours.Or("", "x", "y")), fmt.Sprint(std.Or("", "x", "y")))
	type p struct{ a, b int }
	check(t, "Or structs", fmt.Sprint(ours.Or(p{}, p{0, 1}, p{2, 0})), fmt.Sprint(std.Or(p{}, p{0, 1}, p{2, 0})))
	// -0.0 == 0 is the zero value; NaN is not.
	check(t, "Or -0", fmt.Sprint(ours.Or(math.Copysign(0, -1), 2)), fmt.Sprint(std.Or(math.Copysign(0, -1), 2)))
	check(t, "Or NaN", fmt.Sprint(ours.Or(math.NaN(), 2)), fmt.Sprint(std.Or(math.NaN(), 2)))
	var e1, e2 error
	check(t, "Or nil errors", fmt.Sprint(ours.Or(e1, e2)), fmt.Sprint(std.Or(e1, e2)))
}
