package grader

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/lectern-dev/lectern/grader/internal/fmtverb"
	"github.com/lectern-dev/lectern/grader/stdlib"
)

// Rewrites that give the interpreter values it gets wrong when left to
// compute or infer them itself. Each uses what the type checker already
// knows:
//
//   - constants: every constant expression that is not already a literal
//     becomes its value, converted to its type (yaegi v0.16.1 loses the
//     named type of typed constants, cannot hold constants beyond int64,
//     folds mixed float and integer constant arithmetic wrongly, and
//     fails on typed iota shifts); a const spec that repeats the one
//     before it implicitly gets its value spelled out;
//   - type arguments: a call of a generic function of the package whose
//     type arguments were inferred gets them written out (yaegi infers
//     them wrongly, or not at all, when they differ from each other);
//   - %T: an operand whose static type is concrete prints the type's name
//     (yaegi prints the underlying type of the package's own types).

// maxFoldedString is the longest string constant written out in full;
// longer ones keep their expression (they are rarely mishandled, and
// copying them everywhere could make the source huge).
const maxFoldedString = 256

// foldConstants replaces constant expressions with their values.
func (r *rewriter) foldConstants() {
	// Const specs that repeat the previous expression implicitly.
	ast.Inspect(r.file, func(n ast.Node) bool {
		gd, ok := n.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			return true
		}
		var lastType ast.Expr
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			if len(vs.Values) > 0 {
				lastType = vs.Type
				continue
			}
			// Spell out "Name Type = value" for each name.
			if len(vs.Names) != 1 {
				continue // rare; left to the interpreter
			}
			obj, _ := r.info.Defs[vs.Names[0]].(*types.Const)
			if obj == nil {
				continue
			}
			lit, ok := constLiteral(types.TypeAndValue{Type: obj.Type(), Value: obj.Val()})
			if !ok {
				continue
			}
			text := " = " + lit
			if lastType != nil {
				name := r.typeName(obj.Type())
				if name == "" {
					continue
				}
				text = " " + name + text
			}
			r.insert(vs.Names[0].End(), text)
		}
		return false
	})
	ast.Inspect(r.file, func(n ast.Node) bool {
		e, ok := n.(ast.Expr)
		if !ok {
			return true
		}
		switch e.(type) {
		case *ast.BasicLit:
			return false
		case *ast.CompositeLit, *ast.FuncLit:
			return true
		}
		tv, ok := r.info.Types[e]
		if !ok || tv.Value == nil || tv.IsType() {
			return true
		}
		if id, ok := e.(*ast.Ident); ok && (id.Name == "true" || id.Name == "false" || id.Name == "iota") && isUntyped(tv.Type) {
			return false
		}
		if r.fset.Position(e.Pos()).Line != r.fset.Position(e.End()).Line {
			return false // folding it would lose lines (long strings, mostly)
		}
		text, ok := r.constantText(tv)
		if !ok {
			return true // fold what is inside, if anything
		}
		r.replace(e.Pos(), e.End(), text)
		return false
	})
}

// constantText spells a constant of type tv.Type: the literal, converted
// when the type is not untyped.
func (r *rewriter) constantText(tv types.TypeAndValue) (string, bool) {
	if tv.Value.Kind() == constant.String && len(constant.StringVal(tv.Value)) > maxFoldedString {
		return "", false
	}
	if tv.Value.Kind() == constant.Float && isUntyped(tv.Type) {
		// An untyped float may need more precision than a float64
		// literal carries; it is rounded once, where it gets a type.
		return "", false
	}
	lit, ok := constLiteral(tv)
	if !ok {
		return "", false
	}
	if isUntyped(tv.Type) {
		return lit, true
	}
	name := r.typeName(tv.Type)
	if name == "" {
		return "", false
	}
	if b, ok := tv.Type.Underlying().(*types.Basic); ok && b.Info()&types.IsFloat != 0 {
		var f float64
		if b.Kind() == types.Float32 {
			f32, _ := constant.Float32Val(tv.Value)
			f = float64(f32)
		} else {
			f, _ = constant.Float64Val(tv.Value)
		}
		lit = strconv.FormatFloat(f, 'g', -1, 64)
		if !strings.ContainsAny(lit, ".eEIN") {
			lit += ".0"
		}
		if strings.ContainsAny(lit, "IN") {
			return "", false
		}
	}
	return name + "(" + lit + ")", true
}

// explicitTypeArgs writes out the inferred type arguments of calls of the
// package's own generic functions.
func (r *rewriter) explicitTypeArgs() {
	called := map[*ast.Ident]bool{}
	ast.Inspect(r.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		var id *ast.Ident
		explicit := false
		fun := ast.Unparen(call.Fun)
		switch f := fun.(type) {
		case *ast.IndexExpr:
			fun, explicit = ast.Unparen(f.X), true
		case *ast.IndexListExpr:
			fun, explicit = ast.Unparen(f.X), true
		}
		switch fun := fun.(type) {
		case *ast.Ident:
			id = fun
		case *ast.SelectorExpr:
			id = fun.Sel
		default:
			return true // not a plain function
		}
		sig, args, std, ok := r.inferredTypeArgs(id)
		if !ok || (explicit && !std) {
			return true // (explicit type arguments: see below)
		}
		if !explicit {
			called[id] = true
			if args != "" {
				r.insert(call.Fun.End(), args)
			}
		}
		for p, ok := call.Fun.(*ast.ParenExpr); ok && explicit && std; p, ok = p.X.(*ast.ParenExpr) {
			// (slices.Index[int])(xs, 9) crashes yaegi; without the
			// parentheses it runs.
			r.replace(p.Lparen, p.Lparen+1, "")
			r.replace(p.Rparen, p.Rparen+1, "")
		}
		if std {
			// A result of the named slice or map type the real function
			// returns (S, M) is a plain []E or map[K]V from Lectern's.
			if named, ok := r.info.TypeOf(call).(*types.Named); ok && sig.Results().Len() == 1 {
				if _, isTP := sig.Results().At(0).Type().(*types.TypeParam); isTP {
					if name := r.typeName(named); name != "" {
						r.wrap(call.Pos(), call.End(), name+"(", ")")
					}
				}
			}
		}
		return true
	})
	// A generic function used as a value (slices.EqualFunc(a, b,
	// slices.Equal)) is instantiated explicitly too.
	ast.Inspect(r.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IndexExpr, *ast.IndexListExpr:
			// Explicit already; but the type arguments of one of Lectern's
			// slices and maps functions are its own (slices.Index[[]int]
			// is Index[int] there).
			var x ast.Expr
			var lbrack, rbrack token.Pos
			switch n := n.(type) {
			case *ast.IndexExpr:
				x, lbrack, rbrack = n.X, n.Lbrack, n.Rbrack
			case *ast.IndexListExpr:
				x, lbrack, rbrack = n.X, n.Lbrack, n.Rbrack
			}
			var id *ast.Ident
			switch x := ast.Unparen(x).(type) {
			case *ast.Ident:
				id = x
			case *ast.SelectorExpr:
				id = x.Sel
			}
			if id != nil {
				if _, args, std, ok := r.inferredTypeArgs(id); ok && std && args != "" {
					r.replace(lbrack, rbrack+1, args)
				}
			}
			return false
		case *ast.SelectorExpr:
			if !called[n.Sel] {
				if _, args, _, ok := r.inferredTypeArgs(n.Sel); ok && args != "" {
					r.insert(n.End(), args)
				}
			}
			return false
		case *ast.Ident:
			if !called[n] {
				if _, args, _, ok := r.inferredTypeArgs(n); ok && args != "" {
					r.insert(n.End(), args)
				}
			}
		}
		return true
	})
}

// inferredTypeArgs spells "[T1, T2]" for an instantiation of a generic
// function of the package's (or of Lectern's slices, maps, cmp and iter,
// std, whose type parameters are its own: see stdlib.TypeParams) whose
// type arguments were inferred; ok is false when there is nothing to
// write.
func (r *rewriter) inferredTypeArgs(id *ast.Ident) (sig *types.Signature, args string, std, ok bool) {
	inst, found := r.info.Instances[id]
	if !found || inst.TypeArgs.Len() == 0 {
		return nil, "", false, false
	}
	fn, isFunc := r.info.Uses[id].(*types.Func)
	if !isFunc || fn.Pkg() == nil {
		return nil, "", false, false
	}
	std = stdlib.Interpreted(fn.Pkg().Path())
	if !std && !r.ownPackage(fn.Pkg()) {
		return nil, "", false, false
	}
	sig, isSig := fn.Type().(*types.Signature)
	if !isSig || sig.Recv() != nil {
		return nil, "", false, false // methods are instantiated through their receiver
	}
	var list []string
	if std {
		// Lectern's function has type parameters of its own (no S ~[]E;
		// maps.EqualFunc's K2, always K): each gets the argument of the
		// standard library's parameter of its name, or of its name
		// without the digits at its end.
		ours, found := stdlib.TypeParams(fn.Pkg().Path(), fn.Name())
		if !found {
			return nil, "", false, false
		}
		byName := map[string]types.Type{}
		for i := 0; i < inst.TypeArgs.Len(); i++ {
			byName[sig.TypeParams().At(i).Obj().Name()] = inst.TypeArgs.At(i)
		}
		for _, p := range ours {
			t, named := byName[p]
			if !named {
				t, named = byName[strings.TrimRight(p, "0123456789")]
			}
			name := ""
			if named {
				name = r.typeName(t)
			}
			if name == "" {
				return nil, "", false, false
			}
			list = append(list, name)
		}
	}
	for i := 0; !std && i < inst.TypeArgs.Len(); i++ {
		name := r.typeName(inst.TypeArgs.At(i))
		if name == "" {
			return nil, "", false, false
		}
		list = append(list, name)
	}
	if len(list) > 0 {
		args = "[" + strings.Join(list, ", ") + "]"
	}
	return sig, args, std, true
}

// ownPackage reports whether pkg is the package being rewritten or the
// package it tests.
func (r *rewriter) ownPackage(pkg *types.Package) bool {
	if pkg == r.pkg {
		return true
	}
	return r.pkg != nil && strings.TrimSuffix(r.pkg.Path(), "_test") == pkg.Path()
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

// printOperand is one operand of a fmt call and the verb that prints it
// (0 for Print and Println; '?' when the format is not known).
type printOperand struct {
	arg  ast.Expr
	verb byte
	pos  int // byte offset of the verb in the format literal's source (-1: none)
}

// printOperands returns the operands of a call to one of fmt's print
// functions (nil for other calls).
func (r *rewriter) printOperands(n *ast.CallExpr) []printOperand {
	pkg, name := r.calledFunc(n)
	op, ok := fmtOperands[name]
	if pkg != "fmt" || !ok || n.Ellipsis.IsValid() || len(n.Args) <= op.first {
		return nil
	}
	args := n.Args[op.first:]
	var out []printOperand
	if !op.format {
		for _, a := range args {
			out = append(out, printOperand{arg: a, pos: -1})
		}
		return out
	}
	fmtArg := n.Args[op.first-1]
	tv := r.info.Types[fmtArg]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		for _, a := range args {
			out = append(out, printOperand{arg: a, verb: '?', pos: -1})
		}
		return out
	}
	// Offsets of the verbs in the literal's source, when the format is a
	// literal.
	var verbPos []int
	if lit, ok := ast.Unparen(fmtArg).(*ast.BasicLit); ok {
		if offsets := literalOffsets(string(r.src[r.off(lit.Pos()):r.off(lit.End())])); offsets != nil {
			for _, o := range fmtverb.Operands(constant.StringVal(tv.Value)) {
				if o.At < len(offsets) {
					verbPos = append(verbPos, r.off(lit.Pos())+offsets[o.At])
				}
			}
		}
	}
	for i, o := range fmtverb.Operands(constant.StringVal(tv.Value)) {
		if o.Arg >= len(args) {
			continue
		}
		p := -1
		if i < len(verbPos) {
			p = verbPos[i]
		}
		out = append(out, printOperand{arg: args[o.Arg], verb: o.Verb, pos: p})
	}
	return out
}

// literalOffsets maps each byte of a string literal's value to the
// offset in its source (the literal with its quotes) where the character
// that produced it starts; nil if the literal cannot be read.
func literalOffsets(src string) []int {
	if len(src) < 2 {
		return nil
	}
	var out []int
	if src[0] == '`' {
		for i := 1; i < len(src)-1; i++ {
			if src[i] != '\r' { // raw literals drop carriage returns
				out = append(out, i)
			}
		}
		return out
	}
	rest := src[1 : len(src)-1]
	at := 1
	for len(rest) > 0 {
		r, multibyte, tail, err := strconv.UnquoteChar(rest, '"')
		if err != nil {
			return nil
		}
		n := 1 // an ASCII character, or a byte escape (\xNN, \377)
		if multibyte {
			n = len(string(r))
		}
		for j := 0; j < n; j++ {
			out = append(out, at)
		}
		at += len(rest) - len(tail)
		rest = tail
	}
	return out
}

// fixPrintOperands makes fmt print the static types of the operands it
// prints with %T, and see the methods of call results it prints.
func (r *rewriter) fixPrintOperands() {
	ast.Inspect(r.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		seen := map[ast.Expr]bool{}
		for _, o := range r.printOperands(call) {
			if seen[o.arg] {
				continue // an operand printed twice ([1] indexes): leave it
			}
			seen[o.arg] = true
			t := r.info.TypeOf(o.arg)
			if t == nil {
				continue
			}
			switch {
			case o.verb == 'T':
				r.fixTypeVerb(o, t)
			case fmtCallsMethods(o.verb) && r.printedInterface(o.arg, t):
			case r.printMethod(t) != "" && r.isCall(o.arg):
				// The interpreter hands fmt the result of a call without
				// its methods, the same value converted with them.
				name := r.typeName(t)
				if name == "" {
					break
				}
				if strings.HasPrefix(name, "*") {
					name = "(" + name + ")"
				}
				r.wrap(o.arg.Pos(), o.arg.End(), name+"(", ")")
			}
		}
		return true
	})
}

// printedInterface makes fmt see the String or Error method of a value of
// one of the learner's interface types, which the interpreter hands fmt
// without its methods: fmt gets the runtime package's stand-in, whose
// method calls the interface's (see the sandbox's printed.go). It reports
// whether it did.
func (r *rewriter) printedInterface(arg ast.Expr, t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || !types.IsInterface(named) || named.Obj().Pkg() == nil || !r.ownPackage(named.Obj().Pkg()) {
		return false
	}
	ms := types.NewMethodSet(named)
	hasMethod := func(name string) bool {
		sel := ms.Lookup(nil, name)
		if sel == nil {
			return false
		}
		sig := sel.Type().(*types.Signature)
		return sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.String])
	}
	method, stand := "String", "Stringer"
	if hasMethod("Error") {
		method, stand = "Error", "Error" // fmt prefers Error
	} else if !hasMethod("String") {
		return false
	}
	from := r.helperType(t)
	if from == "" {
		return false
	}
	helper := r.helper("print "+from, func(name string) string {
		return "func " + name + "(x " + from + ") any {\n\tvar none " + from + "\n\tif x == none {\n\t\treturn nil\n\t}\n" +
			"\treturn " + r.runtimeAlias + "." + stand + "(x, func() string { return x." + method + "() })\n}\n"
	})
	r.wrapPart(arg.Pos(), arg.End(), helper+"(", ")")
	return true
}

// isCall reports whether e is a function or method call (not a
// conversion).
func (r *rewriter) isCall(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	tv, ok := r.info.Types[call.Fun]
	return !ok || !tv.IsType()
}

// fixTypeVerb prints the name of a concrete static type for %T: the verb
// becomes %s and the operand, still evaluated, a helper call returning
// the name as reflect would spell it.
func (r *rewriter) fixTypeVerb(o printOperand, t types.Type) {
	if o.pos < 0 || types.IsInterface(t) {
		return
	}
	name, ok := reflectTypeName(t)
	if !ok {
		return
	}
	helper := r.base + "TypeName"
	r.helpers[helper] = "func " + helper + "(_ any, name string) string { return name }\n"
	r.edits = append(r.edits, edit{start: o.pos, end: o.pos + 1, text: "s"})
	r.wrap(o.arg.Pos(), o.arg.End(), helper+"(", ", "+strconv.Quote(name)+")")
}

// reflectTypeName spells t as reflect.Type.String does, for the types
// where that is certain: basic types, named types that are not generic,
// and pointers, slices, arrays, maps, channels and functions of those.
func reflectTypeName(t types.Type) (string, bool) {
	switch t := types.Unalias(t).(type) {
	case *types.Basic:
		if t.Info()&types.IsUntyped != 0 {
			return "", false
		}
		return types.Typ[t.Kind()].Name(), true // byte and rune are uint8 and int32
	case *types.Named:
		if t.TypeArgs().Len() > 0 || t.Obj().Pkg() == nil {
			return "", false
		}
		if t.Obj().Parent() != nil && t.Obj().Parent() != t.Obj().Pkg().Scope() {
			return "", false // a type declared inside a function
		}
		return t.Obj().Pkg().Name() + "." + t.Obj().Name(), true
	case *types.Pointer:
		s, ok := reflectTypeName(t.Elem())
		return "*" + s, ok
	case *types.Slice:
		s, ok := reflectTypeName(t.Elem())
		return "[]" + s, ok
	case *types.Array:
		s, ok := reflectTypeName(t.Elem())
		return "[" + strconv.FormatInt(t.Len(), 10) + "]" + s, ok
	case *types.Map:
		k, ok1 := reflectTypeName(t.Key())
		v, ok2 := reflectTypeName(t.Elem())
		return "map[" + k + "]" + v, ok1 && ok2
	case *types.Chan:
		s, ok := reflectTypeName(t.Elem())
		switch t.Dir() {
		case types.SendOnly:
			return "chan<- " + s, ok
		case types.RecvOnly:
			return "<-chan " + s, ok
		}
		return "chan " + s, ok
	}
	return "", false
}

// untypedShifts converts the untyped constant on the left of a shift by
// a variable count to the shift's type ("1 << n" in a byte expression is
// a byte; yaegi makes it an int).
func (r *rewriter) untypedShifts() {
	ast.Inspect(r.file, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if !ok || (b.Op != token.SHL && b.Op != token.SHR) {
			return true
		}
		if tv := r.info.Types[b]; tv.Value != nil || tv.Type == nil || isUntyped(tv.Type) {
			return true
		}
		x := r.info.Types[b.X]
		if x.Value == nil {
			return true
		}
		if _, lit := ast.Unparen(b.X).(*ast.BasicLit); !lit && !isUntyped(x.Type) {
			return true // a typed constant was folded to its typed value already
		}
		name := r.typeName(r.info.TypeOf(b))
		if name == "" {
			return true
		}
		r.wrap(b.X.Pos(), b.X.End(), name+"(", ")")
		return true
	})
}
