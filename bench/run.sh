#!/usr/bin/env bash
# Runs bench/load.sh on SQLite and on PostgreSQL in one go, keeps the output in
# bench/results/<date>-<engine>.txt and shows each figure beside the previous run's.
#   bench/run.sh [N]      default 100000; builds the release first if it is missing
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000}"
[ -x target/release/accord ] || (source .ci/lib.sh && cargo leptos build --release)
# The load tools, when missing (Debian/Ubuntu; as root, or with sudo).
for tool in wrk sqlite3; do
  if ! command -v "$tool" >/dev/null; then
    (source .ci/lib.sh && as_root apt-get install -y "$tool") || { echo "install $tool first" >&2; exit 1; }
  fi
done
mkdir -p bench/results
for engine in sqlite postgres; do
  previous="$(ls -1 bench/results/*-"$engine".txt 2>/dev/null | tail -n 1 || true)"
  out="bench/results/$(date -u +%Y%m%dT%H%M)-$engine.txt"
  bash bench/load.sh "$n" "$engine" | tee "$out"
  if [ -n "$previous" ] && [ "$previous" != "$out" ]; then
    echo "-- compared with $previous (requests/s: previous -> now)"
    paste <(grep -E '^== |Requests/sec' "$previous" | paste - -) <(grep -E '^== |Requests/sec' "$out" | paste - -) \
      | awk -F'\t' '{ split($2, a, " "); split($4, b, " "); printf "%-40s %12s -> %s\n", $1, a[2], b[2] }'
  fi
done
