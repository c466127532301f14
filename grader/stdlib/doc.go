// Package stdlib is the grader's window onto the Go standard library: the
// yaegi symbol maps of exactly the packages listed in packages.txt (so the
// interpreter can run them) and their gc export data (so the host type checker
// can check learner code against them without a Go toolchain at run time).
//
// Both are generated from packages.txt; see internal/gen.
package stdlib

//go:generate go run ./internal/gen

import (
	"reflect"
)

// symbolTables builds the yaegi symbol maps, keyed "importpath/name" as
// yaegi expects ("fmt/fmt", "unicode/utf8/utf8"), each when first asked
// for (see SymbolsFor). The generated sym_*.go files fill it.
var symbolTables = map[string]func() map[string]reflect.Value{}
