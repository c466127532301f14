package grader

import (
	"go/ast"
	"go/types"
	"strings"
)

// testing/quick finds a type's Generate method through reflect, where the
// interpreter's types have none: quick would make their values itself, at
// random, and a property that holds for the values Generate makes could
// fail. A call quick.Check(f, config) or quick.CheckEqual(f, g, config)
// whose f takes arguments of the learner's types with a Generate method
// becomes a call of the runtime package's QuickCheck(f, config, gens...),
// which makes those arguments with the methods it is handed (nil: quick
// makes that one). Whatever else would let quick meet such a type
// (quick.Value, a property of a type only known at run time, one of those
// types inside another argument's type) is reported by the pre-check as
// the interpreter's limitation (checker.quickGenerators).

// quickCall is the analysis of a call of quick.Check or quick.CheckEqual.
type quickCall struct {
	name string       // "Check" or "CheckEqual"
	gens []types.Type // per argument of the property: its type when it has a Generate method, else nil
	need bool         // some argument has one
}

// quickFunc returns the testing/quick function id names, if it is one.
func quickFunc(info *types.Info, id *ast.Ident) (*types.Func, bool) {
	fn, ok := info.Uses[id].(*types.Func)
	return fn, ok && fn.Pkg() != nil && fn.Pkg().Path() == "testing/quick"
}

// generatorOf returns testing/quick's Generator interface, from the
// package of fn.
func generatorOf(fn *types.Func) *types.Interface {
	obj := fn.Pkg().Scope().Lookup("Generator")
	if obj == nil {
		return nil
	}
	iface, _ := obj.Type().Underlying().(*types.Interface)
	return iface
}

// analyseQuickCall reads a call of quick.Check or quick.CheckEqual. ok is
// false when the arguments of its property cannot be known or an
// argument's type holds a generator type deeper than at its top.
func analyseQuickCall(info *types.Info, call *ast.CallExpr, fn *types.Func, generator func(types.Type) bool) (qc quickCall, ok bool) {
	qc.name = fn.Name()
	if (qc.name != "Check" && qc.name != "CheckEqual") || len(call.Args) == 0 || call.Ellipsis.IsValid() {
		return qc, false
	}
	sig, isSig := info.TypeOf(call.Args[0]).Underlying().(*types.Signature)
	if !isSig {
		return qc, false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		if generator(t) {
			qc.gens = append(qc.gens, t)
			qc.need = true
			continue
		}
		if holdsType(t, generator) {
			return qc, false
		}
		qc.gens = append(qc.gens, nil)
	}
	return qc, true
}

// holdsType reports whether a type made of t (its elements, fields,
// keys...) satisfies is.
func holdsType(t types.Type, is func(types.Type) bool) bool {
	seen := map[types.Type]bool{}
	var walk func(t types.Type, top bool) bool
	walk = func(t types.Type, top bool) bool {
		if seen[t] {
			return false
		}
		seen[t] = true
		if !top && is(t) {
			return true
		}
		switch u := t.Underlying().(type) {
		case *types.Pointer:
			return walk(u.Elem(), false)
		case *types.Slice:
			return walk(u.Elem(), false)
		case *types.Array:
			return walk(u.Elem(), false)
		case *types.Map:
			return walk(u.Key(), false) || walk(u.Elem(), false)
		case *types.Struct:
			for i := 0; i < u.NumFields(); i++ {
				if walk(u.Field(i).Type(), false) {
					return true
				}
			}
		}
		return false
	}
	return walk(t, true)
}

// quickGeneratorText spells, for the rewritten call, the function that
// makes an argument of type t with its Generate method, or "nil".
func (r *rewriter) quickGeneratorText(t types.Type) (string, bool) {
	if t == nil {
		return "nil", true
	}
	randNamed, valueNamed := lookupType("math/rand", "Rand", t), lookupType("reflect", "Value", t)
	if randNamed == nil || valueNamed == nil {
		return "", false
	}
	tn, randT, valueT := r.typeName(t), r.typeName(types.NewPointer(randNamed)), r.typeName(valueNamed)
	if tn == "" || randT == "" || valueT == "" {
		return "", false
	}
	rv, p0, p1 := r.fresh("R"), r.fresh("P"), r.fresh("P")
	return "func(" + p0 + " " + randT + ", " + p1 + " int) " + valueT + " { var " + rv + " " + tn + "; return " + rv + ".Generate(" + p0 + ", " + p1 + ") }", true
}

// lookupType finds the named type name of package path among the types
// the signature of t's Generate method mentions.
func lookupType(path, name string, t types.Type) types.Type {
	m, _, _ := types.LookupFieldOrMethod(t, true, nil, "Generate")
	fn, ok := m.(*types.Func)
	if !ok {
		return nil
	}
	sig := fn.Type().(*types.Signature)
	var found types.Type
	for _, tuple := range []*types.Tuple{sig.Params(), sig.Results()} {
		for i := 0; i < tuple.Len(); i++ {
			pt := tuple.At(i).Type()
			if p, isPtr := pt.(*types.Pointer); isPtr {
				pt = p.Elem()
			}
			if named, isNamed := pt.(*types.Named); isNamed && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == path && named.Obj().Name() == name {
				found = named
			}
		}
	}
	return found
}

// rewriteQuick rewrites a call of quick.Check or quick.CheckEqual (see
// the top of this file); it reports whether it did.
func (r *rewriter) rewriteQuick(n *ast.CallExpr) bool {
	var id *ast.Ident
	switch f := n.Fun.(type) {
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.Ident:
		id = f
	default:
		return false
	}
	fn, isQuick := quickFunc(r.info, id)
	if !isQuick {
		return false
	}
	gen := generatorOf(fn)
	qc, ok := analyseQuickCall(r.info, n, fn, func(t types.Type) bool { return r.learnerGenerator(t, gen) })
	if !ok || !qc.need {
		return false
	}
	var gens []string
	for _, t := range qc.gens {
		text, ok := r.quickGeneratorText(t)
		if !ok {
			return false
		}
		gens = append(gens, text)
	}
	r.replace(n.Fun.Pos(), n.Fun.End(), r.runtimeAlias+".Quick"+qc.name)
	r.insert(n.Args[len(n.Args)-1].End(), ", "+strings.Join(gens, ", ")) // (before any trailing comma)
	return true
}

// learnerGenerator reports whether t is a type of the learner's package
// (or its tests') whose values have testing/quick's Generate method.
func (r *rewriter) learnerGenerator(t types.Type, gen *types.Interface) bool {
	t = types.Unalias(t)
	return gen != nil && !types.IsInterface(t) && declaredIn(t, r.ownPackage) && types.Implements(t, gen)
}

// declaredIn reports whether t, or what it points to, is a named type of
// a package own accepts.
func declaredIn(t types.Type, own func(*types.Package) bool) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Pkg() != nil && own(named.Obj().Pkg())
}
