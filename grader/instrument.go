package grader

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"
)

// namePrefix returns a prefix that no identifier in files starts with,
// whatever its case: "lectern", lengthened until that holds. Every name a
// rewrite introduces starts with it (or with it capitalised), so none can
// collide with a name of the learner's. (yaegi substitutes a generic
// function's type parameters by name, even after a dot: a type parameter
// called A turns x.A into x.int, so a generated selector must not be a
// learner's name either.)
func namePrefix(files []*ast.File) string {
	var names []string
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				names = append(names, id.Name)
			}
			return true
		})
	}
	base := "lectern"
	for {
		clash := false
		for _, n := range names {
			if strings.HasPrefix(strings.ToLower(n), base) {
				clash = true
				break
			}
		}
		if !clash {
			return base
		}
		base += "X"
	}
}

// instrument makes every statement of the file's functions record its
// line first: "lectern0_line.LecternLines[2] = 12" runs just before the statement on
// line 12. The recording is put at the end of what precedes the statement
// (the previous statement, or the opening brace or case colon), not in
// front of it, so the columns of the statement itself do not move and any
// message about it still points at the right place. Bodies of function
// literals run by go or defer are left alone: a goroutine's panic ends the
// worker anyway, and a deferred function runs while a panic unwinds, when
// the line of the panic must be kept.
func (r *rewriter) instrument() {
	skip := map[*ast.BlockStmt]bool{}
	ast.Inspect(r.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			if fl, ok := ast.Unparen(n.Call.Fun).(*ast.FuncLit); ok {
				skip[fl.Body] = true
			}
		case *ast.DeferStmt:
			if fl, ok := ast.Unparen(n.Call.Fun).(*ast.FuncLit); ok {
				skip[fl.Body] = true
			}
		}
		return true
	})
	record := func(line int) string {
		return r.runtimeAlias + "." + r.lineArray + "[" + strconv.Itoa(r.lineSlot) + "] = " + strconv.Itoa(line)
	}
	// list instruments a statement list that starts right after open (a
	// brace or a colon).
	list := func(open token.Pos, stmts []ast.Stmt) {
		prev := token.NoPos
		for _, s := range stmts {
			switch s.(type) {
			case *ast.EmptyStmt, *ast.CaseClause, *ast.CommClause:
				// nothing to run, or the clauses of a switch or select
				// (their bodies are lists of their own)
				continue
			}
			line := r.fset.Position(s.Pos()).Line
			if prev == token.NoPos {
				r.insertOrdered(open, " "+record(line)+";", -1)
			} else {
				r.insertOrdered(prev, "; "+record(line), orderRecord)
			}
			prev = s.End()
		}
	}
	walk := func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BlockStmt:
			if skip[n] {
				return false
			}
			list(n.Lbrace+1, n.List)
		case *ast.CaseClause:
			list(n.Colon+1, n.Body)
		case *ast.CommClause:
			list(n.Colon+1, n.Body)
		}
		return true
	}
	for _, d := range r.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
			ast.Inspect(fd.Body, walk)
		}
	}
}
