#!/usr/bin/env bash
# bench-check.sh — time `lectern check` against warm `go test` on the same
# code and the same tests, in one run, for three solutions of the
# cost-calculator challenge, and print the three ratios:
#
#   correct   the reference solution (all tests pass)
#   wrong     the starter (compiles, tests fail)
#   compile   the reference with a type error added (undefined name)
#
# usage: scripts/bench-check.sh [runs]
#   runs   timed runs of each command (default 20)
# env:   LECTERN=/path/to/lectern to time an existing binary instead of
#        building one. go test is timed warm (after untimed runs), so its
#        build cache holds the package: the fastest go test can be.
#        lectern check is timed with its check helper running (started by
#        the first check, as for a learner) and without it
#        (LECTERN_HELPER=0: every check starts from nothing).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-20}
challenge=cost-calculator
ex=$root/exercises/$challenge

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

lectern=${LECTERN:-}
if [[ -z $lectern ]]; then
	(cd "$root" && go build -o "$work/lectern" ./cmd/lectern)
	lectern=$work/lectern
fi

# The files as a learner has them: without the build line that keeps the
# starter and the reference apart in the repository.
mkdir -p "$work/solutions"
strip() { sed -E '1{/^\/\/go:build/d}' "$1"; }
strip "$ex/solution.go" >"$work/solutions/correct.go"
strip "$ex/starter.go" >"$work/solutions/wrong.go"
{ strip "$ex/solution.go"; printf '\nfunc total() float64 { return notDefined }\n'; } >"$work/solutions/compile.go"

export XDG_STATE_HOME=$work/state XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
# The check helper's socket goes here: it leaves when the folder is removed.
export XDG_RUNTIME_DIR=$work/run
mkdir -m 700 "$XDG_RUNTIME_DIR"

# One module per solution, with the same code and tests, that go test can
# run on its own.
for kind in correct wrong compile; do
	# The tests import the package by its path in this repository.
	mod=$work/mod-$kind
	mkdir -p "$mod/exercises/$challenge"
	printf 'module github.com/lectern-dev/lectern\n\ngo 1.26\n' >"$mod/go.mod"
	cp "$work/solutions/$kind.go" "$mod/exercises/$challenge/solution.go"
	cp "$ex/example_test.go" "$ex/hidden_test.go" "$mod/exercises/$challenge/"
done

go_test() { (cd "$work/mod-$1" && GOFLAGS=-mod=mod go test -count=1 "./exercises/$challenge/" >/dev/null 2>&1); }
lectern_check() { "$lectern" check "$challenge" "$work/solutions/$1.go" --json >/dev/null 2>&1; }

# Both must give the same verdict.
for kind in correct wrong compile; do
	g=pass l=pass
	go_test "$kind" || g=fail
	lectern_check "$kind" || l=fail
	echo "$kind: go test $g, lectern check $l"
	[[ $g == "$l" ]] || { echo "verdicts differ" >&2; exit 1; }
done

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

sleep 0.5 # the checks above started the check helper: let it get ready

printf '\n%-8s %14s %18s %8s %20s %8s\n' solution "go test (ms)" "lectern check (ms)" ratio "without helper (ms)" ratio
for kind in correct wrong compile; do
	if command -v hyperfine >/dev/null 2>&1; then
		hyperfine -N --warmup 3 --runs "$runs" -i --export-json "$work/h.json" \
			"sh -c 'cd $work/mod-$kind && GOFLAGS=-mod=mod go test -count=1 ./exercises/$challenge/'" \
			"$lectern check $challenge $work/solutions/$kind.go --json" >/dev/null 2>&1
		read -r g l < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(r[0]["median"]*1e6, r[1]["median"]*1e6)' "$work/h.json")
		LECTERN_HELPER=0 hyperfine -N --warmup 3 --runs "$runs" -i --export-json "$work/h.json" \
			"$lectern check $challenge $work/solutions/$kind.go --json" >/dev/null 2>&1
		l0=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"]*1e6)' "$work/h.json")
	else
		# Alternate the two commands so that both see the same noise.
		gt=() lc=()
		for _ in 1 2 3; do go_test "$kind" || true; lectern_check "$kind" || true; done
		for ((i = 0; i < runs; i++)); do
			t0=$(now); go_test "$kind" || true; t1=$(now)
			lectern_check "$kind" || true; t2=$(now)
			gt+=($(((t1 - t0) / 1000))) lc+=($(((t2 - t1) / 1000)))
		done
		g=$(printf '%s\n' "${gt[@]}" | median)
		l=$(printf '%s\n' "${lc[@]}" | median)
		l0s=()
		for ((i = 0; i < runs; i++)); do
			t0=$(now); LECTERN_HELPER=0 lectern_check "$kind" || true; t1=$(now)
			l0s+=($(((t1 - t0) / 1000)))
		done
		l0=$(printf '%s\n' "${l0s[@]}" | median)
	fi
	awk -v k="$kind" -v g="$g" -v l="$l" -v l0="$l0" 'BEGIN { printf "%-8s %14.1f %18.1f %7.1fx %20.1f %7.1fx\n", k, g/1000, l/1000, g/l, l0/1000, g/l0 }'
done
echo "(medians of $runs runs each; $(nproc) cores; $(go version | cut -d' ' -f3))"
