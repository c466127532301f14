// Package iter is Lectern's source for the standard package iter, which the
// interpreter (yaegi v0.16.1) loads in place of the real one: the host
// type-checks learner code against the real package, the interpreter runs
// this. It declares the same exported identifiers with the same meaning.
//
// yaegi cannot range over a function, so code running in it calls an
// iterator directly: seq(func(v V) bool { ...; return true }).
//
// Pull and Pull2 take their sequence as the plain function type underlying
// Seq and Seq2 (any Seq or Seq2 is assignable to it): yaegi resolves a
// generic function's parameter types in the caller's scope when it infers
// type arguments, where Seq is unknown. They run the sequence on a
// goroutine of its own, handed control to and fro over channels, instead of
// the runtime's coroutines; see Pull for what that changes. They declare
// their results first: yaegi v0.16.1 reads the results of a generic
// function called in a variable declaration (`var next, stop =
// iter.Pull(seq)`) from its first local variables instead of its results.
package iter

// Seq is an iterator over sequences of individual values. When called as
// seq(yield), seq calls yield(v) for each value v in the sequence,
// stopping early if yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values, most commonly
// key-value pairs. When called as seq(yield), seq calls yield(k, v) for
// each pair (k, v) in the sequence, stopping early if yield returns false.
type Seq2[K, V any] func(yield func(K, V) bool)

// Pull converts the push-style iterator seq into a pull-style iterator
// accessed by the two functions next and stop.
//
// Next returns the next value in the sequence and whether it is valid.
// When the sequence is over, next returns the zero V and false, and keeps
// doing so if called again, as it does after stop.
//
// Stop ends the iteration. It must be called when the caller is no longer
// interested in next values and next has not yet signalled that the
// sequence is over. It is valid to call stop multiple times and when next
// has already returned false. If stop is called before next, seq is never
// called.
//
// It is an error to call next or stop from multiple goroutines
// simultaneously.
//
// If the iterator panics during a call to next (or stop), then next (or
// stop) itself panics with the same value.
//
// Unlike the real Pull, seq runs on a goroutine of its own (started by the
// first call of next), which waits for the caller while the caller runs. If
// seq calls runtime.Goexit, the real next and stop call runtime.Goexit in
// turn; these panic with "iter.Pull: the iterator called runtime.Goexit"
// instead. A Pull whose stop is never called (and whose sequence is not
// run to its end) leaves its goroutine blocked for good.
func Pull[V any](seq func(yield func(V) bool)) (func() (V, bool), func()) {
	// The results first (see the package comment).
	var next func() (V, bool)
	var stop func()
	var v V
	ok := false
	done := false      // the sequence is over: ended, stopped, or panicked
	yieldNext := false // next is waiting for seq to yield
	started := false
	seqDone := false // seq returned normally
	panicked := false
	var panicValue any
	resume := make(chan struct{})  // the caller hands control to seq
	suspend := make(chan struct{}) // seq hands control back

	run := func() {
		defer func() {
			r := recover()
			if r != nil {
				panicked = true
				panicValue = r
			} else if !seqDone {
				panicked = true
				panicValue = goexitValue("iter.Pull")
			}
			done = true
			suspend <- struct{}{}
		}()
		yield := func(v1 V) bool {
			if done {
				return false
			}
			if !yieldNext {
				panic("iter.Pull: yield called again before next")
			}
			yieldNext = false
			v = v1
			ok = true
			suspend <- struct{}{}
			<-resume
			return !done
		}
		seq(yield)
		var zero V
		v = zero
		ok = false
		seqDone = true
	}
	// switchToSeq runs seq until it yields or ends.
	switchToSeq := func() {
		if started {
			resume <- struct{}{}
		} else {
			started = true
			go run()
		}
		<-suspend
	}
	next = func() (V, bool) {
		if done {
			var zero V
			return zero, false
		}
		if yieldNext {
			panic("iter.Pull: next called again before yield")
		}
		yieldNext = true
		switchToSeq()
		if panicked {
			panic(panicValue)
		}
		return v, ok
	}
	stop = func() {
		if done {
			return
		}
		done = true
		if !started {
			return
		}
		switchToSeq()
		if panicked {
			panic(panicValue)
		}
	}
	return next, stop
}

// Pull2 converts the push-style iterator seq into a pull-style iterator
// accessed by the two functions next and stop. It is Pull for sequences of
// pairs: next returns the next pair and whether it is valid, a pair of zero
// values and false once the sequence is over. Everything said of Pull holds
// for Pull2 (with "iter.Pull2" in its panic messages).
func Pull2[K, V any](seq func(yield func(K, V) bool)) (func() (K, V, bool), func()) {
	var next func() (K, V, bool)
	var stop func()
	var k K
	var v V
	ok := false
	done := false
	yieldNext := false
	started := false
	seqDone := false
	panicked := false
	var panicValue any
	resume := make(chan struct{})
	suspend := make(chan struct{})

	run := func() {
		defer func() {
			r := recover()
			if r != nil {
				panicked = true
				panicValue = r
			} else if !seqDone {
				panicked = true
				panicValue = goexitValue("iter.Pull2")
			}
			done = true
			suspend <- struct{}{}
		}()
		yield := func(k1 K, v1 V) bool {
			if done {
				return false
			}
			if !yieldNext {
				panic("iter.Pull2: yield called again before next")
			}
			yieldNext = false
			k = k1
			v = v1
			ok = true
			suspend <- struct{}{}
			<-resume
			return !done
		}
		seq(yield)
		var zeroK K
		var zeroV V
		k = zeroK
		v = zeroV
		ok = false
		seqDone = true
	}
	switchToSeq := func() {
		if started {
			resume <- struct{}{}
		} else {
			started = true
			go run()
		}
		<-suspend
	}
	next = func() (K, V, bool) {
		if done {
			var zeroK K
			var zeroV V
			return zeroK, zeroV, false
		}
		if yieldNext {
			panic("iter.Pull2: next called again before yield")
		}
		yieldNext = true
		switchToSeq()
		if panicked {
			panic(panicValue)
		}
		return k, v, ok
	}
	stop = func() {
		if done {
			return
		}
		done = true
		if !started {
			return
		}
		switchToSeq()
		if panicked {
			panic(panicValue)
		}
	}
	return next, stop
}

// goexitValue is what next and stop panic with when seq called
// runtime.Goexit (the real ones call runtime.Goexit themselves).
func goexitValue(fn string) string {
	return fn + ": the iterator called runtime.Goexit"
}
