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

// TestCostCalculatorCasesAvoidHalfCents recomputes every expected value of
// the cost-calculator tests in exact arithmetic and checks that it is at
// least $0.001 away from a half-cent, so that any correct ordering of the
// float64 arithmetic rounds to the same cent.
func TestCostCalculatorCasesAvoidHalfCents(t *testing.T) {
	ch := builtin(t, "cost-calculator")
	price, _ := new(big.Rat).SetString("0.0000166667")
	n := 0
	for _, tf := range ch.Tests {
		f, err := parser.ParseFile(token.NewFileSet(), tf.Name, tf.Source, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(node ast.Node) bool {
			cl, ok := node.(*ast.CompositeLit)
			if !ok || len(cl.Elts) != 5 {
				return true
			}
			var lits []string
			for _, e := range cl.Elts {
				bl, ok := e.(*ast.BasicLit)
				if !ok {
					return true
				}
				lits = append(lits, strings.ReplaceAll(bl.Value, "_", ""))
			}
			name, _ := strconv.Unquote(lits[0])
			inv, _ := new(big.Rat).SetString(lits[1])
			dur, _ := new(big.Rat).SetString(lits[2])
			mem, _ := new(big.Rat).SetString(lits[3])
			want, _ := new(big.Rat).SetString(lits[4])
			if mem.Sign() == 0 {
				mem.SetInt64(128)
			}
			gbs := new(big.Rat).Mul(inv, new(big.Rat).Quo(dur, big.NewRat(1000, 1)))
			gbs.Mul(gbs, new(big.Rat).Quo(mem, big.NewRat(1024, 1)))
			billable := gbs.Sub(gbs, big.NewRat(400000, 1))
			if billable.Sign() < 0 {
				billable.SetInt64(0)
			}
			cost := new(big.Rat).Mul(billable, price)
			cents := new(big.Rat).Mul(cost, big.NewRat(100, 1))
			// Distance (in dollars) from the nearest half-cent boundary.
			whole := new(big.Int).Quo(cents.Num(), cents.Denom())
			frac := new(big.Rat).Sub(cents, new(big.Rat).SetInt(whole))
			dist := new(big.Rat).Sub(frac, big.NewRat(1, 2))
			dist.Abs(dist).Quo(dist, big.NewRat(100, 1))
			rounded := new(big.Rat).SetInt(whole)
			if frac.Cmp(big.NewRat(1, 2)) > 0 {
				rounded.Add(rounded, big.NewRat(1, 1))
			}
			rounded.Quo(rounded, big.NewRat(100, 1))
			if rounded.Cmp(want) != 0 {
				t.Errorf("%s: %s: exact cost %s rounds to %s, the test wants %s", tf.Name, name, cost.FloatString(8), rounded.FloatString(2), want.FloatString(2))
			}
			if cost.Sign() > 0 && dist.Cmp(big.NewRat(1, 1000)) < 0 {
				t.Errorf("%s: %s: exact cost %s is within $0.001 of a half-cent", tf.Name, name, cost.FloatString(8))
			}
			n++
			return true
		})
	}
	if n < 15 {
		t.Fatalf("found only %d test cases", n)
	}
}
