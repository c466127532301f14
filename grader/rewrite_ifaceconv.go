package grader

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// A value of an interface type of the learner's (type Counter interface{
// io.Reader; Count() int }) that yaegi v0.16.1 converts to an interface
// of a compiled package (io.Reader, sort.Interface, fmt.Stringer...) loses
// its identity: the compiled interface holds a copy of what the pointer
// points to, so a Read through it counts into the copy, or a method is
// not found at all. Converted from the concrete type, the value is kept.
// So each such conversion (an assignment, a call's argument, a return,
// an element of a composite literal, a send, T(x)) goes through a helper
// that tries the package's own types that implement the learner's
// interface, each converted from its concrete type:
//
//	func H(x Counter) io.Reader {
//		var none Counter
//		if x == none {
//			return nil
//		}
//		if v, ok := H2(x); ok { // x.(*reader), in a helper (assertHelper)
//			return v
//		}
//		return x
//	}
//
// When two of those types are alike underneath (type zeros int, type ones
// int), yaegi's assertion takes one for the other, so the helper converts
// an adapter instead (adapterHelper). error is left alone: yaegi converts
// to it correctly, and the concrete conversion is the one that fails
// there. So is any, whose values keep their type.

// interfaceConversions wraps every conversion described above.
func (r *rewriter) interfaceConversions() {
	var results []*types.Tuple // the results of the functions the walk is in
	var walk func(n ast.Node) bool
	convert := func(e ast.Expr, to types.Type) {
		if e == nil || to == nil {
			return
		}
		if helper := r.conversionHelper(r.info.TypeOf(e), to); helper != "" {
			r.wrapPart(e.Pos(), e.End(), helper+"(", ")")
		}
	}
	walk = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			// Walk the body knowing what its return statements convert to.
			var sig *types.Signature
			var body *ast.BlockStmt
			if fd, ok := n.(*ast.FuncDecl); ok {
				sig, _ = r.info.Defs[fd.Name].Type().(*types.Signature)
				body = fd.Body
			} else {
				fl := n.(*ast.FuncLit)
				sig, _ = r.info.TypeOf(fl).(*types.Signature)
				body = fl.Body
			}
			if sig != nil && body != nil {
				results = append(results, sig.Results())
				ast.Inspect(body, walk)
				results = results[:len(results)-1]
			}
			return false
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
				for i, rhs := range n.Rhs {
					convert(rhs, r.info.TypeOf(n.Lhs[i]))
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Values) == len(n.Names) {
				for _, v := range n.Values {
					convert(v, r.info.TypeOf(n.Type))
				}
			}
		case *ast.ReturnStmt:
			if len(results) > 0 && results[len(results)-1].Len() == len(n.Results) {
				for i, e := range n.Results {
					convert(e, results[len(results)-1].At(i).Type())
				}
			}
		case *ast.SendStmt:
			if ch, ok := r.info.TypeOf(n.Chan).Underlying().(*types.Chan); ok {
				convert(n.Value, ch.Elem())
			}
		case *ast.CallExpr:
			if tv := r.info.Types[n.Fun]; tv.IsType() {
				if len(n.Args) == 1 {
					convert(n.Args[0], tv.Type)
				}
				break
			}
			sig, ok := r.info.TypeOf(n.Fun).(*types.Signature)
			if !ok || (len(n.Args) == 1 && sig.Params().Len() > 1) { // f(g()) with g's results
				break
			}
			for i, a := range n.Args {
				switch {
				case sig.Variadic() && i >= sig.Params().Len()-1 && !n.Ellipsis.IsValid():
					if s, ok := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice); ok {
						convert(a, s.Elem())
					}
				case i < sig.Params().Len():
					convert(a, sig.Params().At(i).Type())
				}
			}
		case *ast.CompositeLit:
			switch t := r.info.TypeOf(n).Underlying().(type) {
			case *types.Struct:
				for i, el := range n.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						if key, ok := kv.Key.(*ast.Ident); ok {
							if f, ok := r.info.Uses[key].(*types.Var); ok {
								convert(kv.Value, f.Type())
							}
						}
					} else if i < t.NumFields() {
						convert(el, t.Field(i).Type())
					}
				}
			case *types.Slice, *types.Array, *types.Map:
				var key, elem types.Type
				switch t := t.(type) {
				case *types.Slice:
					elem = t.Elem()
				case *types.Array:
					elem = t.Elem()
				case *types.Map:
					key, elem = t.Key(), t.Elem()
				}
				for _, el := range n.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						if key != nil {
							convert(kv.Key, key)
						}
						convert(kv.Value, elem)
					} else {
						convert(el, elem)
					}
				}
			}
		}
		return true
	}
	ast.Inspect(r.file, walk)
}

// conversionHelper returns the helper that converts from the learner's
// interface type from to the compiled interface type to ("" when there is
// nothing to do or it cannot be written).
func (r *rewriter) conversionHelper(from, to types.Type) string {
	if from == nil || types.Identical(from, to) || !types.IsInterface(from) || !types.IsInterface(to) {
		return ""
	}
	fromNamed, ok := types.Unalias(from).(*types.Named)
	if !ok || fromNamed.Obj().Pkg() == nil || !r.ownPackage(fromNamed.Obj().Pkg()) {
		return "" // only the learner's interfaces lose their values
	}
	toNamed, ok := types.Unalias(to).(*types.Named)
	if !ok || toNamed.Obj().Pkg() == nil || r.ownPackage(toNamed.Obj().Pkg()) {
		return "" // error (no package), any, an interface literal, one of the learner's
	}
	fromIface := fromNamed.Underlying().(*types.Interface)
	if to.Underlying().(*types.Interface).NumMethods() == 0 || !types.AssignableTo(from, to) {
		return ""
	}
	fromName, toName := r.helperType(from), r.helperType(to)
	if fromName == "" || toName == "" {
		return ""
	}
	impls := r.implementers(fromIface)
	if sameShape(impls) {
		return r.adapterHelper(from, to, fromName, toName)
	}
	var cases []string
	for _, impl := range impls {
		if assert := r.assertHelper(from, impl, true); assert != "" {
			cases = append(cases, "\tif v, ok := "+assert+"(x); ok {\n\t\treturn v\n\t}\n")
		}
	}
	if len(cases) == 0 {
		return ""
	}
	// Comma-ok assertions, not a type switch (yaegi's misses the value of
	// a call passed straight in, and panics on nil), each in a helper of
	// its own (assertHelper): made here, where the result is converted on
	// return, the assertion misses it too.
	return r.helper("convert "+fromName+" to "+toName, func(name string) string {
		// (x == nil panics on a nil passed straight from a call; a
		// comparison with a nil variable of the type does not.)
		return "func " + name + "(x " + fromName + ") " + toName + " {\n\tvar none " + fromName + "\n\tif x == none {\n\t\treturn nil\n\t}\n" + strings.Join(cases, "") + "\treturn x\n}\n"
	})
}

// sameShape reports whether two of the types are alike underneath (type
// celsius float64 and type fahrenheit float64, or two structs with the
// same fields, or pointers to such): the interpreter's assertion takes
// one for the other.
func sameShape(impls []types.Type) bool {
	under := func(t types.Type) (types.Type, bool) {
		if p, ok := t.(*types.Pointer); ok {
			return p.Elem().Underlying(), true
		}
		return t.Underlying(), false
	}
	for i, a := range impls {
		ua, pa := under(a)
		for _, b := range impls[i+1:] {
			if ub, pb := under(b); pa == pb && types.Identical(ua, ub) {
				return true
			}
		}
	}
	return false
}

// adapterHelper converts through an adapter, not the concrete type: a
// struct holding the value whose methods, those of the interface to, call
// the value's own (a call through the learner's interface finds the right
// method where an assertion to a type may not). A pointer to an
// interpreted struct is what yaegi converts to a compiled interface
// right. What is lost: compiled code sees only to's methods (io.Copy
// would not find a WriteTo), and the value is not == to itself as an
// io.Reader (comparing such values is a listed gap either way).
func (r *rewriter) adapterHelper(from, to types.Type, fromName, toName string) string {
	key := "adapt " + fromName + " to " + toName
	if name, ok := r.helperNames[key]; ok {
		return name
	}
	iface := to.Underlying().(*types.Interface)
	adapter := r.fresh("Adapter")
	var b strings.Builder
	b.WriteString("type " + adapter + " struct{ x " + fromName + " }\n\n")
	for i := 0; i < iface.NumMethods(); i++ {
		text, ok := forwarder(r.fresh("Recv"), "*"+adapter, "x", iface.Method(i), r.typeName, r.fresh)
		if !ok {
			return ""
		}
		b.WriteString(text + "\n")
	}
	return r.helper(key, func(name string) string {
		return b.String() + "func " + name + "(x " + fromName + ") " + toName + " {\n\tvar none " + fromName + "\n\tif x == none {\n\t\treturn nil\n\t}\n\treturn &" + adapter + "{x}\n}\n"
	})
}
