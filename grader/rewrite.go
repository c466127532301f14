package grader

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"github.com/lectern-dev/lectern/grader/sandbox"
)

// The interpreter (yaegi v0.16.1) implements Go as of 1.21 in a few places
// where the language has since moved on. rewrite turns such code into
// equivalent code it runs correctly, by textual edits at AST positions that
// never add or remove a line, so every position the learner sees is still
// right. Constructs it cannot rewrite are reported as unsupported, never as
// mistakes:
//
//   - for i := range n (n an integer): a counted loop with a fresh i per
//     iteration.
//   - min and max: constant calls become their value; others call a
//     generated helper for the operand type (appended after the last line).
//   - clear(m) / clear(s): an equivalent loop.
//   - per-iteration loop variables (Go 1.22): a variable of a range loop,
//     or of a three-clause loop, that the body captures (in a function
//     literal, go or defer statement, or by taking its address) is copied
//     at the top of the body. A three-clause variable that is both captured
//     and assigned in the body is reported as unsupported.
//   - range over a function (iterators) is reported as unsupported.
//   - build constraints are neutralised (yaegi reads "// +build" lines).
//   - each statement of the learner's file first records its line (see
//     sandbox.RuntimePackage), so that a panic can say where it happened.
//
// Every name the rewrites introduce starts with a prefix that no
// identifier of any file of the package starts with (see namePrefix), so
// it cannot collide with the learner's names.

type edit struct {
	start, end int // byte offsets; start == end inserts
	text       string
	// order sorts inserts at the same offset: the closing parts of
	// wraps first (innermost first), then their opening parts (outermost
	// first), then plain inserts, then statements' line records.
	order int
	// pair identifies the two inserts of one wrap (0: not a wrap), and
	// closing tells which of the two this is.
	pair    int
	closing bool
	// part marks a wrap that is part of the expression it wraps (a
	// conversion): textOf that expression includes it.
	part bool
}

// Insert orders (see edit.order).
const (
	orderClose  = -1 << 40
	orderOpen   = -1 << 20
	orderRecord = 1 << 30
)

type rewriter struct {
	fset    *token.FileSet
	tf      *token.File
	info    *types.Info
	pkg     *types.Package
	file    *ast.File
	src     []byte
	name    string
	edits   []edit
	diags   []Diagnostic
	helpers map[string]string // name -> source
	// helperNames: the helper generated for each purpose (see helper).
	helperNames map[string]string
	counter     int
	loops       []ast.Stmt // every for and range statement
	// base starts every generated name; runtimeAlias is the name the
	// file imports sandbox.RuntimePackage by; lineSlot, when not -1, is
	// where statements record their line (runtimeAlias.lineArray[slot]).
	base, runtimeAlias, lineArray string
	lineSlot                      int
	// gaps: report the constructs the interpreter runs wrongly (in the
	// learner's file; the challenge's own files are trusted).
	gaps bool
	// renamed holds the new names of renamed locals (see shadowingLocals).
	renamed map[types.Object]string
	// namedResult holds the named results of the file's functions.
	namedResult map[types.Object]bool
	pairs       int // wraps made so far
}

// rewriteOptions say what to do to one file.
type rewriteOptions struct {
	base      string // the generated-name prefix (namePrefix), with the file's index
	lineArray string // the line-recording array's name in sandbox.RuntimePackage
	lineSlot  int    // record each statement's line in this slot (-1: don't)
	gaps      bool
	// renamed: new names of package-level objects, for every file (see
	// checker.genericRenames).
	renamed map[types.Object]string
}

func rewrite(fset *token.FileSet, file *ast.File, info *types.Info, pkg *types.Package, src []byte, name string, opt rewriteOptions) (string, []Diagnostic) {
	r := &rewriter{fset: fset, tf: fset.File(file.Pos()), info: info, pkg: pkg, file: file, src: src, name: name, helpers: map[string]string{},
		base: opt.base, lineSlot: opt.lineSlot, lineArray: opt.lineArray, gaps: opt.gaps, namedResult: map[types.Object]bool{}, helperNames: map[string]string{}, renamed: map[types.Object]string{}}
	for obj, name := range opt.renamed {
		r.renamed[obj] = name
	}
	r.runtimeAlias = r.base + "rt"
	r.insert(file.Name.End(), "; import "+r.runtimeAlias+" "+strconv.Quote(sandbox.RuntimePackage))
	if r.lineSlot >= 0 {
		r.instrument()
	}
	for _, cg := range file.Comments {
		if cg.Pos() > file.Package {
			break
		}
		for _, c := range cg.List {
			if strings.HasPrefix(c.Text, "//go:build") || strings.HasPrefix(c.Text, "// +build") {
				r.replace(c.Pos(), c.End(), "//")
			}
		}
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ForStmt:
			r.loops = append(r.loops, n)
		case *ast.RangeStmt:
			r.loops = append(r.loops, n)
		}
		return true
	})
	if r.gaps {
		r.interpreterGaps()
	} else {
		// The challenge's own files are trusted (no gaps reported), but
		// their structs embedding interfaces need the same rewrite.
		ast.Inspect(file, func(n ast.Node) bool {
			if st, ok := n.(*ast.StructType); ok {
				r.embeddedInterfaces(st)
			}
			return true
		})
	}
	r.shadowingLocals() // first: others spell the new names (identName)
	r.foldConstants()
	r.untypedShifts()
	r.explicitTypeArgs()
	r.interfaceConversions()
	r.goClosureArgs()
	r.fixPrintOperands()
	ast.Inspect(file, r.visit)
	r.rewriteStatements()
	if len(r.diags) > 0 {
		return "", r.diags
	}
	out, err := r.apply()
	if err != nil {
		return "", []Diagnostic{{File: name, Message: "internal error while preparing this file (please report it): " + err.Error()}}
	}
	return out, nil
}

func (r *rewriter) off(p token.Pos) int { return r.tf.Offset(p) }

// identName is the name an identifier has in the rewritten file.
func (r *rewriter) identName(id *ast.Ident) string {
	obj := r.info.Defs[id]
	if obj == nil {
		obj = r.info.Uses[id]
	}
	if fn, ok := obj.(*types.Func); ok {
		obj = fn.Origin() // an instance of a renamed generic function
	}
	if name, ok := r.renamed[obj]; ok {
		return name
	}
	return id.Name
}

// textOf is the source of e with the rewrites made inside it so far: what
// a rewrite that replaces e (or a statement holding it) must put back.
func (r *rewriter) textOf(e ast.Node) string {
	s, end := r.off(e.Pos()), r.off(e.End())
	var inner []edit
	for _, ed := range within(r.edits, s, end) {
		ed.start -= s
		ed.end -= s
		inner = append(inner, ed)
	}
	out, _ := applyEdits(r.src[s:end], inner)
	return out
}

// within returns the edits that belong to the stretch from s to e:
// replacements inside it, plain inserts strictly inside it, and wraps
// whose both ends are inside it (boundaries included), but not a wrap of
// exactly that stretch, which is around it.
func within(edits []edit, s, e int) []edit {
	ends := wrapEnds(edits)
	var out []edit
	for _, ed := range edits {
		if belongs(ed, ends, s, e) {
			out = append(out, ed)
		}
	}
	return out
}

// wrapEnds maps each wrap to the offsets of its two inserts.
func wrapEnds(edits []edit) map[int][2]int {
	ends := map[int][2]int{}
	for _, ed := range edits {
		if ed.pair != 0 {
			p := ends[ed.pair]
			if ed.closing {
				p[1] = ed.start
			} else {
				p[0] = ed.start
			}
			ends[ed.pair] = p
		}
	}
	return ends
}

func belongs(ed edit, ends map[int][2]int, s, e int) bool {
	switch {
	case ed.pair != 0:
		p := ends[ed.pair]
		return p[0] >= s && p[1] <= e && (!(p[0] == s && p[1] == e) || ed.part)
	case ed.start < ed.end:
		return ed.start >= s && ed.end <= e
	}
	return ed.start > s && ed.start < e
}

// replace puts text in place of the source from start to end; rewrites
// strictly inside that stretch are dropped with it.
func (r *rewriter) replace(start, end token.Pos, text string) {
	r.edits = append(r.edits, edit{start: r.off(start), end: r.off(end), text: text})
}

func (r *rewriter) insert(at token.Pos, text string) {
	o := r.off(at)
	r.edits = append(r.edits, edit{start: o, end: o, text: text})
}

func (r *rewriter) insertOrdered(at token.Pos, text string, order int) {
	o := r.off(at)
	r.edits = append(r.edits, edit{start: o, end: o, text: text, order: order})
}

// wrap puts prefix before and suffix after the text from start to end,
// keeping every other rewrite inside it.
func (r *rewriter) wrap(start, end token.Pos, prefix, suffix string) {
	r.wrapAs(start, end, prefix, suffix, false)
}

// wrapPart is wrap for a wrap that belongs to the expression, which a
// rewrite that re-emits the expression (textOf) keeps: a conversion.
func (r *rewriter) wrapPart(start, end token.Pos, prefix, suffix string) {
	r.wrapAs(start, end, prefix, suffix, true)
}

func (r *rewriter) wrapAs(start, end token.Pos, prefix, suffix string, part bool) {
	s, e := r.off(start), r.off(end)
	r.pairs++
	r.edits = append(r.edits, edit{start: s, end: s, text: prefix, order: orderOpen - (e - s), pair: r.pairs, part: part},
		edit{start: e, end: e, text: suffix, order: orderClose + (e - s), pair: r.pairs, closing: true, part: part})
}

func (r *rewriter) unsupported(at token.Pos, format string, args ...any) {
	p := r.fset.Position(at)
	r.diags = append(r.diags, Diagnostic{File: r.name, Line: p.Line, Col: p.Column, Unsupported: true,
		Message: fmt.Sprintf(format, args...) + " — this is valid Go, but Lectern's grader cannot run it yet; please write it another way"})
}

func (r *rewriter) fresh(prefix string) string {
	r.counter++
	return fmt.Sprintf("%s%s%d", r.base, prefix, r.counter)
}

func (r *rewriter) visit(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.RangeStmt:
		return r.rangeStmt(n)
	case *ast.ForStmt:
		r.forStmt(n)
	case *ast.CallExpr:
		return r.call(n)
	case *ast.GoStmt:
		if r.isBuiltin(n.Call.Fun, "clear") {
			r.unsupported(n.Pos(), "go clear(...)")
		}
	case *ast.DeferStmt:
		if r.isBuiltin(n.Call.Fun, "clear") {
			r.unsupported(n.Pos(), "defer clear(...)")
		}
		r.deferStmt(n)
	case *ast.ExprStmt:
		if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok && r.isBuiltin(call.Fun, "clear") {
			r.clear(call)
			return false
		}
	}
	return true
}

// deferStmt rejects the deferred calls yaegi v0.16.1 gets wrong: calling a
// function value (it deadlocks on the frame it is unwinding) and a deferred
// function literal that reads a loop's variables (it sees their last
// value, whatever the Go version).
func (r *rewriter) deferStmt(n *ast.DeferStmt) {
	call := n.Call
	isFuncValue := func(e ast.Expr) bool {
		if _, ok := ast.Unparen(e).(*ast.FuncLit); ok {
			return true
		}
		t := r.info.TypeOf(e)
		if t == nil {
			return false
		}
		_, ok := t.Underlying().(*types.Signature)
		return ok
	}
	for _, a := range call.Args {
		if isFuncValue(a) {
			r.unsupported(n.Pos(), "passing a function to a deferred call")
			return
		}
	}
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.FuncLit:
		if loop := r.innermostLoop(n.Pos()); loop != nil {
			uses := false
			ast.Inspect(fun.Body, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok {
					if v, ok := r.info.Uses[id].(*types.Var); ok && v.Pos() >= loop.Pos() && v.Pos() < loop.End() &&
						!(v.Pos() >= fun.Pos() && v.Pos() < fun.End()) {
						uses = true
					}
				}
				return !uses
			})
			if uses {
				r.unsupported(n.Pos(), "a deferred function literal inside a loop that uses the loop's variables (pass them as arguments instead: defer func(x T) { ... }(x))")
			}
		}
		return
	case *ast.Ident:
		switch r.info.Uses[fun].(type) {
		case *types.Func, *types.Builtin:
			return
		}
	case *ast.SelectorExpr:
		if _, ok := r.info.Uses[fun.Sel].(*types.Func); ok {
			return // a package function or a method
		}
	case *ast.IndexExpr, *ast.IndexListExpr:
		return // an instantiated generic function
	}
	r.unsupported(n.Pos(), "defer of a function value (like f := func() {...}; defer f())")
}

func (r *rewriter) innermostLoop(p token.Pos) ast.Stmt {
	var best ast.Stmt
	for _, l := range r.loops {
		var body *ast.BlockStmt
		switch l := l.(type) {
		case *ast.ForStmt:
			body = l.Body
		case *ast.RangeStmt:
			body = l.Body
		}
		if p >= body.Pos() && p < body.End() && (best == nil || l.Pos() > best.Pos()) {
			best = l
		}
	}
	return best
}

func (r *rewriter) isBuiltin(fun ast.Expr, name string) bool {
	id, ok := ast.Unparen(fun).(*ast.Ident)
	if !ok || id.Name != name {
		return false
	}
	b, ok := r.info.Uses[id].(*types.Builtin)
	return ok && b.Name() == name
}

// typeName spells t as it can be written at a position inside the
// learner's file, or "" if it cannot be written simply.
func (r *rewriter) typeName(t types.Type) string {
	var bad bool
	s := types.TypeString(t, func(p *types.Package) string {
		if p == r.pkg {
			return ""
		}
		for _, imp := range r.file.Imports {
			if path, _ := strconv.Unquote(imp.Path.Value); path == p.Path() {
				if imp.Name != nil {
					if imp.Name.Name == "_" || imp.Name.Name == "." {
						bad = true
					}
					return imp.Name.Name
				}
				return p.Name()
			}
		}
		bad = true
		return p.Name()
	})
	if bad || strings.Contains(s, "untyped") {
		return ""
	}
	return s
}

func (r *rewriter) rangeStmt(n *ast.RangeStmt) bool {
	xt := r.info.TypeOf(n.X)
	if xt == nil {
		return true
	}
	switch u := xt.Underlying().(type) {
	case *types.Signature:
		r.unsupported(n.For, "range over a function (an iterator)")
		return false
	case *types.Basic:
		if u.Info()&types.IsInteger != 0 {
			r.rangeInt(n, xt)
			return true
		}
	case *types.Pointer:
		// Over a pointer to an array: the same as over a slice of it
		// (yaegi panics on the pointer).
		if _, isArray := u.Elem().Underlying().(*types.Array); isArray {
			r.wrap(n.X.Pos(), n.X.End(), "(", ")[:]")
		}
	}
	// A range loop over a slice, map, string, array or channel: give each
	// iteration its own variables when the body captures them.
	if n.Tok == token.DEFINE {
		var names []string
		for _, e := range []ast.Expr{n.Key, n.Value} {
			if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
				if obj := r.info.Defs[id]; obj != nil && captures(r.info, n.Body, obj) {
					names = append(names, r.identName(id))
				}
			}
		}
		if len(names) > 0 {
			list := strings.Join(names, ", ")
			r.insert(n.Body.Lbrace+1, " "+list+" := "+list+";")
		}
	}
	return true
}

// rangeInt rewrites "for i := range n {" as
// "for lecternI1, lecternN1 := T(0), n; lecternI1 < lecternN1; lecternI1++ { i := lecternI1;".
func (r *rewriter) rangeInt(n *ast.RangeStmt, xt types.Type) {
	iv, nv := r.fresh("I"), r.fresh("N")
	var zero string
	if tv := r.info.Types[n.X]; tv.Value != nil && isUntyped(tv.Type) {
		zero = "0" // an untyped constant: int, like the Go spec says
	} else if name := r.typeName(xt); name != "" {
		zero = name + "(0)"
	} else if simpleExpr(n.X) {
		zero = exprText(r.src, r.tf, n.X) + " - " + exprText(r.src, r.tf, n.X)
	} else {
		r.unsupported(n.For, "range over a value of type %s", xt)
		return
	}
	start := n.Range
	if n.Key != nil {
		start = n.Key.Pos()
	}
	r.replace(start, n.X.Pos(), iv+", "+nv+" := "+zero+", ")
	r.insert(n.X.End(), "; "+iv+" < "+nv+"; "+iv+"++")
	if id, ok := n.Key.(*ast.Ident); ok && id.Name != "_" {
		op := " := "
		if n.Tok == token.ASSIGN {
			op = " = "
		}
		r.insert(n.Body.Lbrace+1, " "+r.identName(id)+op+iv+";")
	} else if n.Key != nil && n.Tok == token.ASSIGN {
		// for x.f = range n: assign through the expression.
		r.insert(n.Body.Lbrace+1, " "+exprText(r.src, r.tf, n.Key)+" = "+iv+";")
	}
}

func isUntyped(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Info()&types.IsUntyped != 0
}

func (r *rewriter) forStmt(n *ast.ForStmt) {
	init, ok := n.Init.(*ast.AssignStmt)
	if !ok || init.Tok != token.DEFINE {
		return
	}
	var names []string
	for _, lhs := range init.Lhs {
		id, ok := lhs.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		obj := r.info.Defs[id]
		if obj == nil || !captures(r.info, n.Body, obj) {
			continue
		}
		if assigns(r.info, n.Body, obj) {
			r.unsupported(id.Pos(), "a loop variable (%s) that the loop body both changes and captures in a closure or pointer (Go 1.22 per-iteration semantics)", id.Name)
			return
		}
		names = append(names, r.identName(id))
	}
	if len(names) > 0 {
		list := strings.Join(names, ", ")
		r.insert(n.Body.Lbrace+1, " "+list+" := "+list+";")
	}
}

// captures reports whether body refers to obj from a function literal, a
// go or defer statement, or takes its address (explicitly, or implicitly
// through a pointer-receiver method value).
func captures(info *types.Info, body ast.Node, obj types.Object) bool {
	found := false
	uses := func(n ast.Node) bool {
		hit := false
		ast.Inspect(n, func(m ast.Node) bool {
			if id, ok := m.(*ast.Ident); ok && info.Uses[id] == obj {
				hit = true
			}
			return !hit
		})
		return hit
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit, *ast.GoStmt, *ast.DeferStmt:
			if uses(n) {
				found = true
			}
			return false
		case *ast.UnaryExpr:
			if n.Op == token.AND && uses(n.X) {
				found = true
			}
		case *ast.SelectorExpr:
			// x.Method used as a value (not called) with a pointer receiver.
			if refersTo(info, obj)(n.X) {
				if sel, ok := info.Selections[n]; ok && sel.Kind() == types.MethodVal {
					found = true
				}
			}
		}
		return true
	})
	return found
}

// refersTo returns a test of whether an expression is obj itself.
func refersTo(info *types.Info, obj types.Object) func(ast.Expr) bool {
	return func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == obj
	}
}

// assigns reports whether body assigns to obj (=, op=, ++, --).
func assigns(info *types.Info, body ast.Node, obj types.Object) bool {
	found := false
	is := refersTo(info, obj)
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				// (x, err := ... assigns an x already declared there.)
				if is(l) && (n.Tok != token.DEFINE || info.Defs[ast.Unparen(l).(*ast.Ident)] == nil) {
					found = true
				}
			}
		case *ast.IncDecStmt:
			if is(n.X) {
				found = true
			}
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN && (is(n.Key) || is(n.Value)) {
				found = true
			}
		}
		return !found
	})
	return found
}

func (r *rewriter) call(n *ast.CallExpr) bool {
	var which string
	switch {
	case r.isBuiltin(n.Fun, "min"):
		which = "Min"
	case r.isBuiltin(n.Fun, "max"):
		which = "Max"
	case r.isBuiltin(n.Fun, "clear"):
		// clear used outside an expression statement cannot happen (it has
		// no value); go/defer are reported by visit.
		return true
	default:
		r.rewriteQuick(n)
		return true
	}
	tv := r.info.Types[n]
	if tv.Value != nil {
		lit, ok := constLiteral(tv)
		if !ok {
			r.unsupported(n.Pos(), "this constant %s(...)", strings.ToLower(which))
			return false
		}
		if !isUntyped(tv.Type) {
			name := r.typeName(tv.Type)
			if name == "" {
				r.unsupported(n.Pos(), "%s(...) of type %s", strings.ToLower(which), tv.Type)
				return false
			}
			lit = name + "(" + lit + ")"
		}
		r.replace(n.Pos(), n.End(), lit)
		return false
	}
	t := tv.Type
	helper, ok := r.minMaxHelper(which, t)
	if !ok {
		r.unsupported(n.Pos(), "%s(...) of type %s", strings.ToLower(which), t)
		return true
	}
	r.replace(n.Fun.Pos(), n.Fun.End(), helper)
	return true
}

// constLiteral spells a constant so that it keeps its kind (an untyped
// float stays a float literal).
func constLiteral(tv types.TypeAndValue) (string, bool) {
	v := tv.Value
	switch v.Kind() {
	case constant.Int:
		if b, ok := tv.Type.Underlying().(*types.Basic); ok && b.Kind() == types.UntypedRune {
			if r, ok := constant.Int64Val(v); ok {
				return strconv.QuoteRune(rune(r)), true
			}
		}
		return v.ExactString(), true
	case constant.Float:
		f, _ := constant.Float64Val(v)
		s := strconv.FormatFloat(f, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eEIN") {
			s += ".0"
		}
		if strings.ContainsAny(s, "IN") { // Inf, NaN: not constants in Go
			return "", false
		}
		return s, true
	case constant.String:
		return strconv.Quote(constant.StringVal(v)), true
	}
	return "", false
}

// minMaxHelper returns the name of a generated helper implementing min or
// max for operands of type t, generating it on first use.
func (r *rewriter) minMaxHelper(which string, t types.Type) (string, bool) {
	b, ok := t.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsOrdered == 0 {
		return "", false
	}
	var tname string
	switch t := t.(type) {
	case *types.Basic:
		tname = t.Name()
	case *types.Named:
		// Helpers live at package level, so only package-level types can
		// be named there.
		if t.Obj().Pkg() != r.pkg || t.Obj().Parent() != r.pkg.Scope() || t.TypeParams().Len() > 0 {
			return "", false
		}
		tname = t.Obj().Name()
	default:
		return "", false
	}
	name := r.base + "Builtin" + which + "_" + tname
	if _, done := r.helpers[name]; done {
		return name, true
	}
	better := "y < x"
	if which == "Max" {
		better = "y > x"
	}
	var body string
	if b.Info()&types.IsFloat != 0 {
		// Go's min/max: any NaN gives NaN; min prefers -0 and max +0.
		zero := "y == 0 && x == 0 && 1/y < 0"
		if which == "Max" {
			zero = "y == 0 && x == 0 && 1/x < 0"
		}
		body = fmt.Sprintf("\tfor _, y := range ys {\n\t\tif x != x {\n\t\t\treturn x\n\t\t}\n\t\tif y != y || %s || (%s) {\n\t\t\tx = y\n\t\t}\n\t}\n\treturn x\n", better, zero)
	} else {
		body = fmt.Sprintf("\tfor _, y := range ys {\n\t\tif %s {\n\t\t\tx = y\n\t\t}\n\t}\n\treturn x\n", better)
	}
	r.helpers[name] = fmt.Sprintf("func %s(x %s, ys ...%s) %s {\n%s}\n", name, tname, tname, tname, body)
	return name, true
}

func (r *rewriter) clear(call *ast.CallExpr) {
	if len(call.Args) != 1 {
		return
	}
	arg := call.Args[0]
	if !simpleExpr(arg) {
		r.unsupported(call.Pos(), "clear of a computed expression")
		return
	}
	a := exprText(r.src, r.tf, arg)
	k := r.fresh("K")
	t := r.info.TypeOf(arg)
	if t == nil {
		return
	}
	switch u := coreType(t).(type) {
	case *types.Map:
		r.replace(call.Pos(), call.End(), fmt.Sprintf("for %s := range %s { delete(%s, %s) }", k, a, a, k))
	case *types.Slice:
		elem := r.typeName(u.Elem())
		if elem == "" {
			r.unsupported(call.Pos(), "clear of a slice of %s", u.Elem())
			return
		}
		r.replace(call.Pos(), call.End(), fmt.Sprintf("for %s := range %s { %s[%s] = *new(%s) }", k, a, a, k, elem))
	default:
		r.unsupported(call.Pos(), "clear of %s", t)
	}
}

// coreType is t's underlying type; type parameters are not handled.
func coreType(t types.Type) types.Type {
	if _, ok := t.(*types.TypeParam); ok {
		return nil
	}
	return t.Underlying()
}

// simpleExpr reports whether e can be evaluated twice without side effects.
func simpleExpr(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return simpleExpr(e.X)
	case *ast.SelectorExpr:
		return simpleExpr(e.X)
	case *ast.IndexExpr:
		return simpleExpr(e.X) && simpleExpr(e.Index)
	case *ast.StarExpr:
		return simpleExpr(e.X)
	}
	return false
}

func exprText(src []byte, tf *token.File, e ast.Expr) string {
	return string(src[tf.Offset(e.Pos()):tf.Offset(e.End())])
}

// applyEdits applies edits to src. A replacement swallows the edits that
// belong to its stretch (see within); other edits must not overlap.
func applyEdits(src []byte, edits []edit) (string, error) {
	ends := wrapEnds(edits)
	// The replacements kept: those not inside another one.
	var reps []int
	for i, ed := range edits {
		if ed.start < ed.end {
			reps = append(reps, i)
		}
	}
	sort.SliceStable(reps, func(i, j int) bool {
		a, b := edits[reps[i]], edits[reps[j]]
		if a.start != b.start {
			return a.start < b.start
		}
		return a.end > b.end
	})
	var kept []int
	last := -1
	for _, i := range reps {
		if edits[i].start >= last {
			kept = append(kept, i)
			last = edits[i].end
		}
	}
	var out []edit
	for i, ed := range edits {
		swallowed := false
		for _, k := range kept {
			if k != i && belongs(ed, ends, edits[k].start, edits[k].end) {
				swallowed = true
				break
			}
		}
		if !swallowed {
			out = append(out, ed)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.start != b.start {
			return a.start < b.start
		}
		if (a.start == a.end) != (b.start == b.end) {
			return a.start == a.end // inserts before a replacement starting there
		}
		return a.order < b.order
	})
	var b strings.Builder
	pos := 0
	for _, e := range out {
		if e.start < pos {
			return "", fmt.Errorf("overlapping rewrites at offset %d", e.start)
		}
		b.Write(src[pos:e.start])
		if strings.Count(e.text, "\n") != strings.Count(string(src[e.start:e.end]), "\n") {
			return "", fmt.Errorf("rewrite would change the number of lines at offset %d", e.start)
		}
		b.WriteString(e.text)
		pos = e.end
	}
	b.Write(src[pos:])
	return b.String(), nil
}

// apply performs the edits and appends helpers.
func (r *rewriter) apply() (string, error) {
	text, err := applyEdits(r.src, r.edits)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString(text)
	if len(r.helpers) > 0 {
		names := make([]string, 0, len(r.helpers))
		for n := range r.helpers {
			names = append(names, n)
		}
		sort.Strings(names)
		b.WriteString("\n\n// Added by Lectern's grader.\n")
		for _, n := range names {
			b.WriteString("\n" + r.helpers[n])
		}
	}
	out := b.String()
	// The result must still be Go.
	if _, err := parser.ParseFile(token.NewFileSet(), r.name, out, parser.SkipObjectResolution); err != nil {
		return "", fmt.Errorf("rewritten source does not parse: %v", err)
	}
	return out, nil
}
