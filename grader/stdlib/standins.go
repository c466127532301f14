package stdlib

import (
	"log"
	"os"
	"reflect"
	"strings"
)

// standIns are names offered with Lectern's own implementation, beside
// the generated symbols of their package: the real one cannot answer
// truthfully for interpreted code.
var standIns = map[string]map[string]reflect.Value{
	// runtime.Caller would report the interpreter's own frames, which
	// are no file of the learner's. It reports instead that it cannot
	// say (ok false, as Go allows), so that a test which only names its
	// caller's line in a message runs (Exercism's robot-simulator does).
	"runtime": {
		"Caller": reflect.ValueOf(func(skip int) (pc uintptr, file string, line int, ok bool) { return 0, "", 0, false }),
	},
	// The program's environment is empty, as the interpreter's is: the
	// worker's own is no business of the code's (and would change from
	// one machine to the next).
	"os": {
		"Getenv":    reflect.ValueOf(func(key string) string { return "" }),
		"LookupEnv": reflect.ValueOf(func(key string) (string, bool) { return "", false }),
		"Environ":   reflect.ValueOf(func() []string { return []string{} }),
		"ExpandEnv": reflect.ValueOf(func(s string) string { return os.Expand(s, func(string) string { return "" }) }),
	},
}

// withStandIns returns build with the stand-ins of table key
// ("importpath/name") added.
func withStandIns(key string, build func() map[string]reflect.Value) func() map[string]reflect.Value {
	extra, ok := standIns[key[:max(strings.LastIndex(key, "/"), 0)]]
	if !ok {
		return build
	}
	return func() map[string]reflect.Value {
		syms := build()
		for name, v := range extra {
			syms[name] = v
		}
		return syms
	}
}

// log's Fatal functions, as the generated symbols name them (yaegi's
// extract does not let interpreted code exit the process): they panic with
// the message instead, which fails the test that called them, as the exit
// of go test's binary would (the worker, which writes the standard logger
// to the program's output, has its own; see the sandbox's logSymbols).
func logFatal(v ...any)                 { log.Panic(v...) }
func logFatalf(format string, v ...any) { log.Panicf(format, v...) }
func logFatalln(v ...any)               { log.Panicln(v...) }
