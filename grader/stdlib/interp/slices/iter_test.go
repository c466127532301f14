package slices_test

import (
	"fmt"
	"iter"
	std "slices"
	"testing"

	ours "github.com/lectern-dev/lectern/grader/stdlib/interp/slices"
)

// take collects at most n pairs of seq (all when n < 0), stopping it
// early by returning false.
func take2[K, V any](seq iter.Seq2[K, V], n int) string {
	out := ""
	seq(func(k K, v V) bool {
		if n == 0 {
			out += "|stop"
			return false
		}
		n--
		out += fmt.Sprintf("[%v %v]", k, v)
		return true
	})
	return out
}

func take[V any](seq iter.Seq[V], n int) string {
	out := ""
	seq(func(v V) bool {
		if n == 0 {
			out += "|stop"
			return false
		}
		n--
		out += fmt.Sprintf("[%v]", v)
		return true
	})
	return out
}

func TestIterators(t *testing.T) {
	for _, s := range [][]string{nil, {}, {"a"}, {"a", "b", "c"}} {
		for n := -1; n <= 4; n++ {
			check(t, fmt.Sprint("All ", s, n), take2(ours.All(s), n), take2(std.All(s), n))
			check(t, fmt.Sprint("Backward ", s, n), take2(ours.Backward(s), n), take2(std.Backward(s), n))
			check(t, fmt.Sprint("Values ", s, n), take(ours.Values(s), n), take(std.Values(s), n))
		}
		// Each call of the iterator walks the slice again.
		seq := ours.Values(s)
		check(t, fmt.Sprint("Values twice ", s), take(seq, -1)+take(seq, -1), take(std.Values(s), -1)+take(std.Values(s), -1))
	}
	// The iterator sees the slice's elements as they are when it runs.
	s := []int{1, 2, 3}
	seq := ours.Values(s)
	s[1] = 20
	check(t, "Values live", take(seq, -1), "[1][20][3]")
}

func TestCollect(t *testing.T) {
	empty := func(yield func(int) bool) {}
	check(t, "Collect empty", describe(ours.Collect(empty)), describe(std.Collect(empty)))
	check(t, "Collect", describe(ours.Collect(std.Values([]int{1, 2, 3}))), describe(std.Collect(std.Values([]int{1, 2, 3}))))
	// Collecting one of our iterators, typed iter.Seq.
	check(t, "Collect ours", describe(ours.Collect(ours.Values([]string{"x", "y"}))), describe(std.Collect(std.Values([]string{"x", "y"}))))
	for _, base := range [][]int{nil, {}, make([]int, 1, 5), {1, 2}} {
		for _, vals := range [][]int{nil, {7}, {7, 8, 9, 10, 11}} {
			a, b := twin(base)
			got := ours.AppendSeq(a, std.Values(vals))
			want := std.AppendSeq(b, std.Values(vals))
			check(t, fmt.Sprint("AppendSeq ", describe(base), vals), describe(got), describe(want))
		}
	}
	check(t, "Sorted empty", describe(ours.Sorted(empty)), describe(std.Sorted(empty)))
	check(t, "Sorted", describe(ours.Sorted(std.Values([]int{3, 1, 2}))), describe(std.Sorted(std.Values([]int{3, 1, 2}))))
	ps := []pt{{2, 0}, {1, 1}, {2, 2}, {1, 3}, {0, 4}, {2, 5}, {1, 6}, {0, 7}, {2, 8}, {1, 9}, {0, 10}, {2, 11}, {1, 12}, {0, 13}, {5, 14}}
	check(t, "SortedFunc", describe(ours.SortedFunc(std.Values(ps), cmpPt)), describe(std.SortedFunc(std.Values(ps), cmpPt)))
	check(t, "SortedStableFunc", describe(ours.SortedStableFunc(std.Values(ps), cmpPt)), describe(std.SortedStableFunc(std.Values(ps), cmpPt)))
	noPts := func(yield func(pt) bool) {}
	check(t, "SortedFunc empty", describe(ours.SortedFunc(noPts, cmpPt)), describe(std.SortedFunc(noPts, cmpPt)))
	check(t, "SortedStableFunc empty", describe(ours.SortedStableFunc(noPts, cmpPt)), describe(std.SortedStableFunc(noPts, cmpPt)))
}

func TestChunk(t *testing.T) {
	for _, base := range bases() {
		for n := -1; n <= 8; n++ {
			for stop := -1; stop <= 3; stop++ {
				var got, want string
				gp := catch(func() {
					seq := ours.Chunk(base, n)
					got = chunks(seq, stop)
				})
				wp := catch(func() {
					seq := std.Chunk(base, n)
					want = chunks(seq, stop)
				})
				what := fmt.Sprintf("Chunk(%s, %d) stop %d", describe(base), n, stop)
				check(t, what+" panic", gp, wp)
				check(t, what, got, want)
			}
		}
	}
	// Chunk panics when called, not when its iterator runs.
	check(t, "Chunk panics early", catch(func() { _ = ours.Chunk([]int{1}, 0) }), catch(func() { _ = std.Chunk([]int{1}, 0) }))
}

func chunks[E any](seq iter.Seq[[]E], stop int) string {
	out := ""
	seq(func(c []E) bool {
		if stop == 0 {
			return false
		}
		stop--
		out += describe(c) + ";"
		return true
	})
	return out
}
