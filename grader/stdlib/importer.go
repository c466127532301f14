package stdlib

import (
	"bytes"
	"embed"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/lectern-dev/lectern/grader/stdlib/internal/genlib"
)

//go:embed packages.txt
var packagesTxt []byte

//go:embed export/*.a
var exportFS embed.FS

//go:embed interp
var interpFS embed.FS

// Interpreted reports whether the interpreter runs package path from
// Lectern's own source (see Sources) rather than from symbols.
func Interpreted(path string) bool { return genlib.Interpreted(path) }

// Sources returns the Go files (name -> source) of an interpreted
// package, without its tests.
func Sources(path string) map[string]string {
	if !Interpreted(path) {
		return nil
	}
	entries, err := interpFS.ReadDir("interp/" + path)
	if err != nil {
		return nil
	}
	out := map[string]string{}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".go") && !strings.HasSuffix(e.Name(), "_test.go") {
			data, err := interpFS.ReadFile("interp/" + path + "/" + e.Name())
			if err == nil {
				out[e.Name()] = string(data)
			}
		}
	}
	return out
}

// Packages lists the import paths the grader supports, in packages.txt order.
func Packages() []string { return slices.Clone(packageList()) }

var packageList = sync.OnceValue(func() []string { return genlib.ParseList(packagesTxt) })

// Supported reports whether path is in packages.txt.
func Supported(path string) bool { return slices.Contains(packageList(), path) }

// SymbolsFor returns the yaegi symbol map of a supported package and its
// key ("importpath/name": the name is the package's, which for
// math/rand/v2 is not the last element of its path). The map is built on
// the first call and shared: copy it to change it.
func SymbolsFor(path string) (key string, syms map[string]reflect.Value, ok bool) {
	for k, build := range tables() {
		if rest, found := strings.CutPrefix(k, path+"/"); found && !strings.Contains(rest, "/") {
			return k, build(), true
		}
	}
	return "", nil, false
}

// WarmSymbols builds every symbol map now: a worker calls it while it
// waits for its job, so that the job does not wait for them.
func WarmSymbols() {
	for _, build := range tables() {
		build()
	}
}

// tables are the symbol maps, each built once.
var tables = sync.OnceValue(func() map[string]func() map[string]reflect.Value {
	m := make(map[string]func() map[string]reflect.Value, len(symbolTables))
	for k, build := range symbolTables {
		m[k] = sync.OnceValue(withStandIns(k, build))
	}
	return m
})

// ExportData returns the embedded gc export data of an allowed package.
func ExportData(path string) ([]byte, error) {
	if !Supported(path) {
		return nil, fmt.Errorf("package %q is not available", path)
	}
	return exportFS.ReadFile("export/" + genlib.FileStem(path) + ".a")
}

// NewImporter returns a types.Importer that serves only the embedded
// packages. Packages it imported are cached inside it, so keep one around
// to make repeated checks cheap.
func NewImporter(fset *token.FileSet) types.Importer {
	return importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		data, err := ExportData(path)
		if err != nil {
			return nil, err
		}
		return io.NopCloser(bytes.NewReader(data)), nil
	})
}

var (
	sharedMu   sync.Mutex
	sharedFset = token.NewFileSet()
	sharedImp  = NewImporter(sharedFset)
)

// SharedImporter is a process-wide importer whose decoded packages are
// reused between checks (decoding fmt's export data is most of a check's
// cost). It is safe for concurrent use. Positions inside imported packages
// refer to an internal FileSet; learner diagnostics never point there.
type SharedImporter struct{}

// Import implements types.Importer.
func (SharedImporter) Import(path string) (*types.Package, error) {
	sharedMu.Lock()
	defer sharedMu.Unlock()
	return sharedImp.Import(path)
}

// TypeParams lists the type parameters, by name, of generic function name
// in Lectern's source of interpreted package path; ok is false when it
// has none or there is no such function. They may differ from the
// standard library's: slices' and maps' S ~[]E and M ~map[K]V are left
// out, and maps.EqualFunc has a K2 that is always K (see its comment).
func TypeParams(path, name string) (params []string, ok bool) {
	params, ok = interpTypeParams(path)[name]
	return params, ok
}

// interpTypeParams parses an interpreted package's function headers
// once: name -> type parameter names.
var interpTypeParams = func() func(string) map[string][]string {
	var mu sync.Mutex
	cache := map[string]map[string][]string{}
	return func(path string) map[string][]string {
		mu.Lock()
		defer mu.Unlock()
		if m, ok := cache[path]; ok {
			return m
		}
		m := map[string][]string{}
		fset := token.NewFileSet()
		for name, src := range Sources(path) {
			f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
			if err != nil {
				continue
			}
			for _, d := range f.Decls {
				fn, isFunc := d.(*ast.FuncDecl)
				if !isFunc || fn.Recv != nil || fn.Type.TypeParams == nil {
					continue
				}
				var names []string
				for _, field := range fn.Type.TypeParams.List {
					for _, n := range field.Names {
						names = append(names, n.Name)
					}
				}
				m[fn.Name.Name] = names
			}
		}
		cache[path] = m
		return m
	}
}()

// InterpretedGeneric reports whether a package the interpreter runs from
// Lectern's source declares a generic function of this name.
func InterpretedGeneric(name string) bool {
	for _, path := range packageList() {
		if Interpreted(path) {
			if _, ok := interpTypeParams(path)[name]; ok {
				return true
			}
		}
	}
	return false
}
