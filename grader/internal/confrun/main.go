// Command confrun runs programs of the grader's conformance suite through
// the grader, as TestConformance does, and shows what the interpreter was
// given and what it printed next to what Go prints: a tool for working on
// a mismatch.
//
//	go run ./grader/internal/confrun maps/comma_ok_reuse [more...]
//	go run ./grader/internal/confrun -src some/file.go
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/lectern-dev/lectern/grader"
)

func main() {
	grader.RunWorkerIfRequested()
	showSrc := flag.Bool("src", false, "also print the rewritten source")
	flag.Parse()
	for _, arg := range flag.Args() {
		path := arg
		if !strings.HasSuffix(path, ".go") {
			path = filepath.Join("grader", "testdata", "conformance", arg+".go")
		}
		src, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		fmt.Printf("=== %s\n", path)
		if *showSrc {
			p, diags := grader.PrecheckProgram(filepath.Base(path), src)
			if p != nil {
				fmt.Println(p.Source)
			}
			for _, d := range diags {
				fmt.Println(d)
			}
		}
		r := grader.RunProgram(context.Background(), filepath.Base(path), src, 0)
		want, _ := os.ReadFile(strings.TrimSuffix(path, ".go") + ".out")
		fmt.Printf("--- Lectern (failure %q, unsupported %v, %d diagnostics)\n", r.Failure, r.Unsupported, len(r.Diagnostics))
		for _, d := range r.Diagnostics {
			fmt.Println(d)
		}
		for i, line := range strings.Split(strings.TrimRight(r.Output, "\n"), "\n") {
			mark := " "
			if wl := strings.Split(string(want), "\n"); i >= len(wl) || wl[i] != line {
				mark = "!"
			}
			fmt.Printf("%s %s\n", mark, line)
		}
		fmt.Printf("--- go\n%s", want)
	}
}
