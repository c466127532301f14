package maps_test

import (
	"fmt"
	std "maps"
	"math"
	"math/rand"
	"slices"
	"testing"

	ours "github.com/lectern-dev/lectern/grader/stdlib/interp/maps"
)

func check(t *testing.T, what, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s:\n got  %s\n want %s", what, got, want)
	}
}

// catch runs f and returns what it panicked with, or "" when it did not.
func catch(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("panic: ", r)
		}
	}()
	f()
	return ""
}

// describe renders a map with its nilness (fmt prints keys sorted).
func describe[K comparable, V any](m map[K]V) string {
	if m == nil {
		return "nil"
	}
	return fmt.Sprintf("len=%d %v", len(m), m)
}

func randomMap(r *rand.Rand) map[int]string {
	switch r.Intn(10) {
	case 0:
		return nil
	case 1:
		return map[int]string{}
	}
	m := map[int]string{}
	for n := r.Intn(8); n > 0; n-- {
		m[r.Intn(10)] = fmt.Sprint(r.Intn(3))
	}
	return m
}

func TestEqualCloneCopy(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for round := 0; round < 2000; round++ {
		a, b := randomMap(r), randomMap(r)
		what := describe(a) + " " + describe(b)
		check(t, "Equal "+what, fmt.Sprint(ours.Equal(a, b)), fmt.Sprint(std.Equal(a, b)))
		eq := func(x, y string) bool { return len(x) == len(y) }
		check(t, "EqualFunc "+what, fmt.Sprint(ours.EqualFunc(a, b, eq)), fmt.Sprint(std.EqualFunc(a, b, eq)))
		check(t, "Clone "+describe(a), describe(ours.Clone(a)), describe(std.Clone(a)))
		d1, d2 := std.Clone(a), std.Clone(a)
		gp := catch(func() { ours.Copy(d1, b) })
		wp := catch(func() { std.Copy(d2, b) })
		check(t, "Copy "+what, gp+describe(d1), wp+describe(d2))
		k := r.Intn(10)
		del := func(key int, v string) bool { return key < k || v == "1" }
		d1, d2 = std.Clone(a), std.Clone(a)
		ours.DeleteFunc(d1, del)
		std.DeleteFunc(d2, del)
		check(t, "DeleteFunc "+what, describe(d1), describe(d2))
	}
	// A clone is not the same map.
	m := map[string]int{"a": 1}
	c := ours.Clone(m)
	c["a"] = 2
	check(t, "Clone shares", fmt.Sprint(m), "map[a:1]")
	// Values compared with ==: NaN values are unequal, NaN keys never found.
	nan := math.NaN()
	fv := map[int]float64{1: nan}
	check(t, "Equal NaN value", fmt.Sprint(ours.Equal(fv, fv)), fmt.Sprint(std.Equal(fv, fv)))
	fk := map[float64]int{nan: 1}
	check(t, "Equal NaN key", fmt.Sprint(ours.Equal(fk, fk)), fmt.Sprint(std.Equal(fk, fk)))
	check(t, "Clone NaN key", describe(ours.Clone(fk)), describe(std.Clone(fk)))
	negZero := math.Copysign(0, -1)
	zk1 := map[float64]int{negZero: 1}
	zk2 := map[float64]int{0: 1}
	check(t, "Equal ±0 keys", fmt.Sprint(ours.Equal(zk1, zk2)), fmt.Sprint(std.Equal(zk1, zk2)))
	// EqualFunc on interface keys, the nil one too, and values of another type.
	ik1 := map[any]int{nil: 1, 2: 2, "x": 3}
	ik2 := map[any]string{nil: "1", 2: "2", "x": "3"}
	ieq := func(a int, b string) bool { return fmt.Sprint(a) == b }
	check(t, "EqualFunc any keys", fmt.Sprint(ours.EqualFunc(ik1, ik2, ieq)), fmt.Sprint(std.EqualFunc(ik1, ik2, ieq)))
	ik2[nil] = "0"
	check(t, "EqualFunc any keys 2", fmt.Sprint(ours.EqualFunc(ik1, ik2, ieq)), fmt.Sprint(std.EqualFunc(ik1, ik2, ieq)))
	// Named map types.
	type M map[string]int
	check(t, "Equal named", fmt.Sprint(ours.Equal(M{"a": 1}, map[string]int{"a": 1})), fmt.Sprint(std.Equal(M{"a": 1}, map[string]int{"a": 1})))
	check(t, "type of Clone(M)", fmt.Sprintf("%T", ours.Clone(M{})), "map[string]int")
}

// sortedKeys collects a map iterator's keys (or values) in order, and
// stops it early after n when n >= 0.
func collect[V any](seq func(yield func(V) bool), n int) []string {
	var out []string
	seq(func(v V) bool {
		if n == 0 {
			return false
		}
		n--
		out = append(out, fmt.Sprint(v))
		return true
	})
	return out
}

func TestIterators(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for round := 0; round < 500; round++ {
		m := randomMap(r)
		keys := collect(ours.Keys(m), -1)
		slices.Sort(keys)
		wantKeys := collect(std.Keys(m), -1)
		slices.Sort(wantKeys)
		check(t, "Keys "+describe(m), fmt.Sprint(keys), fmt.Sprint(wantKeys))
		values := collect(ours.Values(m), -1)
		slices.Sort(values)
		wantValues := collect(std.Values(m), -1)
		slices.Sort(wantValues)
		check(t, "Values "+describe(m), fmt.Sprint(values), fmt.Sprint(wantValues))
		var pairs []string
		ours.All(m)(func(k int, v string) bool { pairs = append(pairs, fmt.Sprint(k, v)); return true })
		var wantPairs []string
		std.All(m)(func(k int, v string) bool { wantPairs = append(wantPairs, fmt.Sprint(k, v)); return true })
		slices.Sort(pairs)
		slices.Sort(wantPairs)
		check(t, "All "+describe(m), fmt.Sprint(pairs), fmt.Sprint(wantPairs))
		// Stopping early yields exactly n.
		for n := 0; n <= 3; n++ {
			check(t, fmt.Sprint("Keys stop ", n, describe(m)), fmt.Sprint(len(collect(ours.Keys(m), n))), fmt.Sprint(len(collect(std.Keys(m), n))))
			count := 0
			ours.All(m)(func(int, string) bool { count++; return count < n })
			wantCount := 0
			std.All(m)(func(int, string) bool { wantCount++; return wantCount < n })
			check(t, fmt.Sprint("All stop ", n, describe(m)), fmt.Sprint(count), fmt.Sprint(wantCount))
		}
		check(t, "Collect "+describe(m), describe(ours.Collect(std.All(m))), describe(std.Collect(std.All(m))))
		check(t, "Collect ours "+describe(m), describe(ours.Collect(ours.All(m))), describe(std.Collect(std.All(m))))
		dst1, dst2 := randomMap(r), randomMap(r)
		if dst1 == nil {
			dst1 = map[int]string{}
		}
		dst2 = std.Clone(dst1)
		ours.Insert(dst1, std.All(m))
		std.Insert(dst2, std.All(m))
		check(t, "Insert "+describe(m), describe(dst1), describe(dst2))
	}
	// Collect of an empty sequence is an empty, non-nil map.
	empty := func(yield func(string, int) bool) {}
	check(t, "Collect empty", describe(ours.Collect(empty)), describe(std.Collect(empty)))
	// Later pairs of the sequence overwrite earlier ones.
	dup := func(yield func(string, int) bool) { _ = yield("a", 1) && yield("a", 2) && yield("b", 3) }
	check(t, "Collect dup", describe(ours.Collect(dup)), describe(std.Collect(dup)))
	// Insert into a nil map panics like the real one.
	var nilMap map[string]int
	check(t, "Insert nil", catch(func() { ours.Insert(nilMap, dup) }), catch(func() { std.Insert(nilMap, dup) }))
	check(t, "Copy nil", catch(func() { ours.Copy(nilMap, map[string]int{"a": 1}) }), catch(func() { std.Copy(nilMap, map[string]int{"a": 1}) }))
	check(t, "Copy nil empty", catch(func() { ours.Copy(nilMap, map[string]int{}) }), catch(func() { std.Copy(nilMap, map[string]int{}) }))
}
