package grader

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"

	"strings"

	"github.com/lectern-dev/lectern/grader/internal/fmtverb"
)

// Errors made of the learner's own types are where yaegi v0.16.1 is
// weakest: it represents a type declared in interpreted code by an unnamed
// struct (or slice, map...) without methods whenever the value crosses
// into compiled code as an error. Measured failures:
//
//   - errors.As(err, &target) with target of a learner type panics
//     ("errors: *target must be interface or implement error");
//   - fmt.Errorf("...%w", v) with v of a learner type formats "%!w(...)";
//   - a learner struct, slice, map or array type stored in a variable of
//     type error (var e error = myErr{}, e = myErr{}, error(myErr{}))
//     loses its methods: e.Error() panics ("reflect: Method index out of
//     range"), e == nil panics, fmt prints the bare fields.
//
// And for any learner type (struct, slice, float64, int...) with a String
// or Error method: a value of it, or a pointer to one, passed to fmt's
// print functions (Sprint, Sprintf with %v, Errorf with %v, Fprintln...)
// is printed without calling the method, as its bare fields or number.
// Stored in a variable of type fmt.Stringer it prints right; in one of
// type any it does not, but that is out of reach of the static check.
//
// Returning such a value from a function whose result is error, passing
// it as an argument, or using a pointer (&myErr{}) works. The pre-check
// names the failing forms as unsupported, so correct code is never graded
// as wrong; the worker also recognises the panics they cause at run time.

// interpreterGaps reports the constructs above in the learner's file.
func (r *rewriter) interpreterGaps() {
	errType := types.Universe.Lookup("error").Type()
	ast.Inspect(r.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			r.gapCall(n, errType)
			r.gapPrintedInside(n)
			r.gapFieldNames(n)
			r.gapJSON(n)
		case *ast.StructType:
			r.gapEmbeddedInterface(n)
		case *ast.TypeAssertExpr:
			if n.Type != nil {
				r.gapAssert(n.X, n.Type)
			}
		case *ast.TypeSwitchStmt:
			var x ast.Expr
			switch a := n.Assign.(type) {
			case *ast.AssignStmt:
				x = a.Rhs[0].(*ast.TypeAssertExpr).X
			case *ast.ExprStmt:
				x = a.X.(*ast.TypeAssertExpr).X
			}
			for _, c := range n.Body.List {
				for _, t := range c.(*ast.CaseClause).List {
					r.gapAssert(x, t)
				}
			}
		case *ast.ValueSpec:
			if n.Type == nil {
				return true
			}
			if t := r.info.TypeOf(n.Type); t != nil && types.Identical(t, errType) {
				for _, val := range n.Values {
					r.gapErrorValue(val)
				}
			}
		case *ast.AssignStmt:
			if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
				return true
			}
			for i, lhs := range n.Lhs {
				if t := r.info.TypeOf(lhs); t != nil && types.Identical(t, errType) {
					r.gapErrorValue(n.Rhs[i])
				}
			}
		}
		return true
	})
}

// gapAssert reports an assertion (or type switch case) that the
// interpreter answers wrongly:
//   - to a type of the package's own whose underlying type is not a
//     struct (type Meters float64): it cannot tell it from other types
//     with the same underlying type (a plain float64 matches);
//   - from a non-empty interface (error, fmt.Stringer...) to a struct
//     type of the package's own (not a pointer): the interpreter keeps
//     such a value in the interface without its fields;
//   - in a type switch, to an interface that types of the package's own
//     implement: it does not see that they do.
func (r *rewriter) gapAssert(x, typ ast.Expr) {
	t := r.info.TypeOf(typ)
	xt := r.info.TypeOf(x)
	if t == nil || xt == nil {
		return
	}
	if named := r.learnerNamed(t, false); named != nil && !types.IsInterface(named) {
		name := named.Obj().Name()
		where, theirs := r.declaredIn(named.Obj())
		if _, isStruct := named.Underlying().(*types.Struct); !isStruct {
			fix := fmt.Sprintf("make %s a struct type (type %s struct{ ... }), which the interpreter tells apart", name, name)
			if theirs {
				fix = notYours(name, where)
			}
			r.gap(typ.Pos(), fmt.Sprintf("a type assertion or type switch case for %s (declared %s as %s)", name, where, types.TypeString(named.Underlying(), types.RelativeTo(r.pkg))), fix)
			return
		}
		if iface, ok := xt.Underlying().(*types.Interface); ok && iface.NumMethods() > 0 {
			fix := fmt.Sprintf("use pointers: give %s's methods pointer receivers, store &%s{...} and assert to *%s", name, name, name)
			if theirs {
				fix = notYours(name, where)
			}
			r.gap(typ.Pos(), fmt.Sprintf("a type assertion from %s to %s, a struct type declared %s", types.TypeString(xt, types.RelativeTo(r.pkg)), name, where), fix)
		}
		return
	}
	if iface, ok := t.Underlying().(*types.Interface); ok && iface.NumMethods() > 0 && !r.inAssertExpr(typ) && len(r.implementers(iface)) > 0 {
		r.gap(typ.Pos(), fmt.Sprintf("a type switch case for the interface %s, which types declared in this file implement", types.TypeString(t, types.RelativeTo(r.pkg))),
			fmt.Sprintf("use a comma-ok assertion before the switch (if v, ok := x.(%s); ok { ... })", types.TypeString(t, types.RelativeTo(r.pkg))))
	}
}

// inAssertExpr reports whether typ is the type of a type assertion
// expression (x.(T)), which the rewrites handle, rather than a type switch
// case.
func (r *rewriter) inAssertExpr(typ ast.Expr) bool {
	found := false
	ast.Inspect(r.file, func(n ast.Node) bool {
		if a, ok := n.(*ast.TypeAssertExpr); ok && a.Type == typ {
			found = true
		}
		return !found
	})
	return found
}

// gapErrorValue reports a value of a learner type with a composite
// underlying type stored as an error.
func (r *rewriter) gapErrorValue(e ast.Expr) {
	t := r.info.TypeOf(e)
	named := r.learnerNamed(t, false)
	if named == nil {
		return
	}
	switch named.Underlying().(type) {
	case *types.Struct, *types.Slice, *types.Map, *types.Array:
		name := named.Obj().Name()
		r.gap(e.Pos(), fmt.Sprintf("a value of type %s (declared in this file) stored in a variable of type error", name),
			fmt.Sprintf("give Error a pointer receiver (func (e *%s) Error() string) and use &%s{...}, or return the value from a function whose result type is error", name, name))
	}
}

func (r *rewriter) gapCall(n *ast.CallExpr, errType types.Type) {
	// error(x): a conversion.
	if tv, ok := r.info.Types[n.Fun]; ok && tv.IsType() {
		if types.Identical(tv.Type, errType) && len(n.Args) == 1 {
			r.gapErrorValue(n.Args[0])
		}
		return
	}
	pkg, name := r.calledFunc(n)
	switch {
	case pkg == "errors" && name == "As" && len(n.Args) == 2:
		target := r.info.TypeOf(n.Args[1])
		ptr, ok := target.(*types.Pointer)
		if !ok {
			return // any-typed targets are checked at run time
		}
		if named := r.learnerNamed(ptr.Elem(), true); named != nil {
			r.gap(n.Pos(), fmt.Sprintf("errors.As with a target of type %s (declared in this file)", types.TypeString(ptr.Elem(), types.RelativeTo(r.pkg))),
				"check for the error with errors.Is and a sentinel made with errors.New (var ErrX = errors.New(\"...\"))")
			return
		}
		// A target that is no error at all is go vet's to report (the
		// pre-check runs it first).
	case pkg == "fmt" && name == "Errorf" && len(n.Args) > 1:
		tv := r.info.Types[n.Args[0]]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			return
		}
		for _, i := range wrapOperands(constant.StringVal(tv.Value)) {
			if i+1 >= len(n.Args) {
				continue
			}
			arg := n.Args[i+1]
			if named := r.learnerNamed(r.info.TypeOf(arg), true); named != nil {
				r.gap(arg.Pos(), fmt.Sprintf("%%w in fmt.Errorf with a value of type %s (declared in this file)", types.TypeString(r.info.TypeOf(arg), types.RelativeTo(r.pkg))),
					"wrap an error made with errors.New, or format the value with %v")
			}
		}
	}
}

// gapPrintedInside reports an operand printed by fmt that holds values
// of a type of the package's own with a String or Error method (a slice
// of them, a struct with one in an exported field...): fmt calls the
// method on those too, and the interpreter hands it the bare values.
// (An operand that is itself of such a type is printed right: the
// sandbox's fmt gets it wrapped with its methods.)
func (r *rewriter) gapPrintedInside(n *ast.CallExpr) {
	for _, o := range r.printOperands(n) {
		if !fmtCallsMethods(o.verb) {
			continue
		}
		t := r.info.TypeOf(o.arg)
		if t == nil || r.printMethod(t) != "" {
			continue
		}
		if inner, method := r.methodTypeInside(t, map[types.Type]bool{}); inner != nil {
			ts := types.TypeString(t, types.RelativeTo(r.pkg))
			article := "a"
			if method == "Error" {
				article = "an"
			}
			r.gap(o.arg.Pos(), fmt.Sprintf("a value of type %s printed by fmt, which holds values of type %s (declared in this file, with %s %s method)",
				ts, types.TypeString(inner, types.RelativeTo(r.pkg)), article, method),
				fmt.Sprintf("print each of them with its %s method (x.%s())", method, method))
			return
		}
	}
}

// gapFieldNames reports %+v and %#v of values of the package's own struct
// types: the interpreter builds those types with exported field names
// (id becomes Xid) and without their names (%#v prints struct {...}).
func (r *rewriter) gapFieldNames(n *ast.CallExpr) {
	for _, o := range r.printOperands(n) {
		if o.verb != 'v' || o.pos < 0 {
			continue
		}
		lit := r.src[o.pos-1 : o.pos] // the byte before the verb: a flag?
		flags := string(lit)
		for i := o.pos - 1; i > 0 && strings.IndexByte("+-# 0123456789.*[]", r.src[i]) >= 0; i-- {
			flags = string(r.src[i]) + flags
		}
		sharp, plus := strings.Contains(flags, "#"), strings.Contains(flags, "+")
		if !sharp && !plus {
			continue
		}
		t := r.info.TypeOf(o.arg)
		if t == nil {
			continue
		}
		if inner := r.structInside(t, sharp, map[types.Type]bool{}); inner != nil {
			verb := "%+v"
			if sharp {
				verb = "%#v"
			}
			r.gap(o.arg.Pos(), fmt.Sprintf("%s of a value holding %s (a struct type declared in this file)", verb, types.TypeString(inner, types.RelativeTo(r.pkg))),
				"print the fields you need yourself, or use %v")
			return
		}
	}
}

// structInside finds a struct type of the package's own in t that the
// interpreter prints differently: any (for %#v), or one with unexported
// fields (for %+v).
func (r *rewriter) structInside(t types.Type, any bool, seen map[types.Type]bool) types.Type {
	if seen[t] {
		return nil
	}
	seen[t] = true
	if named := r.learnerNamed(t, false); named != nil {
		if st, ok := named.Underlying().(*types.Struct); ok {
			if any {
				return named
			}
			for i := 0; i < st.NumFields(); i++ {
				if !st.Field(i).Exported() {
					return named
				}
			}
		} else if any {
			return named
		}
	}
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Pointer:
		return r.structInside(u.Elem(), any, seen)
	case *types.Slice:
		return r.structInside(u.Elem(), any, seen)
	case *types.Array:
		return r.structInside(u.Elem(), any, seen)
	case *types.Map:
		if k := r.structInside(u.Key(), any, seen); k != nil {
			return k
		}
		return r.structInside(u.Elem(), any, seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if f := r.structInside(u.Field(i).Type(), any, seen); f != nil {
				return f
			}
		}
	}
	return nil
}

// gapJSON reports encoding/json on a struct type of the package's own with
// an embedded field, an unexported field, or a MarshalJSON/UnmarshalJSON
// (or text) method: the interpreter's struct types have none of those
// (embedded fields are not promoted, unexported ones are exported under
// another name, methods are not seen).
func (r *rewriter) gapJSON(n *ast.CallExpr) {
	pkg, name := r.calledFunc(n)
	var arg ast.Expr
	switch {
	case pkg == "encoding/json" && (name == "Marshal" || name == "MarshalIndent") && len(n.Args) > 0:
		arg = n.Args[0]
	case pkg == "encoding/json" && name == "Unmarshal" && len(n.Args) > 1:
		arg = n.Args[1]
	default:
		return
	}
	t := r.info.TypeOf(arg)
	if t == nil {
		return
	}
	if bad := r.jsonTrouble(t, map[types.Type]bool{}); bad != "" {
		r.gap(arg.Pos(), "encoding/json with "+bad, "give the struct only exported, named fields and no JSON methods, or build the JSON with a map[string]any")
	}
}

func (r *rewriter) jsonTrouble(t types.Type, seen map[types.Type]bool) string {
	if seen[t] {
		return ""
	}
	seen[t] = true
	if named := r.learnerNamed(t, true); named != nil {
		for _, m := range []string{"MarshalJSON", "UnmarshalJSON", "MarshalText", "UnmarshalText"} {
			if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), true, r.pkg, m); obj != nil {
				if _, isFunc := obj.(*types.Func); isFunc {
					return fmt.Sprintf("type %s (declared in this file), which has a %s method", named.Obj().Name(), m)
				}
			}
		}
		if st, ok := named.Underlying().(*types.Struct); ok {
			for i := 0; i < st.NumFields(); i++ {
				f := st.Field(i)
				switch {
				case f.Embedded():
					return fmt.Sprintf("type %s (declared in this file), which embeds %s", named.Obj().Name(), f.Name())
				case !f.Exported():
					return fmt.Sprintf("type %s (declared in this file), which has the unexported field %s", named.Obj().Name(), f.Name())
				}
			}
		}
	}
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Pointer:
		return r.jsonTrouble(u.Elem(), seen)
	case *types.Slice:
		return r.jsonTrouble(u.Elem(), seen)
	case *types.Array:
		return r.jsonTrouble(u.Elem(), seen)
	case *types.Map:
		return r.jsonTrouble(u.Elem(), seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if bad := r.jsonTrouble(u.Field(i).Type(), seen); bad != "" {
				return bad
			}
		}
	}
	return ""
}

// gapEmbeddedInterface reports a struct type that embeds an interface
// and cannot be rewritten: the interpreter cannot promote its methods
// (calling them panics, or finds nothing).
func (r *rewriter) gapEmbeddedInterface(st *ast.StructType) {
	if r.embeddedInterfaces(st) {
		return // rewritten (rewrite_embed.go)
	}
	for _, f := range st.Fields.List {
		if len(f.Names) != 0 {
			continue
		}
		if t := r.info.TypeOf(f.Type); t != nil && types.IsInterface(t) {
			r.gap(f.Type.Pos(), fmt.Sprintf("a struct that embeds the interface %s", types.TypeString(t, types.RelativeTo(r.pkg))),
				"give the field a name (inner "+types.TypeString(t, types.RelativeTo(r.pkg))+") and call its methods through it")
			return
		}
	}
}

func fmtCallsMethods(verb byte) bool { return verb == '?' || fmtverb.CallsMethods(verb) }

// methodTypeInside finds, in the elements, values and exported fields of
// t, a type of the package's own whose String or Error method fmt calls.
func (r *rewriter) methodTypeInside(t types.Type, seen map[types.Type]bool) (types.Type, string) {
	if seen[t] {
		return nil, ""
	}
	seen[t] = true
	var inner []types.Type
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Slice:
		inner = append(inner, u.Elem())
	case *types.Array:
		inner = append(inner, u.Elem())
	case *types.Map:
		inner = append(inner, u.Key(), u.Elem())
	case *types.Pointer:
		if _, ok := u.Elem().Underlying().(*types.Struct); ok {
			return r.methodTypeInside(u.Elem(), seen)
		}
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if f := u.Field(i); f.Exported() {
				inner = append(inner, f.Type())
			}
		}
	}
	for _, e := range inner {
		if m := r.printMethod(e); m != "" {
			return e, m
		}
		if found, m := r.methodTypeInside(e, seen); found != nil {
			return found, m
		}
	}
	return nil, ""
}

// printMethod returns "String" or "Error" when t is, or points to, a
// named type declared in the learner's file whose method set (t's own:
// pointer-receiver methods count only for a pointer) has fmt's
// String() string or Error() string; "" otherwise.
func (r *rewriter) printMethod(t types.Type) string {
	if t == nil || types.IsInterface(t) {
		return ""
	}
	base := types.Unalias(t)
	if p, ok := base.(*types.Pointer); ok {
		base = types.Unalias(p.Elem())
	}
	named, ok := base.(*types.Named)
	if !ok || named.Obj().Pkg() != r.pkg || types.IsInterface(named) {
		return ""
	}
	ms := types.NewMethodSet(t)
	for _, m := range []string{"Error", "String"} {
		sel := ms.Lookup(r.pkg, m)
		if sel == nil {
			continue
		}
		sig, ok := sel.Type().(*types.Signature)
		if !ok || sig.Params().Len() != 0 || sig.Results().Len() != 1 {
			continue
		}
		if types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
			return m
		}
	}
	return ""
}

// gap reports valid Go the interpreter runs wrongly, and a way around it.
// declaredIn says where obj is declared, for a message: "in this file",
// or "in common.go" with theirs true when it is another file of the
// package (one the challenge gives, which the learner does not change).
func (r *rewriter) declaredIn(obj types.Object) (where string, theirs bool) {
	file := r.fset.Position(obj.Pos()).Filename
	if file == "" || file == r.name {
		return "in this file", false
	}
	return "in " + filepath.Base(file), true
}

// notYours is the workaround for a gap in a type the learner cannot
// change: there is none to make.
func notYours(name, where string) string {
	return fmt.Sprintf("there is nothing to rewrite in your file: %s is the challenge's (declared %s); this challenge is one Lectern's grader cannot check yet", name, where)
}

func (r *rewriter) gap(at token.Pos, construct, workaround string) {
	p := r.fset.Position(at)
	r.diags = append(r.diags, Diagnostic{File: r.name, Line: p.Line, Col: p.Column, Unsupported: true,
		Message: construct + ": valid Go, but Lectern's interpreter runs it wrongly; until it can, " + workaround})
}

// calledFunc returns the package path and name of the package-level
// function a call calls ("", "" for anything else).
func (r *rewriter) calledFunc(n *ast.CallExpr) (pkg, name string) {
	sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
	if !ok {
		return "", ""
	}
	fn, ok := r.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil {
		return "", ""
	}
	if sig, ok := fn.Type().(*types.Signature); !ok || sig.Recv() != nil {
		return "", ""
	}
	return fn.Pkg().Path(), fn.Name()
}

// learnerNamed returns the named type declared in the learner's file that
// t is (or, with throughPointers, points to), or nil.
func (r *rewriter) learnerNamed(t types.Type, throughPointers bool) *types.Named {
	for t != nil {
		t = types.Unalias(t)
		if p, ok := t.(*types.Pointer); ok && throughPointers {
			t = p.Elem()
			continue
		}
		break
	}
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() != r.pkg {
		return nil
	}
	return named
}

// wrapOperands returns the indexes (from 0, after the format) of the
// operands a format string's %w verbs consume.
func wrapOperands(format string) []int {
	var out []int
	for _, op := range fmtverb.Operands(format) {
		if op.Verb == 'w' {
			out = append(out, op.Arg)
		}
	}
	return out
}
