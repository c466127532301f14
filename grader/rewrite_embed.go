package grader

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// An interface embedded in a struct (struct{ Pricer; extra int }, a
// writer wrapping an io.Writer) gives the struct the interface's methods,
// but yaegi v0.16.1 does not promote them: calling one panics or finds
// nothing, and the struct does not satisfy the interface. The rewrite
// names the field as Go already names it (Pricer Pricer: selectors and
// keyed literals are unchanged) and gives the struct, for every method Go
// promotes through that field, a method that calls it — the method set
// Go computes (types.NewMethodSet), so a method the struct declares
// itself, or one two fields provide at the same depth, is left as Go
// leaves it. The methods go at the end of the file, so no line moves.
//
// It needs a named, non-generic struct type declared at package level
// (methods can be declared only there) and method signatures the file
// can spell (every package they mention imported: rewriter.typeName);
// anything else stays a reported gap.

// embeddedInterfaces rewrites the embedded interfaces of st, and reports
// false when it cannot (the caller reports the gap).
func (r *rewriter) embeddedInterfaces(st *ast.StructType) bool {
	spec := r.typeSpecOf(st)
	if spec == nil || spec.TypeParams != nil || spec.Assign != token.NoPos {
		return false
	}
	obj, ok := r.info.Defs[spec.Name].(*types.TypeName)
	if !ok {
		return false
	}
	named, ok := obj.Type().(*types.Named)
	if !ok {
		return false
	}
	s, ok := named.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	// The fields to name, by index in the struct.
	embedded := map[int]*ast.Field{}
	i := 0
	for _, f := range st.Fields.List {
		if len(f.Names) == 0 {
			if types.IsInterface(s.Field(i).Type()) {
				embedded[i] = f
			}
			i++
			continue
		}
		i += len(f.Names)
	}
	if len(embedded) == 0 {
		return true
	}
	var methods []string
	recv := r.fresh("Recv")
	ms := types.NewMethodSet(types.NewPointer(named))
	for k := 0; k < ms.Len(); k++ {
		sel := ms.At(k)
		path := sel.Index()
		if _, through := embedded[path[0]]; !through || len(path) != 2 {
			continue
		}
		fn := sel.Obj().(*types.Func)
		if !fn.Exported() && fn.Pkg() != r.pkg {
			return false // a method the file cannot name
		}
		text, ok := forwarder(recv, obj.Name(), s.Field(path[0]).Name(), fn, r.typeName, r.fresh)
		if !ok {
			return false
		}
		methods = append(methods, text)
	}
	for idx, f := range embedded {
		r.insert(f.Type.Pos(), s.Field(idx).Name()+" ")
	}
	for _, m := range methods {
		r.helpers[r.fresh("Promoted")] = m
	}
	return true
}

// forwarder is the method recvType.M that calls recv.field.M, for the
// method fn of an embedded interface; spell writes a type as the file can
// ("" when it cannot).
func forwarder(recv, recvType, field string, fn *types.Func, spell func(types.Type) string, fresh func(string) string) (string, bool) {
	sig := fn.Type().(*types.Signature)
	var params, args []string
	for i := 0; i < sig.Params().Len(); i++ {
		name, t := fresh("P"), sig.Params().At(i).Type()
		arg, prefix := name, ""
		if sig.Variadic() && i == sig.Params().Len()-1 {
			t, prefix, arg = t.(*types.Slice).Elem(), "...", name+"..."
		}
		spelt := spell(t)
		if spelt == "" {
			return "", false
		}
		params = append(params, name+" "+prefix+spelt)
		args = append(args, arg)
	}
	var results []string
	for i := 0; i < sig.Results().Len(); i++ {
		spelt := spell(sig.Results().At(i).Type())
		if spelt == "" {
			return "", false
		}
		results = append(results, spelt)
	}
	call := recv + "." + field + "." + fn.Name() + "(" + strings.Join(args, ", ") + ")"
	var b strings.Builder
	b.WriteString("func (" + recv + " " + recvType + ") " + fn.Name() + "(" + strings.Join(params, ", ") + ")")
	switch len(results) {
	case 0:
		b.WriteString(" {\n\t" + call + "\n}\n")
	case 1:
		b.WriteString(" " + results[0] + " {\n\treturn " + call + "\n}\n")
	default:
		b.WriteString(" (" + strings.Join(results, ", ") + ") {\n\treturn " + call + "\n}\n")
	}
	return b.String(), true
}

// typeSpecOf is the package-level type declaration whose type is st.
func (r *rewriter) typeSpecOf(st *ast.StructType) *ast.TypeSpec {
	for _, d := range r.file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, sp := range gd.Specs {
			if ts := sp.(*ast.TypeSpec); ts.Type == st {
				return ts
			}
		}
	}
	return nil
}
