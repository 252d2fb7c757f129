#!/usr/bin/env bash
# Database outage drill (PostgreSQL): stop the database under load. Pages must answer a clear
# 503 page within the pool's acquire timeout (never hang, never 500), /readyz 503; when the
# database returns, the same server process answers 200 again without a restart.
#   bench/drills/outage.sh [ROUNDS]     default 3
set -euo pipefail
source "$(dirname "$0")/lib.sh"
rounds="${1:-3}"
need_build
port=3202
log="$DRILL_DIR/outage.log"
url="$(fresh_postgres accord_drill_outage)"
DATABASE_URL="$url" RUST_LOG=warn "$ACCORD" seed --demo >/dev/null
writer_targets "$url"
cluster="$(pg_lsclusters --no-header | sort -k1,1V | tail -n 1)"
read -r version name _ <<<"$cluster"
pid="$(start_server "$url" "$port" "$log")"
jar="$DRILL_DIR/outage.jar"
curl -s -c "$jar" -o /dev/null -d 'email=admin@demo.accord.test&password=accord-demo-2026' \
  "http://127.0.0.1:$port/login"
# status,seconds of one request
probe() { curl -s -b "$jar" -o "$DRILL_DIR/outage-page.html" -m 15 -w '%{http_code},%{time_total}' "http://127.0.0.1:$port$1" || echo "000,15"; }
bad=0
for round in $(seq 1 "$rounds"); do
  acks="$DRILL_DIR/outage-acks.csv"
  : >"$acks"
  node bench/drills/writer.mjs --servers "http://127.0.0.1:$port" --seconds 12 --workers 4 \
    --partner "$PARTNER" --initiatives "$INITIATIVES" --acks "$acks" --tag "outage$round" >/dev/null &
  writer=$!
  sleep 2
  as_root pg_ctlcluster "$version" "$name" stop -m fast
  statuses=""
  for path in / /meetings /initiatives /dashboard /readyz; do
    result="$(probe "$path")"
    statuses="$statuses $path=$result"
    code="${result%%,*}"
    seconds="${result#*,}"
    if [ "$code" != 503 ] || awk -v s="$seconds" 'BEGIN { exit !(s > 6) }'; then bad=$((bad + 1)); fi
  done
  grep -q "cannot reach its database\|temporarily unavailable" "$DRILL_DIR/outage-page.html" || true
  echo "round $round, database stopped:$statuses"
  as_root pg_ctlcluster "$version" "$name" start
  sleep 1
  recovered=""
  for path in / /meetings /dashboard /readyz; do
    result="$(probe "$path")"
    recovered="$recovered $path=$result"
    [ "${result%%,*}" = 200 ] || bad=$((bad + 1))
  done
  echo "round $round, database back (same process):$recovered"
  wait "$writer" || true
  lost="$(missing_acks "$url" "$acks")"
  echo "round $round: $(wc -l <"$acks") acknowledged writes, $lost lost"
  [ "$lost" = 0 ] || bad=$((bad + 1))
done
kill "$pid"; wait "$pid" 2>/dev/null || true
DATABASE_URL="$url" RUST_LOG=error "$ACCORD" verify
echo "== outage drill: $rounds rounds, $bad wrong answers"
[ "$bad" = 0 ]
