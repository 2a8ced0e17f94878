#!/usr/bin/env bash
# Remakes docs/prep.png: the supervision page of the demo journal, on a
# pinned date so that the picture is reproducible.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SPIEGEL_TODAY=2026-11-25
cargo run --quiet --release -- demo --db "$work/journal.db" >/dev/null
cargo run --quiet --release -- --db "$work/journal.db" prep --format html -o "$work/prep.html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --window-size=900,2700 --user-data-dir="$work/profile" \
    --screenshot="$PWD/docs/prep.png" "file://$work/prep.html" 2>/dev/null
echo "wrote docs/prep.png"
