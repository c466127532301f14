#!/usr/bin/env bash
# bench-lab.sh — cold starts and warm requests through `lectern lab` (the
# real binary, its instances started from it), as curl sees them and as the
# lab's own REPORT figures give them.
#
# usage: scripts/bench-lab.sh [cold-runs] [warm-runs]
#   cold-runs  requests that each find no instance (idle timeout 1ms; default 30)
#   warm-runs  requests on one connection to a started instance (default 300)
# env:   LECTERN=/path/to/lectern to time an existing binary instead of
#        building one.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cold=${1:-30}
warm=${2:-300}
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill -INT "$p" 2>/dev/null || true; done; wait; rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state

lectern=${LECTERN:-}
if [[ -z $lectern ]]; then
	(cd "$root" && go build -o "$work/lectern" ./cmd/lectern)
	lectern=$work/lectern
fi

cat >"$work/handler.go" <<'GO'
package handler

import (
	"fmt"
	"net/http"
)

func Handler(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "hello %s\n", r.URL.Query().Get("who"))
}
GO

median() {
	sort -n | awk '{a[NR]=$1} END {printf "median %.2f ms (min %.2f, max %.2f, %d runs)\n", a[int((NR+1)/2)], a[1], a[NR], NR}'
}

# start NAME ARGS...: run lectern lab in the background; sets url.
start() {
	local name=$1
	shift
	"$lectern" lab "$work/handler.go" "$@" >"$work/$name.log" 2>&1 &
	pids+=($!)
	until grep -q 'Listening on' "$work/$name.log"; do sleep 0.05; done
	url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/$name.log" | head -1)
}

start cold --idle-timeout 1ms
for _ in $(seq "$cold"); do
	sleep 0.3 # past the idle timeout, and the instance shut down
	curl -s -o /dev/null -D "$work/h" -w '%{time_total}\n' "$url/" | awk '{print $1*1000}' >>"$work/cold-total"
	tr -d '\r' <"$work/h" | awk 'tolower($1)=="x-lectern-init-ms:" {print $2}' >>"$work/cold-init"
done
start warm
curl -s -o /dev/null "$url/" # its cold start
args=()
for _ in $(seq "$warm"); do args+=(-o /dev/null "$url/"); done
curl -s -w '%{time_total}\n' "${args[@]}" | awk '{print $1*1000}' >"$work/warm-total"
sleep 0.2
grep -o 'Duration: [0-9.]* ms Billed' "$work/warm.log" | awk '{print $2}' | tail -n "$warm" >"$work/warm-handler"

echo "cold start, as curl saw it:      $(median <"$work/cold-total")"
echo "cold start, its Init Duration:   $(median <"$work/cold-init")"
sed -n 's/.*included) \([0-9.]*\) ms, then.*/\1/p' "$work/cold.log" >"$work/cold-process"
sed -n 's/.*init run in \([0-9.]*\) ms.*/\1/p' "$work/cold.log" >"$work/cold-load"
echo "  of which the process starting:  $(median <"$work/cold-process")"
echo "  and the handler loaded, init:   $(median <"$work/cold-load")"
echo "warm request, as curl saw it:    $(median <"$work/warm-total")"
echo "warm request, handler Duration:  $(median <"$work/warm-handler")"
