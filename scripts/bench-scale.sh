#!/usr/bin/env bash
# bench-scale.sh — start-up against the size of a pack (issue 12, item 2):
# a pack of 1 lesson against a pack of 100 (copies of the built-in one,
# with the built-in challenges), for `lectern list`, `lectern check` and
# the TUI's first frame on a pseudo-terminal, with the ratio 100/1 (the
# target is within 1.2×). Then the peak RSS of a check and of the TUI
# (targets 50 and 60 MB).
#
# usage: scripts/bench-scale.sh [runs]      (default 20; needs
#        python3; LECTERN=/path/to/lectern to time a built binary)
#
# The first command on a pack builds its index in the cache folder (see
# the README's "Writing a lesson"); the timed runs start from that, as
# every run after the first does.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

lectern=${LECTERN:-}
if [[ -z $lectern ]]; then
	(cd "$root" && go build -o "$work/lectern" ./cmd/lectern)
	lectern=$work/lectern
fi
export HOME=$work/home XDG_STATE_HOME=$work/state XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
# Every check starts from nothing here (no check helper is started, and
# none outlives the script).
export LECTERN_HELPER=0

pack() { # n -> a pack of n copies of the built-in lesson
	local dir=$work/pack$1
	mkdir -p "$dir/lessons" "$dir/exercises"
	for ex in "$root"/exercises/*/; do
		[[ -f $ex/exercise.yaml ]] && cp -r "$ex" "$dir/exercises/"
	done
	for i in $(seq -w 1 "$1"); do
		cp -r "$root/lessons/serverless" "$dir/lessons/s$i"
		sed -i "s/^id: serverless/id: s$i/; s/^title: \(.*\)/title: \1 $i/" "$dir/lessons/s$i/lesson.yaml"
	done
	"$lectern" --lessons "$dir" list >/dev/null # builds the index
	echo "$dir"
}
p1=$(pack 1)
p100=$(pack 100)
sed -E '1{/^\/\/go:build/d}' "$root/exercises/cost-calculator/solution.go" >"$work/correct.go"

row() { # name, command with PACK
	# The two commands take turns, so that both see the same noise (the
	# machine is shared: one block after the other is not a fair race).
	python3 - "$1" "$runs" "${2//PACK/$p1}" "${2//PACK/$p100}" <<'PY'
import os, shlex, statistics, subprocess, sys, time
name, runs, cmds = sys.argv[1], int(sys.argv[2]), [shlex.split(c) for c in sys.argv[3:5]]
times = [[], []]
with open(os.devnull, "w") as null:
    for i in range(runs + 3):
        for j, c in enumerate(cmds):
            t = time.perf_counter()
            subprocess.call(c, stdout=null, stderr=null)
            if i >= 3:
                times[j].append((time.perf_counter() - t) * 1000)
a, b = (statistics.median(t) for t in times)
print("%-24s %10.1f %12.1f %8.2fx" % (name, a, b, b / a))
PY
}

printf '%-24s %10s %12s %9s\n' "" "1 lesson" "100 lessons" "ratio"
row "lectern list" "$lectern --lessons PACK list"
row "lectern check" "$lectern --lessons PACK check cost-calculator $work/correct.go"

# The TUI: exec to the home screen drawn, on a pseudo-terminal at 80×24.
firstframe() {
	python3 - "$lectern" "$1" "$runs" <<'PY'
import os, pty, select, struct, sys, time, fcntl, termios
binary, pack, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
def once():
    t0 = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        os.execve(binary, [binary, "--lessons", pack], dict(os.environ, TERM="xterm-256color"))
    buf, t = b"", 60.0
    while time.monotonic() - t0 < 60:
        r, _, _ = select.select([fd], [], [], 1)
        if r:
            try:
                buf += os.read(fd, 65536)
            except OSError:
                break
        if b"PRODUCTION" in buf:
            t = time.monotonic() - t0
            break
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    return t * 1000
for _ in range(3):
    once()
ts = sorted(once() for _ in range(runs))
print("%.1f" % ts[len(ts) // 2])
PY
}
a=$(firstframe "$p1") b=$(firstframe "$p100")
awk -v a="$a" -v b="$b" 'BEGIN { printf "%-24s %10.1f %12.1f %8.2fx\n", "TUI first frame", a, b, b/a }'
echo "(ms, medians of $runs runs; target: 100 lessons within 1.2x of 1)"

echo
rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
echo "peak RSS of lectern check (the larger of it and its worker): $(( $(rss "$lectern" check cost-calculator "$work/correct.go") / 1024 )) MB (target 50)"
