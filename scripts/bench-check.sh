#!/usr/bin/env bash
# bench-check.sh — time `lectern check` against warm `go test` on the same
# solution and the same tests, in one run, and print the ratio.
#
# usage: scripts/bench-check.sh [solution.go] [runs]
#   solution.go  defaults to the reference solution of cost-calculator
#   runs         timed runs of each command (default 20)
# env:   LECTERN=/path/to/lectern to time an existing binary instead of
#        building one; the build cache should be warm (go test is timed warm,
#        after one untimed run).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
solution=${1:-$root/exercises/cost-calculator/solution.go}
runs=${2:-20}
challenge=cost-calculator

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

lectern=${LECTERN:-}
if [[ -z $lectern ]]; then
	(cd "$root" && go build -o "$work/lectern" ./cmd/lectern)
	lectern=$work/lectern
fi

# The same code and tests as a module go test can run on its own.
mod=$work/mod
mkdir -p "$mod/exercises/$challenge"
printf 'module github.com/lectern-dev/lectern\n\ngo 1.26\n' >"$mod/go.mod"
sed -E '1{/^\/\/go:build/d}; s/^package [A-Za-z_][A-Za-z0-9_]*/package costcalculator/' "$solution" >"$mod/exercises/$challenge/solution.go"
cp "$root/exercises/$challenge/example_test.go" "$root/exercises/$challenge/hidden_test.go" "$mod/exercises/$challenge/"

export XDG_STATE_HOME=$work/state XDG_DATA_HOME=$work/data
go_test() { (cd "$mod" && GOFLAGS=-mod=mod go test -count=1 "./exercises/$challenge/" >/dev/null); }
lectern_check() { "$lectern" check "$challenge" "$mod/exercises/$challenge/solution.go" --json >/dev/null; }

# Both must agree that the solution passes (or both that it fails).
go_ok=pass; go_test || go_ok=fail
le_ok=pass; lectern_check || le_ok=fail
echo "verdicts: go test $go_ok, lectern check $le_ok"
[[ $go_ok == "$le_ok" ]] || { echo "verdicts differ" >&2; exit 1; }

if command -v hyperfine >/dev/null 2>&1; then
	hyperfine -N --warmup 3 --runs "$runs" -i \
		--export-json "$work/h.json" \
		"sh -c 'cd $mod && GOFLAGS=-mod=mod go test -count=1 ./exercises/$challenge/'" \
		"$lectern check $challenge $mod/exercises/$challenge/solution.go --json" >&2
	python3 - "$work/h.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
g, l = r[0]["median"], r[1]["median"]
print(f"go test       median {g*1000:8.1f} ms")
print(f"lectern check median {l*1000:8.1f} ms")
print(f"ratio (go test / lectern check): {g/l:.1f}x")
PY
	exit 0
fi

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
gt=() lc=()
for ((i = 0; i < runs; i++)); do
	t0=$(now); go_test || true; t1=$(now)
	lectern_check || true; t2=$(now)
	gt+=($(((t1 - t0) / 1000))) lc+=($(((t2 - t1) / 1000)))
done
g=$(printf '%s\n' "${gt[@]}" | median)
l=$(printf '%s\n' "${lc[@]}" | median)
awk -v g="$g" -v l="$l" 'BEGIN {
	printf "go test       median %8.1f ms\n", g/1000
	printf "lectern check median %8.1f ms\n", l/1000
	printf "ratio (go test / lectern check): %.1fx\n", g/l
}'
