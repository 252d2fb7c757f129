#!/usr/bin/env bash
# Crash drill: kill -9 the server in the middle of a write load, restart it, and check that
# every write it acknowledged (2xx) is there and nothing is half-written (`accord verify`:
# file integrity, status tally, one audit event per write, dashboard summary = a fresh count).
#   bench/drills/crash.sh [RUNS] [ENGINES]     default: 20 runs on "sqlite postgres"
set -euo pipefail
source "$(dirname "$0")/lib.sh"
runs="${1:-20}"
engines="${2:-sqlite postgres}"
need_build
port=3201
for engine in $engines; do
  total_acks=0 total_lost=0 faults=0 unsound=0
  for run in $(seq 1 "$runs"); do
    log="$DRILL_DIR/crash-$engine.log"
    if [ "$engine" = sqlite ]; then
      rm -f "$DRILL_DIR"/crash.db*
      url="sqlite:$DRILL_DIR/crash.db"
    else
      url="$(fresh_postgres accord_drill_crash)"
    fi
    DATABASE_URL="$url" RUST_LOG=warn "$ACCORD" seed --demo >/dev/null
    writer_targets "$url"
    acks="$DRILL_DIR/crash-acks.csv"
    : >"$acks"
    pid="$(start_server "$url" "$port" "$log")"
    node bench/drills/writer.mjs --servers "http://127.0.0.1:$port" --seconds 30 --workers 8 \
      --partner "$PARTNER" --initiatives "$INITIATIVES" --acks "$acks" --tag "crash$run" >/dev/null &
    writer=$!
    # Somewhere between 1.5 and 4.5 s into the load.
    sleep "$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", 1.5 + (r % 300) / 100 }')"
    kill -9 "$pid"
    faults=$((faults + 1))
    sleep 0.3
    kill "$writer" 2>/dev/null || true
    wait "$writer" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    # The restarted server comes up on what the crash left (SQLite replays its WAL).
    pid="$(start_server "$url" "$port" "$log")"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    if ! DATABASE_URL="$url" RUST_LOG=error "$ACCORD" verify >"$DRILL_DIR/crash-verify.txt" 2>&1; then
      unsound=$((unsound + 1))
      cat "$DRILL_DIR/crash-verify.txt" >&2
    fi
    n="$(wc -l <"$acks")"
    lost="$(missing_acks "$url" "$acks")"
    total_acks=$((total_acks + n))
    total_lost=$((total_lost + lost))
    echo "crash $engine run $run: $n acknowledged writes, $lost lost, verify: $(tail -n 1 "$DRILL_DIR/crash-verify.txt")"
  done
  echo "== crash drill on $engine: $runs runs, $faults kill -9 faults, $total_acks acknowledged writes, $total_lost lost, $unsound runs with problems"
  [ "$total_lost" = 0 ] && [ "$unsound" = 0 ] || exit 1
done
