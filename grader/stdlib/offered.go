package stdlib

import (
	"slices"

	"github.com/lectern-dev/lectern/grader/stdlib/internal/genlib"
)

// Offered reports whether the interpreter offers name of package path: a
// package packages.txt lists in part ("path: Name Name...") offers only
// those names; any other supported package, all its exported names (the
// type checker sees all of them either way, from the export data).
func Offered(path, name string) bool {
	if !Supported(path) {
		return false
	}
	if _, ok := standIns[path][name]; ok {
		return true
	}
	names, restricted := genlib.Only(packagesTxt)[path]
	return !restricted || slices.Contains(names, name)
}

// OfferedNames lists the names the interpreter offers of a package that
// packages.txt lists in part (with Lectern's stand-ins); ok is false for a
// package offered whole, or not at all.
func OfferedNames(path string) (names []string, ok bool) {
	names, ok = genlib.Only(packagesTxt)[path]
	if !ok {
		return nil, false
	}
	names = slices.Clone(names)
	for name := range standIns[path] {
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	return names, true
}
