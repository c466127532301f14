package stdlib

import (
	"bytes"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/lectern-dev/lectern/grader/stdlib/internal/genlib"
)

func TestEveryPackageHasSymbolsAndExportData(t *testing.T) {
	pkgs := Packages()
	if len(pkgs) == 0 {
		t.Fatal("packages.txt lists no packages")
	}
	imp := NewImporter(token.NewFileSet())
	for _, p := range pkgs {
		if Interpreted(p) {
			if len(Sources(p)) == 0 {
				t.Errorf("no interpreted source for %s (interp/%s)", p, p)
			}
		} else if _, syms, ok := SymbolsFor(p); !ok || len(syms) == 0 {
			t.Errorf("no yaegi symbols for %s; run go generate ./grader/stdlib", p)
		}
		pkg, err := imp.Import(p)
		if err != nil {
			t.Errorf("import %s from embedded export data: %v", p, err)
			continue
		}
		if pkg.Path() != p || pkg.Scope().Len() == 0 {
			t.Errorf("import %s: got package %q with %d names", p, pkg.Path(), pkg.Scope().Len())
		}
	}
	// Nothing else may be exposed to the interpreter.
	for key := range symbolTables {
		dir := key[:strings.LastIndex(key, "/")]
		if !Supported(dir) {
			t.Errorf("the symbol tables have %q, which packages.txt does not list", key)
		}
	}
	if _, err := imp.Import("os/exec"); err == nil {
		t.Error("importer served os/exec, which is not in packages.txt")
	}
}

// TestGeneratedFilesAreFresh regenerates everything in memory and compares
// it with the committed files, so a stale or missing file fails CI.
func TestGeneratedFilesAreFresh(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go toolchain on PATH")
	}
	want, err := genlib.Generate(Packages(), genlib.Only(packagesTxt), func(name string, args ...string) ([]byte, error) {
		return exec.Command(name, args...).Output()
	})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for name := range want {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		got, err := os.ReadFile(filepath.FromSlash(name))
		if err != nil {
			t.Errorf("%s is missing; run go generate ./grader/stdlib", name)
			continue
		}
		if !bytes.Equal(got, want[name]) {
			t.Errorf("%s is stale; run go generate ./grader/stdlib", name)
		}
	}
	extra, _ := filepath.Glob("sym_*.go")
	extraA, _ := filepath.Glob("export/*.a")
	for _, f := range append(extra, extraA...) {
		if _, ok := want[filepath.ToSlash(f)]; !ok {
			t.Errorf("%s is not generated from packages.txt; run go generate ./grader/stdlib", f)
		}
	}
}
