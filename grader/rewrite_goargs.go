package grader

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// A goroutine started from a function literal (go func() { ... }())
// reads the variables it captures through the frame of the function that
// started it, and yaegi v0.16.1 lets such goroutines read them wrongly
// when several run at once: a goroutine of Exercism's bank-account tests
// sent on another iteration's channel, and the test hung one run in five.
// Passed as arguments, the values are the goroutine's own, and the hang is
// gone. So every variable such a literal captures that nothing ever
// changes after its declaration, nor takes the address of (explicitly, or
// by calling a pointer method on it: a sync.WaitGroup stays captured), is
// passed as an argument, under its own name: the same program, as Go
// runs it, since a value that never changes is the same read through a
// reference or a copy.

// goClosureArgs rewrites the go statements of the file as described.
func (r *rewriter) goClosureArgs() {
	results := map[types.Object]bool{} // named results: a return assigns them
	ast.Inspect(r.file, func(n ast.Node) bool {
		if ft, ok := n.(*ast.FuncType); ok && ft.Results != nil {
			for _, f := range ft.Results.List {
				for _, id := range f.Names {
					results[r.info.Defs[id]] = true
				}
			}
		}
		return true
	})
	ast.Inspect(r.file, func(n ast.Node) bool {
		g, ok := n.(*ast.GoStmt)
		if !ok {
			return true
		}
		lit, ok := ast.Unparen(g.Call.Fun).(*ast.FuncLit)
		if !ok || g.Call.Ellipsis.IsValid() {
			return true
		}
		params := lit.Type.Params
		if params == nil || (len(params.List) > 0 && (isEllipsis(params.List[len(params.List)-1].Type) || len(params.List[0].Names) == 0)) {
			return true // (a variadic or an unnamed parameter: none can follow)
		}
		own := r.info.Scopes[lit.Type] // the parameters and the body's top level
		var names, types_ []string
		seen := map[types.Object]bool{}
		var objs []types.Object
		ast.Inspect(lit.Body, func(m ast.Node) bool {
			id, ok := m.(*ast.Ident)
			if !ok {
				return true
			}
			v, ok := r.info.Uses[id].(*types.Var)
			if !ok || seen[v] || v.IsField() || v.Parent() == nil || v.Parent() == r.pkg.Scope() || r.renamed[v] != "" || results[v] {
				return true
			}
			if v.Pos() >= lit.Pos() && v.Pos() < lit.End() {
				return true // the literal's own
			}
			seen[v] = true
			objs = append(objs, v)
			return true
		})
		sort.Slice(objs, func(i, j int) bool { return objs[i].Pos() < objs[j].Pos() })
		for _, v := range objs {
			if assigns(r.info, r.file, v) || addressed(r.info, r.file, v) {
				continue
			}
			if own != nil && own.Lookup(v.Name()) != nil {
				continue // redeclared at the top of the body (i := i): a parameter would clash
			}
			if _, isTP := types.Unalias(v.Type()).(*types.TypeParam); isTP {
				continue // its core type could be an array written through
			}
			tn := r.typeName(v.Type())
			if tn == "" {
				continue
			}
			names = append(names, v.Name())
			types_ = append(types_, v.Name()+" "+tn)
		}
		if len(names) == 0 {
			return true
		}
		// After the last parameter and argument, before any trailing comma.
		if n := len(params.List); n > 0 {
			r.insert(params.List[n-1].End(), ", "+strings.Join(types_, ", "))
		} else {
			r.insert(params.Closing, strings.Join(types_, ", "))
		}
		if n := len(g.Call.Args); n > 0 {
			r.insert(g.Call.Args[n-1].End(), ", "+strings.Join(names, ", "))
		} else {
			r.insert(g.Call.Rparen, strings.Join(names, ", "))
		}
		return true
	})
}

func isEllipsis(e ast.Expr) bool {
	_, ok := e.(*ast.Ellipsis)
	return ok
}

// addressed reports whether body takes obj's address: &obj, or a method
// with a pointer receiver called on (or taken from) obj itself.
func addressed(info *types.Info, body ast.Node, obj types.Object) bool {
	found := false
	is := refersTo(info, obj)
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.UnaryExpr:
			if n.Op == token.AND && is(n.X) {
				found = true
			}
		case *ast.SelectorExpr:
			if !is(n.X) {
				break
			}
			if sel, ok := info.Selections[n]; ok && (sel.Kind() == types.MethodVal || sel.Kind() == types.FieldVal) {
				if _, isPtr := obj.Type().Underlying().(*types.Pointer); !isPtr {
					// A method with a pointer receiver, or a field of a
					// struct value (which may be assigned through it).
					if fn, ok := sel.Obj().(*types.Func); ok {
						if _, ptrRecv := fn.Type().(*types.Signature).Recv().Type().(*types.Pointer); ptrRecv {
							found = true
						}
					} else {
						found = true
					}
				}
			}
		case *ast.IndexExpr:
			// An element of an array value, which may be assigned.
			if _, isArray := obj.Type().Underlying().(*types.Array); isArray && is(n.X) {
				found = true
			}
		case *ast.SliceExpr:
			if _, isArray := obj.Type().Underlying().(*types.Array); isArray && is(n.X) {
				found = true
			}
		}
		return !found
	})
	return found
}
