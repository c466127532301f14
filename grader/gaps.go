package grader

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"
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
	if pkg == "fmt" {
		r.gapFmtMethods(n, name)
	}
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

// fmtOperands gives, for fmt's print functions, the index of the first
// argument printed and whether the one before it is a format.
var fmtOperands = map[string]struct {
	first  int
	format bool
}{
	"Print": {0, false}, "Println": {0, false}, "Sprint": {0, false}, "Sprintln": {0, false},
	"Fprint": {1, false}, "Fprintln": {1, false}, "Append": {1, false}, "Appendln": {1, false},
	"Printf": {1, true}, "Sprintf": {1, true}, "Errorf": {1, true},
	"Fprintf": {2, true}, "Appendf": {2, true},
}

// gapFmtMethods reports the operands of a call to fmt's print functions
// whose String or Error method the interpreter does not call: a value of
// a learner type (or a pointer to one) is printed as its bare fields.
// Only the verbs for which fmt calls the methods count (%v, %s, %q, %x,
// %X, and every operand of Print, Println...); %w is gapCall's.
func (r *rewriter) gapFmtMethods(n *ast.CallExpr, name string) {
	op, ok := fmtOperands[name]
	if !ok || n.Ellipsis.IsValid() || len(n.Args) <= op.first {
		return
	}
	args := n.Args[op.first:]
	var printed []int // indexes into args
	if !op.format {
		for i := range args {
			printed = append(printed, i)
		}
	} else {
		tv := r.info.Types[n.Args[op.first-1]]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			// An unknown format: any operand may be printed with %v.
			for i := range args {
				printed = append(printed, i)
			}
		} else {
			seen := map[int]bool{}
			for _, o := range formatOperands(constant.StringVal(tv.Value)) {
				if o.arg < len(args) && !seen[o.arg] && strings.IndexByte("vsqxX", o.verb) >= 0 {
					seen[o.arg] = true
					printed = append(printed, o.arg)
				}
			}
		}
	}
	for _, i := range printed {
		arg := args[i]
		t := r.info.TypeOf(arg)
		method := r.printMethod(t)
		if method == "" {
			continue
		}
		ts := types.TypeString(t, types.RelativeTo(r.pkg))
		article := "a"
		if method == "Error" {
			article = "an"
		}
		r.gap(arg.Pos(), fmt.Sprintf("a value of type %s (declared in this file, with %s %s method) printed by fmt.%s", ts, article, method, name),
			fmt.Sprintf("call the method yourself and print the string it returns (x.%s() in place of x)", method))
	}
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
	for _, op := range formatOperands(format) {
		if op.verb == 'w' {
			out = append(out, op.arg)
		}
	}
	return out
}

// operand is an operand a format string's verb consumes: its index (from
// 0, after the format) and the verb.
type operand struct {
	arg  int
	verb byte
}

// formatOperands returns the operands a format string's verbs consume,
// following fmt's rules for flags, * widths and precisions, and explicit
// [n] indexes (operands consumed by * are left out).
func formatOperands(format string) []operand {
	var out []operand
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		// Flags.
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			i++
		}
		// Width and precision, each possibly * or [n]*.
		for part := 0; part < 2 && i < len(format); part++ {
			if part == 1 {
				if format[i] != '.' {
					break
				}
				i++
			}
			i, arg = argIndex(format, i, arg)
			if i < len(format) && format[i] == '*' {
				arg++
				i++
				continue
			}
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				i++
			}
		}
		i, arg = argIndex(format, i, arg)
		if i >= len(format) {
			break
		}
		if format[i] != '%' {
			out = append(out, operand{arg, format[i]})
			arg++
		}
	}
	return out
}

// argIndex parses an explicit argument index "[n]" at format[i].
func argIndex(format string, i, arg int) (int, int) {
	if i >= len(format) || format[i] != '[' {
		return i, arg
	}
	end := strings.IndexByte(format[i:], ']')
	if end < 0 {
		return i, arg
	}
	n, err := strconv.Atoi(format[i+1 : i+end])
	if err != nil || n < 1 {
		return i, arg
	}
	return i + end + 1, n - 1
}
