package iter_test

import (
	"fmt"
	std "iter"
	"runtime"
	"strings"
	"testing"

	ours "github.com/lectern-dev/lectern/grader/stdlib/interp/iter"
)

// A script drives a pull iterator: 'n' calls next, 's' calls stop. The
// sequence and the script both write to one log, so the log shows how
// control passed between them; panics of next and stop are logged too.

type logger struct{ b strings.Builder }

func (l *logger) printf(format string, args ...any) { fmt.Fprintf(&l.b, format+"; ", args...) }

// seqs are sequences of 0 to 3 values, with misbehaviours: panicking at
// some point, panicking when told to stop, ignoring a false from yield,
// and calling next from inside the sequence.
func seqs(l *logger, next *func() (int, bool)) map[string]func(yield func(int) bool) {
	upTo := func(n int) func(yield func(int) bool) {
		return func(yield func(int) bool) {
			l.printf("seq starts")
			for i := 1; i <= n; i++ {
				ok := yield(i * 10)
				l.printf("yield(%d) = %v", i*10, ok)
				if !ok {
					l.printf("seq returns early")
					return
				}
			}
			l.printf("seq ends")
		}
	}
	return map[string]func(yield func(int) bool){
		"empty": upTo(0),
		"one":   upTo(1),
		"three": upTo(3),
		"panicFirst": func(yield func(int) bool) {
			l.printf("seq starts")
			panic("boom")
		},
		"panicSecond": func(yield func(int) bool) {
			l.printf("seq starts")
			yield(1)
			panic(fmt.Errorf("boom %d", 2))
		},
		"panicOnStop": func(yield func(int) bool) {
			l.printf("seq starts")
			if !yield(1) {
				panic("stopped")
			}
		},
		"ignoresStop": func(yield func(int) bool) {
			l.printf("seq starts")
			for i := 0; i < 3; i++ {
				l.printf("yield(%d) = %v", i, yield(i))
			}
		},
		"reentrant": func(yield func(int) bool) {
			l.printf("seq starts")
			yield(1)
			v, ok := (*next)()
			l.printf("inner next = %v %v", v, ok)
		},
	}
}

func run(l *logger, next func() (int, bool), stop func(), script string) {
	for _, op := range script {
		func() {
			defer func() {
				if r := recover(); r != nil {
					l.printf("%c panics %v", op, r)
				}
			}()
			switch op {
			case 'n':
				v, ok := next()
				l.printf("next = %v %v", v, ok)
			case 's':
				stop()
				l.printf("stopped")
			}
		}()
	}
}

var scripts = []string{"", "s", "ss", "n", "nn", "nnn", "nnnn", "nnnnn", "ns", "nsn", "nns", "nnsn", "sn", "nsns", "nnnnss"}

func TestPull(t *testing.T) {
	names := []string{"empty", "one", "three", "panicFirst", "panicSecond", "panicOnStop", "ignoresStop", "reentrant"}
	for _, name := range names {
		for _, script := range scripts {
			var got, want logger
			var gotNext, wantNext func() (int, bool)
			var gotStop, wantStop func()
			gotNext, gotStop = ours.Pull(seqs(&got, &gotNext)[name])
			wantNext, wantStop = std.Pull(std.Seq[int](seqs(&want, &wantNext)[name]))
			run(&got, gotNext, gotStop, script)
			run(&want, wantNext, wantStop, script)
			if got.b.String() != want.b.String() {
				t.Errorf("Pull(%s) script %q:\n got  %s\n want %s", name, script, got.b.String(), want.b.String())
			}
		}
	}
}

func TestPull2(t *testing.T) {
	names := []string{"empty", "one", "three", "panicFirst", "panicSecond", "panicOnStop", "ignoresStop", "reentrant"}
	for _, name := range names {
		for _, script := range scripts {
			var got, want logger
			var gotNext2, wantNext2 func() (string, int, bool)
			var gotNext, wantNext func() (int, bool)
			// Pull2 over the same sequences, keyed by the value's text.
			pairs := func(l *logger, next *func() (int, bool), next2 *func() (string, int, bool)) func(yield func(string, int) bool) {
				*next = func() (int, bool) {
					_, v, ok := (*next2)()
					return v, ok
				}
				seq := seqs(l, next)[name]
				return func(yield func(string, int) bool) {
					seq(func(v int) bool { return yield(fmt.Sprint("k", v), v) })
				}
			}
			var gotStop, wantStop func()
			gotNext2, gotStop = ours.Pull2(pairs(&got, &gotNext, &gotNext2))
			wantNext2, wantStop = std.Pull2(std.Seq2[string, int](pairs(&want, &wantNext, &wantNext2)))
			run2(&got, gotNext2, gotStop, script)
			run2(&want, wantNext2, wantStop, script)
			if got.b.String() != want.b.String() {
				t.Errorf("Pull2(%s) script %q:\n got  %s\n want %s", name, script, got.b.String(), want.b.String())
			}
		}
	}
}

func run2(l *logger, next func() (string, int, bool), stop func(), script string) {
	for _, op := range script {
		func() {
			defer func() {
				if r := recover(); r != nil {
					l.printf("%c panics %v", op, r)
				}
			}()
			switch op {
			case 'n':
				k, v, ok := next()
				l.printf("next = %q %v %v", k, v, ok)
			case 's':
				stop()
				l.printf("stopped")
			}
		}()
	}
}

// TestPullStruct pulls values of a struct type, and a Seq value.
func TestPullStruct(t *testing.T) {
	type p struct {
		A int
		B string
	}
	var seq std.Seq[p] = func(yield func(p) bool) {
		_ = yield(p{1, "a"}) && yield(p{2, "b"})
	}
	next, stop := ours.Pull(seq)
	defer stop()
	var out []string
	for {
		v, ok := next()
		out = append(out, fmt.Sprint(v, ok))
		if !ok {
			break
		}
	}
	if got := strings.Join(out, " "); got != "{1 a} true {2 b} true {0 } false" {
		t.Errorf("got %s", got)
	}
}

// TestPullGoexit documents the one difference: when the sequence calls
// runtime.Goexit, the real next calls runtime.Goexit too; ours panics.
func TestPullGoexit(t *testing.T) {
	next, stop := ours.Pull(func(yield func(int) bool) { runtime.Goexit() })
	defer stop()
	var msg any
	func() {
		defer func() { msg = recover() }()
		next()
	}()
	if fmt.Sprint(msg) != "iter.Pull: the iterator called runtime.Goexit" {
		t.Errorf("next panicked with %v", msg)
	}
	if v, ok := next(); v != 0 || ok {
		t.Errorf("next after Goexit = %v %v", v, ok)
	}
}

// TestPullNoGoroutineLeft checks that a finished or stopped Pull leaves no
// goroutine behind, and that one never started starts none.
func TestPullNoGoroutineLeft(t *testing.T) {
	before := runtime.NumGoroutine()
	for i := 0; i < 100; i++ {
		next, stop := ours.Pull(func(yield func(int) bool) { _ = yield(1) && yield(2) })
		switch i % 3 {
		case 0:
			for {
				if _, ok := next(); !ok {
					break
				}
			}
		case 1:
			next()
			stop()
		case 2:
			stop()
		}
	}
	for i := 0; i < 100 && runtime.NumGoroutine() > before; i++ {
		runtime.Gosched()
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines left (%d before)", n, before)
	}
}
