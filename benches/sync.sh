#!/bin/sh
# `spiegel sync` with 10 000 pending changes (issue 17): a journal of N
# reflections made by `spiegel demo --reflections N --seed 1` is tied to an
# empty folder (so that everything in it is pending), then timed:
#   send  - `sync` on that device: one encrypted change file with it all;
#   apply - `sync` on a second, new device: reading that file, merging it in.
# Prints the median of RUNS runs of each, and the machine's load before and
# after. Uses the release binary: build it first with
#   nice cargo build --release --locked
# Usage: benches/sync.sh [N] [RUNS]   (defaults 10000 and 5)
set -eu

N=${1:-10000}
RUNS=${2:-5}
BIN=${SPIEGEL_BIN:-$(dirname "$0")/../target/release/spiegel}
[ -x "$BIN" ] || { echo "no release binary at $BIN: nice cargo build --release --locked" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export SPIEGEL_PASSPHRASE="bench passphrase" NO_COLOR=1
unset SPIEGEL_DB SPIEGEL_LANG

now_ms() { date +%s%N | cut -c1-13; }

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$BIN" demo --reflections "$N" --seed 1 --db "$work/source.db" >/dev/null
cases=$("$BIN" --db "$work/source.db" case list --json | grep -c '"uuid"' || true)

send="" apply=""
for run in $(seq "$RUNS"); do
    rm -rf "$work/folder" "$work/a.db" "$work/b.db"
    mkdir "$work/folder"
    cp "$work/source.db" "$work/a.db"
    "$BIN" --db "$work/a.db" sync init "$work/folder" >/dev/null
    start=$(now_ms)
    "$BIN" --db "$work/a.db" sync >/dev/null
    send="$send $(( $(now_ms) - start ))"
    "$BIN" --db "$work/b.db" sync init "$work/folder" >/dev/null
    start=$(now_ms)
    "$BIN" --db "$work/b.db" sync >/dev/null
    apply="$apply $(( $(now_ms) - start ))"
    "$BIN" --db "$work/b.db" check >/dev/null
done
size=$(du -k "$work/folder" | tail -1 | cut -f1)

echo "journal: $N reflections in $cases cases, all pending; $RUNS runs"
echo "sync, send  (median): $(echo "$send" | tr ' ' '\n' | grep . | median) ms  [runs:$send ]"
echo "sync, apply (median): $(echo "$apply" | tr ' ' '\n' | grep . | median) ms  [runs:$apply ]"
echo "folder after a run: ${size} KiB"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
