// Package genlib produces the grader's generated standard-library artefacts.
// It is shared by the generator command and by the test that proves the
// committed files are up to date.
package genlib

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/traefik/yaegi/extract"
)

// ParseList reads packages.txt: one import path a line, # comments. A
// line "path: Name Name..." offers only those names of the package to
// the interpreter (see Only).
func ParseList(data []byte) []string {
	var pkgs []string
	for _, e := range parse(data) {
		pkgs = append(pkgs, e.path)
	}
	return pkgs
}

type entry struct {
	path  string
	names []string // nil: all
}

func parse(data []byte) []entry {
	var out []entry
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, "#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		path, names, restricted := strings.Cut(line, ":")
		e := entry{path: strings.TrimSpace(path)}
		if restricted {
			e.names = strings.Fields(names)
		}
		out = append(out, e)
	}
	return out
}

// Only returns, for each package of packages.txt offered in part, the
// names offered.
func Only(data []byte) map[string][]string {
	m := map[string][]string{}
	for _, e := range parse(data) {
		if e.names != nil {
			m[e.path] = e.names
		}
	}
	return m
}

// dropUnusedImports removes the imports a Go file no longer uses.
func dropUnusedImports(src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "sym.go", src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	used := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		var keep []ast.Spec
		for _, spec := range gd.Specs {
			is := spec.(*ast.ImportSpec)
			p, _ := strconv.Unquote(is.Path.Value)
			name := path.Base(p)
			if is.Name != nil {
				name = is.Name.Name
			}
			if used[name] {
				keep = append(keep, spec)
			}
		}
		gd.Specs = keep
	}
	var b bytes.Buffer
	if err := format.Node(&b, fset, f); err != nil {
		return nil, err
	}
	return format.Source(b.Bytes())
}

// keepSymbols drops from yaegi's generated symbol map every entry whose
// name is not in names ("_"-prefixed interface wrappers of kept
// interfaces stay).
func keepSymbols(src []byte, names []string) []byte {
	keep := map[string]bool{}
	for _, n := range names {
		keep[n] = true
		keep["_"+n] = true
	}
	var out []string
	for _, line := range strings.Split(string(src), "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "\"") && strings.Contains(t, "reflect.ValueOf(") {
			name, _, _ := strings.Cut(strings.Trim(t, "\""), "\"")
			if !keep[name] {
				continue
			}
		}
		out = append(out, line)
	}
	return []byte(strings.Join(out, "\n"))
}

// tableStart is where yaegi's init assigns a package's symbol map.
var tableStart = regexp.MustCompile(`(?m)^\tSymbols\[("[^"]+")\] = map\[string\]reflect\.Value\{$`)

// lazyTable makes the init of a yaegi symbol file register a function
// that builds the package's map, instead of building it: every lectern
// process runs every init, and only a worker grading code that imports
// the package needs its map (building them all took ~0.4 ms of each
// process's start).
func lazyTable(src []byte) ([]byte, error) {
	loc := tableStart.FindSubmatchIndex(src)
	if loc == nil {
		return nil, fmt.Errorf("no Symbols[...] = map[string]reflect.Value{ line in yaegi's output")
	}
	// The map literal ends at the first line that is a lone tab and brace.
	end := bytes.Index(src[loc[1]:], []byte("\n\t}\n"))
	if end < 0 {
		return nil, fmt.Errorf("the symbol map does not end in yaegi's output")
	}
	end += loc[1] + len("\n\t}")
	var b bytes.Buffer
	b.Write(src[:loc[0]])
	fmt.Fprintf(&b, "\tsymbolTables[%s] = func() map[string]reflect.Value {\n\t\treturn map[string]reflect.Value{", src[loc[2]:loc[3]])
	b.Write(src[loc[1]:end])
	b.WriteString("\n\t}")
	b.Write(src[end:])
	return format.Source(b.Bytes())
}

// Interpreted reports whether the grader runs package p from its own
// source (grader/stdlib/interp/<p>) rather than from yaegi symbols.
func Interpreted(p string) bool {
	switch p {
	case "cmp", "iter", "maps", "slices":
		return true
	}
	return false
}

// FileStem maps an import path to the stem used in generated file names.
func FileStem(pkg string) string { return strings.ReplaceAll(pkg, "/", "_") }

// Runner runs an external command and returns its standard output.
type Runner func(name string, args ...string) ([]byte, error)

// yaegi tags the file with the generating Go's version; the staleness test
// already ties these files to the toolchain, so the constraint is dropped.
var buildLine = regexp.MustCompile(`(?m)^//( \+build|go:build) .*\n`)

// Generate returns every generated file, keyed by slash-separated path
// relative to grader/stdlib; only, when not nil, restricts what some
// packages offer (see Only).
func Generate(pkgs []string, only map[string][]string, run Runner) (map[string][]byte, error) {
	files := map[string][]byte{}
	ext := extract.Extractor{Dest: "stdlib"}
	for _, p := range pkgs {
		if Interpreted(p) {
			continue // run from interp/<p>: no symbols
		}
		var buf bytes.Buffer
		_, err := ext.Extract(p, "", &buf)
		if err != nil {
			return nil, fmt.Errorf("extract %s: %w", p, err)
		}
		src := buf.Bytes()
		src = buildLine.ReplaceAll(src, nil)
		if names, ok := only[p]; ok {
			// Dropping symbols can leave imports unused.
			if src, err = dropUnusedImports(keepSymbols(src, names)); err != nil {
				return nil, fmt.Errorf("%s: %w", p, err)
			}
		}
		if src, err = format.Source(src); err != nil {
			return nil, fmt.Errorf("format %s: %w", p, err)
		}
		src = bytes.Replace(src, []byte("// Code generated by 'yaegi extract "+p+"'. DO NOT EDIT."),
			[]byte("// Code generated by 'yaegi extract "+p+"' (go generate ./grader/stdlib). DO NOT EDIT."), 1)
		if src, err = lazyTable(src); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		files["sym_"+FileStem(p)+".go"] = src
	}

	out, err := run("go", append([]string{"list", "-export", "-f", "{{.ImportPath}}\t{{.Export}}"}, pkgs...)...)
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, file, ok := strings.Cut(line, "\t")
		if !ok || file == "" {
			return nil, fmt.Errorf("go list -export: no export data in %q", line)
		}
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		def, err := PkgDef(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		files["export/"+FileStem(path)+".a"] = def
	}
	return files, nil
}

// PkgDef returns a one-member ar archive holding only the __.PKGDEF member
// (the export data) of a gc archive; the object code is dropped.
func PkgDef(ar []byte) ([]byte, error) {
	const sig = "!<arch>\n"
	if !bytes.HasPrefix(ar, []byte(sig)) || len(ar) < len(sig)+60 {
		return nil, errors.New("not an ar archive")
	}
	hdr := ar[len(sig) : len(sig)+60]
	if strings.TrimSpace(string(hdr[:16])) != "__.PKGDEF" {
		return nil, errors.New("first member is not __.PKGDEF")
	}
	var size int
	if _, err := fmt.Sscan(strings.TrimSpace(string(hdr[48:58])), &size); err != nil {
		return nil, fmt.Errorf("bad member size: %w", err)
	}
	end := len(sig) + 60 + size
	if size%2 == 1 {
		end++
	}
	if end > len(ar) {
		return nil, errors.New("truncated archive")
	}
	out := make([]byte, end)
	copy(out, ar[:end])
	return out, nil
}
