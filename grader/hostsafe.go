package grader

import (
	"go/ast"
	"go/parser"
	"go/token"
)

// Where the pre-check runs. It never runs the learner's code, but it does
// what the compiler does before running anything, and one thing of that
// can be made to cost without bound by a short file: the type checker
// folds constant expressions as it goes, and
//
//	const s0 = "xxxxxxxxxxxxxxxx"
//	const s1 = s0 + s0
//	…
//	const s34 = s33 + s33
//
// asks it for a string of 256 GB. Numbers cannot do that (go/constant
// keeps them to a few thousand bits, and go/types refuses larger shifts),
// nesting cannot (the parser stops at a depth), and the file's size is
// capped. So a file whose constant strings could grow past a bound is
// checked inside the worker, under its memory and time limits; every
// other file is checked right here, which answers a compile error
// without waiting for a worker at all and lets the worker start while the
// check runs.

// maxHostConstant bounds the length of any constant string a file may
// build and still be pre-checked in the host (far beyond what a solution
// writes; a file past it is only checked elsewhere).
const maxHostConstant = 64 << 10

// hostSafe reports whether src may be pre-checked in this process: it
// does not parse (the parse error is then the verdict, found in
// microseconds), or no constant string it declares can exceed
// maxHostConstant, by an over-estimate that follows constant names
// through +, conversions and parentheses.
func hostSafe(src []byte) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.SkipObjectResolution)
	if err != nil {
		return true
	}
	size := map[string]int{} // constant name -> bound on its length
	safe := true
	ast.Inspect(f, func(n ast.Node) bool {
		d, ok := n.(*ast.GenDecl)
		if !ok || d.Tok != token.CONST || !safe {
			return safe
		}
		var last []ast.Expr // a spec without values repeats the one before
		for _, s := range d.Specs {
			vs := s.(*ast.ValueSpec)
			if len(vs.Values) > 0 {
				last = vs.Values
			}
			for i, name := range vs.Names {
				if i < len(last) {
					n := constLen(last[i], size)
					if n > maxHostConstant {
						safe = false
					}
					// A name declared twice (in two scopes) keeps the larger.
					size[name.Name] = max(size[name.Name], n)
				}
			}
		}
		return safe
	})
	return safe
}

// constLen over-estimates the length of the string an expression could
// be, given bounds for the constants it names (0 for what cannot be a
// long string).
func constLen(e ast.Expr, size map[string]int) int {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			return len(e.Value)
		}
	case *ast.Ident:
		return size[e.Name]
	case *ast.SelectorExpr:
		return size[e.Sel.Name]
	case *ast.ParenExpr:
		return constLen(e.X, size)
	case *ast.BinaryExpr:
		a, b := constLen(e.X, size), constLen(e.Y, size)
		if a+b < a { // overflow: certainly too long
			return maxHostConstant + 1
		}
		return a + b
	case *ast.CallExpr:
		n := 0
		for _, a := range e.Args {
			n = max(n, constLen(a, size))
		}
		return n
	}
	return 0
}
