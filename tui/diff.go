package tui

// diffOp is one line of a line diff: ' ' in both, '-' only in the first
// text, '+' only in the second.
type diffOp struct {
	kind byte
	text string
}

// diffLines is a shortest line diff of a and b (a longest common
// subsequence; the files compared are a page or two).
func diffLines(a, b []string) []diffOp {
	n, m := len(a), len(b)
	// lcs[i][j] is the length of the LCS of a[i:] and b[j:].
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []diffOp
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			out = append(out, diffOp{' ', a[i]})
			i++
			j++
		case i < n && (j == m || lcs[i+1][j] >= lcs[i][j+1]):
			out = append(out, diffOp{'-', a[i]})
			i++
		default:
			out = append(out, diffOp{'+', b[j]})
			j++
		}
	}
	return out
}

// sideRow is one row of a side-by-side comparison.
type sideRow struct {
	left, right string
	changed     bool
}

// sideBySide pairs a diff's lines into rows: equal lines side by side,
// and each run of changes with the lines removed on the left and those
// added on the right.
func sideBySide(ops []diffOp) []sideRow {
	var rows []sideRow
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			rows = append(rows, sideRow{left: ops[i].text, right: ops[i].text})
			i++
			continue
		}
		var left, right []string
		for ; i < len(ops) && ops[i].kind != ' '; i++ {
			if ops[i].kind == '-' {
				left = append(left, ops[i].text)
			} else {
				right = append(right, ops[i].text)
			}
		}
		for k := 0; k < max(len(left), len(right)); k++ {
			r := sideRow{changed: true}
			if k < len(left) {
				r.left = left[k]
			}
			if k < len(right) {
				r.right = right[k]
			}
			rows = append(rows, r)
		}
	}
	return rows
}
