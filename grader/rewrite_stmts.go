package grader

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// Statement rewrites for what yaegi v0.16.1 computes wrongly, each turning
// the construct into an equivalent that it runs right, on the same lines
// (see the conformance suite's programs for each):
//
//   - named results keep the previous call's values and lose a struct
//     literal assigned to them: each call starts by zeroing them, and a
//     bare return names them;
//   - a parallel assignment whose right side has a call assigns only the
//     call's results, and an index on its left side is evaluated late:
//     the values (and indexes) go through temporaries first;
//   - a failed comma-ok lookup or assertion leaves the old value in its
//     variable: the value is fetched on its own, zero when absent;
//   - the arguments (and receiver) of a deferred call are read when it
//     runs, not when it is deferred: they are copied into fresh variables
//     first;
//   - recover() returns the interpreter's reflect.Value, and run-time
//     errors come back as reflect's strings: its result goes through
//     sandbox's Recovered, which gives the value (and errors, as Go's);
//   - method values share their receiver with later changes, method
//     expressions and the package's functions used as values fail: they
//     become function literals that capture what Go would;
//   - labels named like variables confuse it, and a labelled break written
//     directly in a select case does not leave the loop: labels get
//     generated names, and such a break is put inside an if;
//   - "for i := range s" over a string counts runes, not bytes: it
//     becomes "for i, _ := range s".

// rewriteStatements applies the rewrites above. It runs after the
// rewrites of expressions, whose results the statements it replaces take
// along (see textOf).
func (r *rewriter) rewriteStatements() {
	r.variadicParams()
	r.funcValues()
	r.namedResults()
	r.labels()
	ast.Inspect(r.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if r.isBuiltin(n.Fun, "recover") {
				r.wrap(n.Pos(), n.End(), r.runtimeAlias+".Recovered(", ")")
			}
			r.stringConversion(n)
		case *ast.RangeStmt:
			if n.Key != nil && n.Value == nil && n.Tok == token.DEFINE {
				if t := r.info.TypeOf(n.X); t != nil {
					if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
						r.insert(n.Key.End(), ", _")
					}
				}
			}
		}
		return true
	})
	// Statements replaced whole come last, innermost first. Only those
	// in a list of statements can become several (not a for loop's post
	// statement, say).
	var stmts, exprStmts []ast.Stmt
	collect := func(list []ast.Stmt) {
		for _, s := range list {
			switch s.(type) {
			case *ast.AssignStmt, *ast.DeferStmt:
				stmts = append(stmts, s)
			case *ast.ExprStmt:
				exprStmts = append(exprStmts, s)
			}
		}
	}
	ast.Inspect(r.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BlockStmt:
			collect(n.List)
		case *ast.CaseClause:
			collect(n.Body)
		case *ast.CommClause:
			collect(n.Body)
		}
		return true
	})
	// Comma-ok forms, wherever they are (an if's init, say).
	inList := map[ast.Stmt]bool{}
	for _, st := range stmts {
		inList[st] = true
	}
	commaOkRHS := map[ast.Expr]bool{}
	ast.Inspect(r.file, func(n ast.Node) bool {
		if a, ok := n.(*ast.AssignStmt); ok && r.commaOk(a, inList[a]) {
			commaOkRHS[ast.Unparen(a.Rhs[0])] = true
		}
		return true
	})
	r.singleAsserts(commaOkRHS)
	// Parallel assignments outside statement lists (a for loop's post
	// statement): the values go through a function literal.
	ast.Inspect(r.file, func(n ast.Node) bool {
		if a, ok := n.(*ast.AssignStmt); ok && !inList[a] && !commaOkRHS[ast.Unparen(a.Rhs[0])] {
			r.parallelAssignInPlace(a)
		}
		return true
	})
	for i := len(stmts) - 1; i >= 0; i-- {
		switch n := stmts[i].(type) {
		case *ast.AssignStmt:
			if !commaOkRHS[ast.Unparen(n.Rhs[0])] && !r.assignNamedResult(n) {
				r.parallelAssign(n)
			}
		case *ast.DeferStmt:
			r.deferArgs(n)
		}
	}
	r.sortNilSlices(exprStmts)
}

// stringConversion makes []rune(s) and []byte(s) compiled conversions
// (sandbox's Runes and Bytes): the interpreter's own give the slice no
// spare capacity, where Go's may have some, and code may slice into it.
func (r *rewriter) stringConversion(n *ast.CallExpr) {
	tv, ok := r.info.Types[n.Fun]
	if !ok || !tv.IsType() || len(n.Args) != 1 {
		return
	}
	at := r.info.TypeOf(n.Args[0])
	if at == nil {
		return
	}
	if b, ok := at.Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
		return
	}
	sl, ok := tv.Type.Underlying().(*types.Slice)
	if !ok {
		return
	}
	var fn string
	switch {
	case types.Identical(sl.Elem(), types.Typ[types.Int32]):
		fn = "Runes"
	case types.Identical(sl.Elem(), types.Typ[types.Uint8]):
		fn = "Bytes"
	default:
		return // a slice of a named element type: not convertible
	}
	call := r.runtimeAlias + "." + fn + "(string(" + r.textOf(n.Args[0]) + "))"
	if _, named := types.Unalias(tv.Type).(*types.Named); named {
		name := r.typeName(tv.Type)
		if name == "" {
			return
		}
		call = name + "(" + call + ")"
	}
	r.replace(n.Pos(), n.End(), call)
}

// sortNilSlices guards "sort.Sort(x)" and "sort.Stable(x)" statements on
// a slice type of the package's own: the interpreter hands sort a broken
// value for an empty slice (which sort would not touch).
func (r *rewriter) sortNilSlices(stmts []ast.Stmt) {
	for _, st := range stmts {
		es, ok := st.(*ast.ExprStmt)
		if !ok {
			continue
		}
		call, ok := ast.Unparen(es.X).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			continue
		}
		if pkg, name := r.calledFunc(call); pkg != "sort" || (name != "Sort" && name != "Stable") {
			continue
		}
		t := r.info.TypeOf(call.Args[0])
		if t == nil || r.learnerNamed(t, false) == nil {
			continue
		}
		if _, isSlice := t.Underlying().(*types.Slice); !isSlice {
			continue
		}
		v, arg := r.fresh("S"), r.textOf(call.Args[0])
		r.replace(call.Args[0].Pos(), call.Args[0].End(), v)
		r.insert(es.Pos(), "if "+v+" := "+arg+"; len("+v+") > 0 { ")
		r.insert(es.End(), " }")
	}
}

// zeroText spells the zero value of t ("*new(T)"), or "" when t cannot be
// written here.
func (r *rewriter) zeroText(t types.Type) string {
	name := r.typeName(t)
	if name == "" {
		return ""
	}
	return "*new(" + name + ")"
}

// namedResults zeroes named results on entry and makes bare returns name
// them, in every function and function literal.
func (r *rewriter) namedResults() {
	ast.Inspect(r.file, func(n ast.Node) bool {
		var ft *ast.FuncType
		var body *ast.BlockStmt
		switch n := n.(type) {
		case *ast.FuncDecl:
			ft, body = n.Type, n.Body
		case *ast.FuncLit:
			ft, body = n.Type, n.Body
		default:
			return true
		}
		if body == nil || ft.Results == nil {
			return true
		}
		var names, zeros []string
		for _, field := range ft.Results.List {
			for _, id := range field.Names {
				name := r.identName(id)
				if name == "_" {
					return true // cannot be named in a return: left alone
				}
				obj := r.info.Defs[id]
				if obj == nil {
					return true
				}
				zero := r.zeroText(obj.Type())
				if zero == "" {
					return true
				}
				names = append(names, name)
				zeros = append(zeros, zero)
			}
		}
		if len(names) == 0 {
			return true
		}
		r.insertOrdered(body.Lbrace+1, " "+strings.Join(names, ", ")+" = "+strings.Join(zeros, ", ")+";", -2)
		for _, field := range ft.Results.List {
			for _, id := range field.Names {
				r.namedResult[r.info.Defs[id]] = true
			}
		}
		// Bare returns of this function (not of literals inside it).
		ast.Inspect(body, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(m.Results) == 0 {
					r.insert(m.Return+token.Pos(len("return")), " "+strings.Join(names, ", "))
				}
			}
			return true
		})
		return true
	})
}

// assignNamedResult routes "r = value" for a named result r through a
// temporary (yaegi loses a composite literal assigned to a named result
// directly). It reports whether n was such an assignment.
func (r *rewriter) assignNamedResult(n *ast.AssignStmt) bool {
	if n.Tok != token.ASSIGN || len(n.Lhs) != 1 || len(n.Rhs) != 1 {
		return false
	}
	id, ok := ast.Unparen(n.Lhs[0]).(*ast.Ident)
	if !ok || !r.namedResult[r.info.Uses[id]] {
		return false
	}
	name, decl, ok := r.tempVar(n.Rhs[0], r.info.TypeOf(id))
	if !ok {
		return false
	}
	r.replace(n.Pos(), n.End(), decl+r.identName(id)+" = "+name)
	return true
}

// tempVar declares a fresh variable holding e, typed like the place it
// is assigned to (t): "var lectern0_t1 T = e; " (or "lectern0_t1 := e; "
// when e has that type already). ok is false when t cannot be written.
func (r *rewriter) tempVar(e ast.Expr, t types.Type) (name, decl string, ok bool) {
	name = r.fresh("T")
	text := r.textOf(e)
	if tv := r.info.Types[e]; tv.Type != nil && types.Identical(tv.Type, t) && !isUntyped(tv.Type) && tv.Value == nil && !tv.IsNil() {
		return name, name + " := " + text + "; ", true
	}
	tn := r.typeName(t)
	if tn == "" {
		return "", "", false
	}
	return name, "var " + name + " " + tn + " = " + text + "; ", true
}

// parallelAssign routes a multi-value assignment through temporaries: the
// indexes on the left and the values on the right are evaluated first, in
// order, then assigned one by one.
func (r *rewriter) parallelAssign(n *ast.AssignStmt) {
	if n.Tok != token.ASSIGN || len(n.Lhs) < 2 || len(n.Lhs) != len(n.Rhs) {
		return
	}
	var pre strings.Builder
	lhs := make([]string, len(n.Lhs))
	for i, l := range n.Lhs {
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			lhs[i] = "_"
			continue
		}
		switch l := ast.Unparen(l).(type) {
		case *ast.IndexExpr:
			// The indexed value (unless it is an array) and the index are
			// evaluated before anything is assigned.
			x := r.textOf(l.X)
			if _, isArray := r.info.TypeOf(l.X).Underlying().(*types.Array); !isArray {
				name := r.fresh("X")
				pre.WriteString(name + " := " + x + "; ")
				x = name
			} else if !simpleExpr(l.X) {
				return // an array value cannot be copied into a temporary
			}
			idx := r.textOf(l.Index)
			if r.info.Types[l.Index].Value == nil {
				name, decl, ok := r.tempVar(l.Index, r.indexType(l))
				if !ok {
					return
				}
				pre.WriteString(decl)
				idx = name
			}
			lhs[i] = x + "[" + idx + "]"
		case *ast.SelectorExpr:
			// A field through a pointer: the pointer is evaluated first.
			if xt := r.info.TypeOf(l.X); xt == nil {
				lhs[i] = r.textOf(l) // a package's variable
			} else if _, isPtr := xt.Underlying().(*types.Pointer); isPtr {
				name := r.fresh("X")
				pre.WriteString(name + " := " + r.textOf(l.X) + "; ")
				lhs[i] = name + "." + l.Sel.Name
			} else {
				lhs[i] = r.textOf(l)
			}
		case *ast.StarExpr:
			name := r.fresh("X")
			pre.WriteString(name + " := " + r.textOf(l.X) + "; ")
			lhs[i] = "*" + name
		default:
			lhs[i] = r.textOf(l)
		}
	}
	var post strings.Builder
	for i, e := range n.Rhs {
		if lhs[i] == "_" {
			pre.WriteString("_ = " + r.textOf(e) + "; ")
			continue
		}
		name, decl, ok := r.tempVar(e, r.info.TypeOf(n.Lhs[i]))
		if !ok {
			return
		}
		pre.WriteString(decl)
		post.WriteString(lhs[i] + " = " + name)
		if i < len(n.Rhs)-1 {
			post.WriteString("; ")
		}
	}
	r.replace(n.Pos(), n.End(), pre.String()+strings.TrimSuffix(post.String(), "; "))
}

// parallelAssignInPlace rewrites "a, b = f(a), b+1" where it cannot become
// several statements: "a, b = func() (A, B) { return f(a), b+1 }()" (a
// single call's results are assigned right).
func (r *rewriter) parallelAssignInPlace(n *ast.AssignStmt) {
	if n.Tok != token.ASSIGN || len(n.Lhs) < 2 || len(n.Lhs) != len(n.Rhs) {
		return
	}
	hasCall := false
	for _, e := range n.Rhs {
		ast.Inspect(e, func(m ast.Node) bool {
			if c, ok := m.(*ast.CallExpr); ok {
				if tv, ok := r.info.Types[c.Fun]; !ok || !tv.IsType() {
					hasCall = true
				}
			}
			return !hasCall
		})
	}
	if !hasCall {
		return
	}
	var types_, values []string
	for i, l := range n.Lhs {
		t := r.info.TypeOf(l)
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			t = r.info.TypeOf(n.Rhs[i])
		}
		tn := r.typeName(t)
		if t == nil || tn == "" {
			return
		}
		types_ = append(types_, tn)
		values = append(values, r.textOf(n.Rhs[i]))
	}
	r.replace(n.Rhs[0].Pos(), n.Rhs[len(n.Rhs)-1].End(),
		"func() ("+strings.Join(types_, ", ")+") { return "+strings.Join(values, ", ")+" }()")
}

// indexType is the type an index expression's index has in it.
func (r *rewriter) indexType(l *ast.IndexExpr) types.Type {
	if m, ok := r.info.TypeOf(l.X).Underlying().(*types.Map); ok {
		return m.Key()
	}
	if t := r.info.TypeOf(l.Index); t != nil && !isUntyped(t) {
		return t
	}
	return types.Typ[types.Int]
}

// commaOk rewrites the comma-ok forms "v, ok = m[k]" and "v, ok =
// x.(T)" (with = or :=, wherever they are: a statement, an if's init) so
// that a missing key or a failed assertion gives the zero value and an
// assertion to an interface sees the package's own types. In a list of
// statements the value is fetched on its own, only when present
// (inline: interpreted calls cost microseconds); elsewhere, and for an
// assertion to an interface, the right side becomes a call of a generated
// helper. It reports whether n was such an assignment.
func (r *rewriter) commaOk(n *ast.AssignStmt, inList bool) bool {
	if len(n.Lhs) != 2 || len(n.Rhs) != 1 {
		return false
	}
	var call string
	switch e := ast.Unparen(n.Rhs[0]).(type) {
	case *ast.IndexExpr:
		mt, ok := r.info.TypeOf(e.X).Underlying().(*types.Map)
		if !ok {
			return false
		}
		if inList && r.inlineMapGet(n, e, mt) {
			return true
		}
		helper := r.mapGetHelper(r.info.TypeOf(e.X), mt)
		if helper == "" {
			return true
		}
		call = helper + "(" + r.textOf(e.X) + ", " + r.textOf(e.Index) + ")"
	case *ast.TypeAssertExpr:
		if e.Type == nil {
			return false
		}
		if inList && r.inlineAssert(n, e) {
			return true
		}
		helper := r.assertHelper(r.info.TypeOf(e.X), r.info.TypeOf(e.Type), true)
		if helper == "" {
			return true
		}
		call = helper + "(" + r.textOf(e.X) + ")"
	default:
		return false
	}
	r.replace(n.Rhs[0].Pos(), n.Rhs[0].End(), call)
	return true
}

// inlineMapGet rewrites a comma-ok map lookup statement in place:
// "mt := m; k := key; _, ok := mt[k]; var v V; if ok { v = mt[k] }; a, b = v, ok".
func (r *rewriter) inlineMapGet(n *ast.AssignStmt, e *ast.IndexExpr, mt *types.Map) bool {
	vn := r.typeName(mt.Elem())
	if vn == "" {
		return false
	}
	var pre strings.Builder
	m := r.textOf(e.X)
	if !simpleExpr(e.X) {
		name := r.fresh("M")
		pre.WriteString(name + " := " + m + "; ")
		m = name
	}
	k, decl, ok := r.tempVar(e.Index, mt.Key())
	if !ok {
		return false
	}
	pre.WriteString(decl)
	okName, v := r.fresh("Ok"), r.fresh("V")
	pre.WriteString("_, " + okName + " := " + m + "[" + k + "]; var " + v + " " + vn + "; if " + okName + " { " + v + " = " + m + "[" + k + "] }; ")
	r.replace(n.Pos(), n.End(), pre.String()+r.textOf(n.Lhs[0])+", "+r.textOf(n.Lhs[1])+" "+n.Tok.String()+" "+v+", "+okName)
	return true
}

// inlineAssert rewrites a comma-ok assertion to a concrete type in place
// (an assertion to an interface needs the helper).
func (r *rewriter) inlineAssert(n *ast.AssignStmt, e *ast.TypeAssertExpr) bool {
	t := r.info.TypeOf(e.Type)
	if types.IsInterface(t) {
		return false
	}
	tn := r.typeName(t)
	if tn == "" {
		return false
	}
	x, decl, ok := r.tempVar(e.X, r.info.TypeOf(e.X))
	if !ok {
		return false
	}
	okName, v := r.fresh("Ok"), r.fresh("V")
	r.replace(n.Pos(), n.End(), decl+"_, "+okName+" := "+x+".("+tn+"); var "+v+" "+tn+"; if "+okName+" { "+v+" = "+x+".("+tn+") }; "+
		r.textOf(n.Lhs[0])+", "+r.textOf(n.Lhs[1])+" "+n.Tok.String()+" "+v+", "+okName)
	return true
}

// helper declares a generated function once per key and returns its name.
func (r *rewriter) helper(key string, make func(name string) string) string {
	if name, ok := r.helperNames[key]; ok {
		return name
	}
	name := r.fresh("H")
	r.helperNames[key] = name
	r.helpers[name] = make(name)
	return name
}

// mapGetHelper returns a helper (m M, k K) (V, bool) that looks k up,
// giving V's zero value when it is missing ("" if a type cannot be
// written).
func (r *rewriter) mapGetHelper(m types.Type, mt *types.Map) string {
	mn, kn, vn := r.helperType(m), r.helperType(mt.Key()), r.helperType(mt.Elem())
	if mn == "" || kn == "" || vn == "" {
		return ""
	}
	return r.helper("get "+mn, func(name string) string {
		return "func " + name + "(m " + mn + ", k " + kn + ") (" + vn + ", bool) {\n" +
			"\tif v, ok := m[k]; ok {\n\t\treturn v, true\n\t}\n" +
			"\tvar zero " + vn + "\n\treturn zero, false\n}\n"
	})
}

// assertHelper returns a helper (x X) (T, bool) for x.(T) in its comma-ok
// form, or (x X) T for its single-value form (which panics as the
// assertion does). An assertion to an interface first tries each type of
// the package's own that implements it, which the interpreter cannot
// check by itself.
func (r *rewriter) assertHelper(x, t types.Type, commaOk bool) string {
	xn, tn := r.helperType(x), r.helperType(t)
	if xn == "" || tn == "" {
		return ""
	}
	var cases strings.Builder
	if iface, ok := t.Underlying().(*types.Interface); ok && iface.NumMethods() > 0 {
		for _, impl := range r.implementers(iface) {
			if !types.AssignableTo(impl, x) && !types.IsInterface(x) {
				continue
			}
			in := r.helperType(impl)
			if in == "" {
				return ""
			}
			// (if-chains: the interpreter's type switch misses pointer
			// cases and panics on a nil interface.)
			if commaOk {
				cases.WriteString("\tif v, ok := x.(" + in + "); ok {\n\t\treturn v, true\n\t}\n")
			} else {
				cases.WriteString("\tif v, ok := x.(" + in + "); ok {\n\t\treturn v\n\t}\n")
			}
		}
	}
	key := "assert " + xn + " " + tn + " " + strconv.FormatBool(commaOk)
	return r.helper(key, func(name string) string {
		var b strings.Builder
		if commaOk {
			b.WriteString("func " + name + "(x " + xn + ") (" + tn + ", bool) {\n")
		} else {
			b.WriteString("func " + name + "(x " + xn + ") " + tn + " {\n")
		}
		b.WriteString(cases.String())
		if commaOk {
			b.WriteString("\tif v, ok := x.(" + tn + "); ok {\n\t\treturn v, true\n\t}\n")
			b.WriteString("\tvar zero " + tn + "\n\treturn zero, false\n}\n")
		} else {
			b.WriteString("\treturn x.(" + tn + ")\n}\n")
		}
		return b.String()
	})
}

// helperType spells t for a generated helper at package level: "" when
// it involves type parameters or types declared inside a function.
func (r *rewriter) helperType(t types.Type) string {
	local := false
	var visit func(t types.Type)
	seen := map[types.Type]bool{}
	visit = func(t types.Type) {
		if seen[t] || local {
			return
		}
		seen[t] = true
		switch t := types.Unalias(t).(type) {
		case *types.TypeParam:
			local = true
		case *types.Named:
			if obj := t.Obj(); obj.Pkg() != nil && obj.Parent() != obj.Pkg().Scope() {
				local = true
			}
			for i := 0; i < t.TypeArgs().Len(); i++ {
				visit(t.TypeArgs().At(i))
			}
		case *types.Pointer:
			visit(t.Elem())
		case *types.Slice:
			visit(t.Elem())
		case *types.Array:
			visit(t.Elem())
		case *types.Map:
			visit(t.Key())
			visit(t.Elem())
		case *types.Chan:
			visit(t.Elem())
		case *types.Signature:
			for i := 0; i < t.Params().Len(); i++ {
				visit(t.Params().At(i).Type())
			}
			for i := 0; i < t.Results().Len(); i++ {
				visit(t.Results().At(i).Type())
			}
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				visit(t.Field(i).Type())
			}
		}
	}
	visit(t)
	if local {
		return ""
	}
	return r.typeName(t)
}

// implementers are the package's own named types (and pointers to them)
// that implement iface.
func (r *rewriter) implementers(iface *types.Interface) []types.Type {
	var out []types.Type
	scope := r.pkg.Scope()
	if base := strings.TrimSuffix(r.pkg.Path(), "_test"); base != r.pkg.Path() {
		for _, imp := range r.pkg.Imports() {
			if imp.Path() == base {
				scope = imp.Scope() // an external test: the package's types
			}
		}
	}
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || types.IsInterface(named) || named.TypeParams().Len() > 0 {
			continue
		}
		if types.Implements(named, iface) {
			out = append(out, named)
		}
		if ptr := types.NewPointer(named); types.Implements(ptr, iface) {
			out = append(out, ptr)
		}
	}
	return out
}

// singleAsserts routes single-value assertions to an interface that the
// package's own types implement through a helper (see assertHelper).
func (r *rewriter) singleAsserts(commaOkRHS map[ast.Expr]bool) {
	ast.Inspect(r.file, func(n ast.Node) bool {
		e, ok := n.(*ast.TypeAssertExpr)
		if !ok || e.Type == nil || commaOkRHS[e] {
			return true
		}
		t := r.info.TypeOf(e.Type)
		iface, ok := t.Underlying().(*types.Interface)
		if !ok || iface.NumMethods() == 0 || len(r.implementers(iface)) == 0 {
			return true
		}
		if helper := r.assertHelper(r.info.TypeOf(e.X), t, false); helper != "" {
			r.wrap(e.Pos(), e.X.End(), helper+"(", ")")
			r.replace(e.X.End(), e.End(), "")
		}
		return true
	})
}

// deferArgs copies a deferred call's arguments, and the receiver of a
// deferred method call, into fresh variables just before the defer.
func (r *rewriter) deferArgs(n *ast.DeferStmt) {
	call := n.Call
	var pre strings.Builder
	for _, a := range call.Args {
		if tv := r.info.Types[a]; tv.Value != nil || tv.IsNil() {
			continue
		}
		if _, isLit := ast.Unparen(a).(*ast.FuncLit); isLit {
			continue
		}
		name := r.fresh("D")
		pre.WriteString(name + " := " + r.textOf(a) + "; ")
		r.replace(a.Pos(), a.End(), name)
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := r.info.Selections[sel]; ok && s.Kind() == types.MethodVal {
			recv := r.textOf(sel.X)
			fn := s.Obj().(*types.Func)
			_, ptrRecv := fn.Type().(*types.Signature).Recv().Type().(*types.Pointer)
			_, xIsPtr := r.info.TypeOf(sel.X).Underlying().(*types.Pointer)
			if ptrRecv && !xIsPtr && !types.IsInterface(r.info.TypeOf(sel.X)) {
				recv = "&" + parenthesize(sel.X, recv)
			}
			name := r.fresh("D")
			pre.WriteString(name + " := " + recv + "; ")
			r.replace(sel.X.Pos(), sel.X.End(), name)
		}
	}
	if pre.Len() > 0 {
		r.insert(n.Pos(), pre.String())
	}
}

func parenthesize(e ast.Expr, text string) string {
	switch e.(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.ParenExpr, *ast.CallExpr:
		return text
	}
	return "(" + text + ")"
}

// labels gives every label a generated name, and puts a labelled break
// written directly in a select case inside an if.
func (r *rewriter) labels() {
	rename := func(id *ast.Ident) {
		if id != nil {
			r.replace(id.Pos(), id.End(), r.base+"L_"+id.Name)
		}
	}
	ast.Inspect(r.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.LabeledStmt:
			rename(n.Label)
		case *ast.BranchStmt:
			rename(n.Label)
		case *ast.CommClause:
			for _, s := range n.Body {
				if b, ok := s.(*ast.BranchStmt); ok && b.Tok == token.BREAK && b.Label != nil {
					r.wrap(b.Pos(), b.End(), "if true { ", " }")
				}
			}
		}
		return true
	})
}

// funcValues turns method values, method expressions and the package's
// own functions used as values into function literals.
func (r *rewriter) funcValues() {
	called := map[ast.Expr]bool{}
	ast.Inspect(r.file, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			called[ast.Unparen(call.Fun)] = true
		}
		return true
	})
	ast.Inspect(r.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if called[n] {
				return true
			}
			s, ok := r.info.Selections[n]
			if !ok {
				return true
			}
			switch s.Kind() {
			case types.MethodVal:
				r.methodValue(n, s)
				return false
			case types.MethodExpr:
				r.methodExpr(n, s)
				return false
			}
		case *ast.Ident:
			if called[n] {
				return true
			}
			fn, ok := r.info.Uses[n].(*types.Func)
			if !ok || fn.Pkg() != r.pkg || fn.Type().(*types.Signature).TypeParams().Len() > 0 {
				return true
			}
			if fn.Type().(*types.Signature).Recv() != nil || fn.Parent() != r.pkg.Scope() {
				return true
			}
			sig := fn.Type().(*types.Signature)
			params, args, results, ok := r.signatureText(sig, 0)
			if !ok {
				return true
			}
			ret := "return "
			if sig.Results().Len() == 0 {
				ret = ""
			}
			r.replace(n.Pos(), n.End(), "func("+params+")"+results+" { "+ret+n.Name+"("+args+") }")
		}
		return true
	})
}

// signatureText spells a signature's parameters (named p1, p2...), the
// arguments passing them on, and its results, starting at parameter
// first. ok is false when a type cannot be written.
func (r *rewriter) signatureText(sig *types.Signature, first int) (params, args, results string, ok bool) {
	var ps, as []string
	for i := first; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		name := r.base + "P" + strconv.Itoa(i)
		if sig.Variadic() && i == sig.Params().Len()-1 {
			tn := r.typeName(t.(*types.Slice).Elem())
			if tn == "" {
				return "", "", "", false
			}
			ps = append(ps, name+" ..."+tn)
			as = append(as, name+"...")
			continue
		}
		tn := r.typeName(t)
		if tn == "" {
			return "", "", "", false
		}
		ps = append(ps, name+" "+tn)
		as = append(as, name)
	}
	var rs []string
	for i := 0; i < sig.Results().Len(); i++ {
		tn := r.typeName(sig.Results().At(i).Type())
		if tn == "" {
			return "", "", "", false
		}
		rs = append(rs, tn)
	}
	switch len(rs) {
	case 0:
	case 1:
		results = " " + rs[0]
	default:
		results = " (" + strings.Join(rs, ", ") + ")"
	}
	return strings.Join(ps, ", "), strings.Join(as, ", "), results, true
}

// methodValue: x.M (not called) becomes a literal that evaluates x now
// (copying a value receiver, taking the address for a pointer one).
func (r *rewriter) methodValue(n *ast.SelectorExpr, s *types.Selection) {
	fn := s.Obj().(*types.Func)
	sig := fn.Type().(*types.Signature)
	params, args, results, ok := r.signatureText(sig, 0)
	if !ok {
		return
	}
	xt := r.info.TypeOf(n.X)
	recvT := xt
	recv := r.textOf(n.X)
	_, ptrRecv := sig.Recv().Type().(*types.Pointer)
	xPtr, isPtr := xt.Underlying().(*types.Pointer)
	switch {
	case types.IsInterface(xt):
	case ptrRecv && !isPtr:
		recv = "&" + parenthesize(n.X, recv) // the method takes the address
		recvT = types.NewPointer(xt)
	case !ptrRecv && isPtr:
		recv = "*" + parenthesize(n.X, recv) // the value is copied when bound
		recvT = xPtr.Elem()
	}
	rt := r.typeName(recvT)
	if rt == "" {
		return
	}
	rv := r.fresh("R")
	ret := "return "
	if sig.Results().Len() == 0 {
		ret = ""
	}
	lit := "func(" + params + ")" + results + " { " + ret + rv + "." + n.Sel.Name + "(" + args + ") }"
	r.replace(n.Pos(), n.End(), "func("+rv+" "+rt+") func("+params+")"+results+" { return "+lit+" }("+recv+")")
}

// methodExpr: T.M or (*T).M becomes func(recv T, params...) results.
func (r *rewriter) methodExpr(n *ast.SelectorExpr, s *types.Selection) {
	sig, ok := r.info.TypeOf(n).(*types.Signature)
	if !ok {
		return
	}
	params, args, results, ok := r.signatureText(sig, 1)
	if !ok || sig.Params().Len() == 0 {
		return
	}
	rt := r.typeName(sig.Params().At(0).Type())
	if rt == "" {
		return
	}
	rv := r.fresh("R")
	all := rv + " " + rt
	if params != "" {
		all += ", " + params
	}
	ret := "return "
	if sig.Results().Len() == 0 {
		ret = ""
	}
	r.replace(n.Pos(), n.End(), "func("+all+")"+results+" { "+ret+rv+"."+n.Sel.Name+"("+args+") }")
}

// shadowingLocals renames local variables, constants and types named like
// something of the package or a package the file imports (isStraight :=
// isStraight(counts); var kind kind): yaegi resolves such a name to the
// wrong one. It also spells the new names r.renamed was given before it
// (the package-level generic functions of checker.genericRenames).
func (r *rewriter) shadowingLocals() {
	shadowed := func(name string) bool {
		if r.pkg.Scope().Lookup(name) != nil {
			return true
		}
		for _, imp := range r.file.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			n := p[strings.LastIndex(p, "/")+1:]
			if imp.Name != nil {
				n = imp.Name.Name
			}
			if n == name {
				return true
			}
		}
		return false
	}
	rename := r.renamed
	for id, obj := range r.info.Defs {
		if obj == nil || obj.Parent() == nil || obj.Parent() == r.pkg.Scope() || obj.Parent() == types.Universe || id.Name == "_" {
			continue
		}
		if _, isVar := obj.(*types.Var); !isVar {
			if _, isConst := obj.(*types.Const); !isConst {
				continue
			}
		}
		if v, ok := obj.(*types.Var); ok && v.IsField() {
			continue
		}
		if r.fset.File(id.Pos()) != r.tf || !shadowed(id.Name) {
			continue
		}
		rename[obj] = r.base + "V_" + id.Name
	}
	if len(rename) == 0 {
		return
	}
	for id, obj := range r.info.Defs {
		if name, ok := rename[obj]; ok && r.fset.File(id.Pos()) == r.tf {
			r.replace(id.Pos(), id.End(), name)
		}
	}
	for id, obj := range r.info.Uses {
		if fn, ok := obj.(*types.Func); ok {
			obj = fn.Origin()
		}
		if name, ok := rename[obj]; ok && r.fset.File(id.Pos()) == r.tf {
			r.replace(id.Pos(), id.End(), name)
		}
	}
}

// variadicParams gives a variadic parameter used as a slice its slice type
// at the start of the function (yaegi keeps "...T" as its type and
// refuses it where a []T is wanted, in a struct literal, say).
func (r *rewriter) variadicParams() {
	ast.Inspect(r.file, func(n ast.Node) bool {
		var ft *ast.FuncType
		var body *ast.BlockStmt
		switch n := n.(type) {
		case *ast.FuncDecl:
			ft, body = n.Type, n.Body
		case *ast.FuncLit:
			ft, body = n.Type, n.Body
		default:
			return true
		}
		if body == nil || ft.Params == nil || len(ft.Params.List) == 0 {
			return true
		}
		last := ft.Params.List[len(ft.Params.List)-1]
		ell, ok := last.Type.(*ast.Ellipsis)
		if !ok || len(last.Names) != 1 || last.Names[0].Name == "_" {
			return true
		}
		obj := r.info.Defs[last.Names[0]]
		if obj == nil {
			return true
		}
		tn := r.typeName(obj.Type())
		if tn == "" {
			return true
		}
		_ = ell
		p := r.fresh("P")
		r.replace(last.Names[0].Pos(), last.Names[0].End(), p)
		r.insertOrdered(body.Lbrace+1, " "+r.identName(last.Names[0])+" := "+tn+"("+p+");", -3)
		return true
	})
}
