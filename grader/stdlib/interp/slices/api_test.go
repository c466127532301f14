package slices_test

import (
	"go/importer"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

// TestAPI checks that each of our four packages declares every exported
// identifier of the real one, of the same kind, and that functions take
// the same parameters (names, order, variadic) and return as many
// results. The types differ as the package comments say (S ~[]E is []E,
// M ~map[K]V is map[K]V, iter.Seq parameters are plain functions,
// cmp.Ordered is cmpOrdered); the tests of each package compare behaviour.
func TestAPI(t *testing.T) {
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "source", nil)
	for _, name := range []string{"cmp", "iter", "slices", "maps"} {
		real, err := imp.Import(name)
		if err != nil {
			t.Fatal(err)
		}
		ours, err := imp.Import("github.com/lectern-dev/lectern/grader/stdlib/interp/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if ours.Name() != name {
			t.Errorf("package %s is named %s", name, ours.Name())
		}
		for _, id := range real.Scope().Names() {
			robj := real.Scope().Lookup(id)
			if !robj.Exported() {
				continue
			}
			oobj := ours.Scope().Lookup(id)
			if oobj == nil {
				t.Errorf("%s.%s is missing", name, id)
				continue
			}
			switch r := robj.(type) {
			case *types.Func:
				o, ok := oobj.(*types.Func)
				if !ok {
					t.Errorf("%s.%s is not a func", name, id)
					continue
				}
				rs := r.Type().(*types.Signature)
				os := o.Type().(*types.Signature)
				if rs.Params().Len() != os.Params().Len() || rs.Results().Len() != os.Results().Len() || rs.Variadic() != os.Variadic() {
					t.Errorf("%s.%s: %v, the real one %v", name, id, os, rs)
					continue
				}
				for i := 0; i < rs.Params().Len(); i++ {
					if rs.Params().At(i).Name() != os.Params().At(i).Name() {
						t.Errorf("%s.%s: parameter %d is %s, the real one %s", name, id, i, os.Params().At(i).Name(), rs.Params().At(i).Name())
					}
				}
				// The type parameters, less the S ~[]E and M ~map[K]V ones.
				var want []string
				for i := 0; i < rs.TypeParams().Len(); i++ {
					tp := rs.TypeParams().At(i)
					c := tp.Constraint().Underlying().(*types.Interface)
					if c.IsMethodSet() || c.NumEmbeddeds() == 0 || !isSliceOrMap(c.EmbeddedType(0)) {
						want = append(want, tp.Obj().Name())
					}
				}
				var got []string
				for i := 0; i < os.TypeParams().Len(); i++ {
					got = append(got, os.TypeParams().At(i).Obj().Name())
				}
				if x, ok := typeParamExceptions[name+"."+id]; ok {
					// Each extra one is named after the real one whose
					// argument it takes: the grader's rewriter spells the
					// type arguments by that rule (stdlib.TypeParams).
					for _, p := range strings.Split(x, ",") {
						if !listed(want, p) && !listed(want, strings.TrimRight(p, "0123456789")) {
							t.Errorf("%s.%s: type parameter %s is none of the real ones [%s], nor one of them with digits after it", name, id, p, strings.Join(want, ","))
						}
					}
					want = strings.Split(x, ",")
				}
				if strings.Join(got, ",") != strings.Join(want, ",") {
					t.Errorf("%s.%s: type parameters [%s], want [%s]", name, id, strings.Join(got, ","), strings.Join(want, ","))
				}
			case *types.TypeName:
				o, ok := oobj.(*types.TypeName)
				if !ok {
					t.Errorf("%s.%s is not a type", name, id)
					continue
				}
				// Seq and Seq2 are the same generic function types; Ordered the
				// same type set.
				if got, want := types.TypeString(o.Type().Underlying(), nil), types.TypeString(r.Type().Underlying(), nil); got != want {
					t.Errorf("%s.%s is %s, the real one %s", name, id, got, want)
				}
			default:
				t.Errorf("%s.%s: unexpected %T", name, id, robj)
			}
		}
		for _, id := range ours.Scope().Names() {
			if ours.Scope().Lookup(id).Exported() && real.Scope().Lookup(id) == nil {
				t.Errorf("%s.%s is not in the real package", name, id)
			}
		}
	}
}

func listed(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// typeParamExceptions are the type parameters of functions that need
// another one for yaegi (see their comments).
var typeParamExceptions = map[string]string{
	"maps.EqualFunc": "K,V1,K2,V2",
	"slices.Compare": "E,E2",
}

func isSliceOrMap(t types.Type) bool {
	u, ok := t.(*types.Union)
	if !ok || u.Len() != 1 || !u.Term(0).Tilde() {
		return false
	}
	switch u.Term(0).Type().(type) {
	case *types.Slice, *types.Map:
		return true
	}
	return false
}
