// Command gen regenerates the grader's view of the standard library from
// packages.txt: yaegi symbol maps (sym_*.go, via yaegi's extract package, the
// same code as `yaegi extract`) and gc export data reduced to the __.PKGDEF
// member (export/*.a) for the host type checker. It needs a Go toolchain and
// runs only at development time: go generate ./grader/stdlib
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/lectern-dev/lectern/grader/stdlib/internal/genlib"
)

func main() {
	dir := flag.String("dir", ".", "the grader/stdlib directory to write into")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	list, err := os.ReadFile(filepath.Join(dir, "packages.txt"))
	if err != nil {
		return err
	}
	pkgs := genlib.ParseList(list)
	files, err := genlib.Generate(pkgs, genlib.Only(list), func(name string, args ...string) ([]byte, error) {
		cmd := exec.Command(name, args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return nil, fmt.Errorf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
		}
		return out, nil
	})
	if err != nil {
		return err
	}
	// Remove generated files that are no longer wanted.
	old, _ := filepath.Glob(filepath.Join(dir, "sym_*.go"))
	olda, _ := filepath.Glob(filepath.Join(dir, "export", "*.a"))
	for _, f := range append(old, olda...) {
		rel, _ := filepath.Rel(dir, f)
		if _, ok := files[filepath.ToSlash(rel)]; !ok {
			if err := os.Remove(f); err != nil {
				return err
			}
		}
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
