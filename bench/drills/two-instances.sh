#!/usr/bin/env bash
# Two instances, one PostgreSQL: two `accord serve` processes on one database under a write
# load on both, started ten seconds before midnight (ACCORD_CLOCK_START) so that both serve
# dashboards across the day change. Checks: no acknowledged write lost, no lost update (every
# initiative's version equals its audit events), the summary moved once, to the new day, and
# equals a fresh count (`accord verify`).
#   bench/drills/two-instances.sh [SECONDS]     default 25
set -euo pipefail
source "$(dirname "$0")/lib.sh"
seconds="${1:-25}"
need_build
url="$(fresh_postgres accord_drill_two)"
export ACCORD_CLOCK_START="2026-11-30T23:59:50Z"
DATABASE_URL="$url" RUST_LOG=warn "$ACCORD" seed --demo --today 2026-11-30 >/dev/null
writer_targets "$url"
log="$DRILL_DIR/two-instances.log"
: >"$log"
one="$(start_server "$url" 3203 "$log")"
two="$(start_server "$url" 3204 "$log")"
acks="$DRILL_DIR/two-acks.csv"
: >"$acks"
node bench/drills/writer.mjs --servers "http://127.0.0.1:3203,http://127.0.0.1:3204" \
  --seconds "$seconds" --workers 8 --partner "$PARTNER" --initiatives "$INITIATIVES" \
  --acks "$acks" --tag two
kill "$one" "$two"; wait "$one" "$two" 2>/dev/null || true
as_of="$(sql "$url" "SELECT as_of FROM dashboard_state WHERE id = 1")"
lost="$(missing_acks "$url" "$acks")"
unset ACCORD_CLOCK_START
verify="$(DATABASE_URL="$url" RUST_LOG=error ACCORD_CLOCK_START=2026-12-01T00:10:00Z "$ACCORD" verify | tail -n 1)"
echo "== two instances: $(wc -l <"$acks") acknowledged writes, $lost lost; summary as of $as_of; verify: $verify"
[ "$lost" = 0 ] && [ "$as_of" = 2026-12-01 ]
