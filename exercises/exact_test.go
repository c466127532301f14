package exercises

import (
	"go/ast"
	"go/parser"
	"go/token"
	"math/big"
	"strconv"
	"strings"
	"testing"
)

// The billing challenges compare float64 results with expected cents.
// These tests recompute every expected value of their test tables in
// exact arithmetic and check that it is at least $0.000005 from a
// half-cent (float64's error on these sums is far below $0.000000001), so
// that any correct ordering of the arithmetic rounds to the same cent,
// and that the traps the tests claim to set are really set.

var (
	halfCentMargin = big.NewRat(5, 1_000_000)
	x86Price       = mustRat("0.0000166667")
	arm64Price     = mustRat("0.0000133334")
	requestPrice   = mustRat("0.0000002")
)

func mustRat(s string) *big.Rat {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		panic(s)
	}
	return r
}

func ratOf(e ast.Expr) (*big.Rat, bool) {
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.SUB {
		r, ok := ratOf(u.X)
		if ok {
			r.Neg(r)
		}
		return r, ok
	}
	bl, ok := e.(*ast.BasicLit)
	if !ok || (bl.Kind != token.INT && bl.Kind != token.FLOAT) {
		return nil, false
	}
	return new(big.Rat).SetString(strings.ReplaceAll(bl.Value, "_", ""))
}

func stringOf(e ast.Expr) (string, bool) {
	bl, ok := e.(*ast.BasicLit)
	if !ok || bl.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(bl.Value)
	return s, err == nil
}

// cents rounds an exact amount to the cent and says how far it is from
// the nearest half-cent.
func cents(x *big.Rat) (rounded, distance *big.Rat) {
	c := new(big.Rat).Mul(x, big.NewRat(100, 1))
	whole := new(big.Int).Quo(c.Num(), c.Denom())
	frac := new(big.Rat).Sub(c, new(big.Rat).SetInt(whole))
	rounded = new(big.Rat).SetInt(whole)
	if frac.Cmp(big.NewRat(1, 2)) > 0 {
		rounded.Add(rounded, big.NewRat(1, 1))
	}
	rounded.Quo(rounded, big.NewRat(100, 1))
	distance = new(big.Rat).Sub(frac, big.NewRat(1, 2))
	distance.Abs(distance).Quo(distance, big.NewRat(100, 1))
	return rounded, distance
}

func nonNeg(x *big.Rat) *big.Rat {
	if x.Sign() < 0 {
		return new(big.Rat)
	}
	return x
}

// gbSeconds is invocations × ms/1000 × MB/1024, with 0 MB meaning 128.
func gbSeconds(inv, ms, mb *big.Rat) *big.Rat {
	if mb.Sign() == 0 {
		mb = big.NewRat(128, 1)
	}
	g := new(big.Rat).Mul(inv, new(big.Rat).Quo(ms, big.NewRat(1000, 1)))
	return g.Mul(g, new(big.Rat).Quo(mb, big.NewRat(1024, 1)))
}

// tables calls visit for every composite literal of the challenge's test
// files.
func tables(t *testing.T, id string, visit func(file string, cl *ast.CompositeLit)) {
	t.Helper()
	for _, tf := range builtin(t, id).Tests {
		f, err := parser.ParseFile(token.NewFileSet(), tf.Name, tf.Source, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if cl, ok := n.(*ast.CompositeLit); ok {
				visit(tf.Name, cl)
			}
			return true
		})
	}
}

func TestCostCalculatorCasesAreExact(t *testing.T) {
	n, flips399999, flips400001 := 0, 0, 0
	tables(t, "cost-calculator", func(file string, cl *ast.CompositeLit) {
		if len(cl.Elts) != 5 {
			return
		}
		name, ok := stringOf(cl.Elts[0])
		var v [4]*big.Rat
		for i := range v {
			if v[i], ok = ratOf(cl.Elts[i+1]); !ok {
				return
			}
		}
		inv, ms, mb, want := v[0], v[1], v[2], v[3]
		cost := func(free int64) *big.Rat {
			b := nonNeg(new(big.Rat).Sub(gbSeconds(inv, ms, mb), big.NewRat(free, 1)))
			return b.Mul(b, x86Price)
		}
		exact := cost(400_000)
		rounded, dist := cents(exact)
		if rounded.Cmp(want) != 0 {
			t.Errorf("%s: %s: exact cost %s rounds to %s, the test wants %s", file, name, exact.FloatString(8), rounded.FloatString(2), want.FloatString(2))
		}
		if exact.Sign() > 0 && dist.Cmp(halfCentMargin) < 0 {
			t.Errorf("%s: %s: exact cost %s is within $0.000005 of a half-cent", file, name, exact.FloatString(8))
		}
		if r, _ := cents(cost(399_999)); r.Cmp(want) != 0 {
			flips399999++
		}
		if r, _ := cents(cost(400_001)); r.Cmp(want) != 0 {
			flips400001++
		}
		n++
	})
	if n < 15 {
		t.Fatalf("found only %d test cases", n)
	}
	if flips399999 == 0 || flips400001 == 0 {
		t.Errorf("a free tier of 399,999 GB-seconds changes %d answers and one of 400,001 changes %d; the tests must catch both", flips399999, flips400001)
	}
}

// fullBillFunction reads one function of a full-bill test table: a call
// fn(name, invocations, ms, mb, arch) or a keyed fullbill.Function{...}.
func fullBillFunction(e ast.Expr) (inv, ms, mb *big.Rat, arm bool, ok bool) {
	arch := func(e ast.Expr) bool {
		switch a := e.(type) {
		case *ast.Ident:
			return a.Name == "arm"
		case *ast.SelectorExpr:
			return a.Sel.Name == "ARM64"
		}
		return false
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		if id, isIdent := e.Fun.(*ast.Ident); !isIdent || id.Name != "fn" || len(e.Args) != 5 {
			return nil, nil, nil, false, false
		}
		inv, ok1 := ratOf(e.Args[1])
		ms, ok2 := ratOf(e.Args[2])
		mb, ok3 := ratOf(e.Args[3])
		return inv, ms, mb, arch(e.Args[4]), ok1 && ok2 && ok3
	case *ast.CompositeLit:
		inv, ms, mb = new(big.Rat), new(big.Rat), new(big.Rat)
		for _, el := range e.Elts {
			kv, isKV := el.(*ast.KeyValueExpr)
			if !isKV {
				return nil, nil, nil, false, false
			}
			switch kv.Key.(*ast.Ident).Name {
			case "Invocations":
				inv, ok = ratOf(kv.Value)
			case "AvgDurationMs":
				ms, ok = ratOf(kv.Value)
			case "MemoryMB":
				mb, ok = ratOf(kv.Value)
			case "Arch":
				arm, ok = arch(kv.Value), true
			default:
				ok = true
			}
			if !ok {
				return nil, nil, nil, false, false
			}
		}
		return inv, ms, mb, arm, true
	}
	return nil, nil, nil, false, false
}

func TestFullBillCasesAreExact(t *testing.T) {
	bills, breakEvens, sumOfRoundedMatters := 0, 0, 0
	tables(t, "full-bill", func(file string, cl *ast.CompositeLit) {
		if len(cl.Elts) != 5 {
			return
		}
		name, ok := stringOf(cl.Elts[0])
		if !ok {
			return
		}
		if _, isNumber := ratOf(cl.Elts[1]); isNumber {
			// A BreakEven case: {name, server, ms, mb, want}.
			want, ok := ratOf(cl.Elts[4])
			if !ok {
				return
			}
			var v [3]*big.Rat
			for i := range v {
				if v[i], ok = ratOf(cl.Elts[i+1]); !ok {
					return
				}
			}
			server, each := v[0], gbSeconds(big.NewRat(1, 1), v[1], v[2])
			cost := func(n *big.Rat) *big.Rat {
				r := nonNeg(new(big.Rat).Sub(n, big.NewRat(1_000_000, 1)))
				r.Mul(r, requestPrice)
				c := nonNeg(new(big.Rat).Sub(new(big.Rat).Mul(n, each), big.NewRat(400_000, 1)))
				return r.Add(r, c.Mul(c, x86Price))
			}
			wantN := new(big.Rat).Set(want)
			below := new(big.Rat).Sub(wantN, big.NewRat(1, 1))
			if cost(wantN).Cmp(server) <= 0 || cost(below).Cmp(server) > 0 {
				t.Errorf("%s: %s: BreakEven should be the first n with cost(n) > %s; cost(%s) = %s, cost(%s) = %s",
					file, name, server.FloatString(2), wantN.FloatString(0), cost(wantN).FloatString(8), below.FloatString(0), cost(below).FloatString(8))
			}
			// The crossing, on the line through the two neighbours.
			slope := new(big.Rat).Sub(cost(wantN), cost(below))
			x := new(big.Rat).Quo(new(big.Rat).Sub(server, cost(below)), slope) // in (0, 1]
			if x.Cmp(big.NewRat(3, 100)) < 0 || x.Cmp(big.NewRat(97, 100)) > 0 {
				t.Errorf("%s: %s: the cost crosses the server's price %s of a request after %s: too close to a whole number for float64",
					file, name, x.FloatString(4), below.FloatString(0))
			}
			breakEvens++
			return
		}
		// A MonthlyBill case: {name, fns, requests, compute, total}.
		var want [3]*big.Rat
		for i := range want {
			if want[i], ok = ratOf(cl.Elts[i+2]); !ok {
				return
			}
		}
		requests, x86, arm := new(big.Rat), new(big.Rat), new(big.Rat)
		if fns, isList := cl.Elts[1].(*ast.CompositeLit); isList {
			for _, e := range fns.Elts {
				inv, ms, mb, isARM, ok := fullBillFunction(e)
				if !ok {
					t.Fatalf("%s: %s: cannot read the function %#v", file, name, e)
				}
				requests.Add(requests, inv)
				if isARM {
					arm.Add(arm, gbSeconds(inv, ms, mb))
				} else {
					x86.Add(x86, gbSeconds(inv, ms, mb))
				}
			}
		}
		reqUSD := nonNeg(new(big.Rat).Sub(requests, big.NewRat(1_000_000, 1)))
		reqUSD.Mul(reqUSD, requestPrice)
		free := big.NewRat(400_000, 1)
		x86Billed := nonNeg(new(big.Rat).Sub(x86, free))
		armBilled := nonNeg(new(big.Rat).Sub(arm, nonNeg(new(big.Rat).Sub(free, x86))))
		compute := new(big.Rat).Add(new(big.Rat).Mul(x86Billed, x86Price), new(big.Rat).Mul(armBilled, arm64Price))
		for i, line := range []*big.Rat{reqUSD, compute} {
			rounded, dist := cents(line)
			if rounded.Cmp(want[i]) != 0 {
				t.Errorf("%s: %s: line %d is exactly %s, which rounds to %s; the test wants %s", file, name, i+1, line.FloatString(8), rounded.FloatString(2), want[i].FloatString(2))
			}
			if line.Sign() > 0 && dist.Cmp(halfCentMargin) < 0 {
				t.Errorf("%s: %s: line %d is exactly %s, within $0.000005 of a half-cent", file, name, i+1, line.FloatString(8))
			}
		}
		if sum := new(big.Rat).Add(want[0], want[1]); sum.Cmp(want[2]) != 0 {
			t.Errorf("%s: %s: the total %s is not the sum of the lines %s", file, name, want[2].FloatString(2), sum.FloatString(2))
		}
		if r, _ := cents(new(big.Rat).Add(reqUSD, compute)); r.Cmp(want[2]) != 0 {
			sumOfRoundedMatters++
		}
		bills++
	})
	if bills < 15 || breakEvens < 8 {
		t.Fatalf("found only %d MonthlyBill and %d BreakEven cases", bills, breakEvens)
	}
	if sumOfRoundedMatters == 0 {
		t.Error("no case tells the sum of the rounded lines from the rounded exact sum")
	}
}
