#!/usr/bin/env bash
# Load figures for BENCHMARKS.md, on one engine: seeds N synthetic initiatives into a fresh
# database, starts the release build (timing the cold start to the first 200 on /healthz), signs
# in as a manager and runs wrk (64 connections, a 5 s warm-up, then BENCH_DURATION) against
# /healthz, the dashboard, a filtered list, an initiative page, a 90 % read / 10 % write mix and
# status updates alone (both through the real change_status server function), sampling the
# server's memory throughout.
#   bench/load.sh [N] [sqlite|postgres]      default 100000 sqlite; needs a release build
# PostgreSQL: a throwaway database on this machine's cluster (.ci/postgres starts it), dropped after.
# BENCH_EXPORT_ONLY=1 stops after timing the CSV and .xlsx exports of every initiative;
# BENCH_SEARCH_ONLY=1 after the pages and the full-text searches one request at a time.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000}"
engine="${2:-sqlite}"
port="${BENCH_PORT:-3300}"
duration="${BENCH_DURATION:-30s}"
dir="$(mktemp -d /tmp/accord-bench.XXXXXX)"
bin=./target/release/accord
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -x "$bin" ] || { echo "build first: cargo leptos build --release" >&2; exit 1; }

cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
  [ -n "${sampler:-}" ] && kill "$sampler" 2>/dev/null || true
  if [ -n "${pg_db:-}" ]; then psql "$pg_base" -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true; fi
  rm -rf "$dir"
}
trap cleanup EXIT

case "$engine" in
  sqlite)
    export DATABASE_URL="sqlite:$dir/accord.db"
    ids_query() { sqlite3 -separator ' ' "$dir/accord.db" "$1"; }
    ;;
  postgres)
    pg_base="$(bash .ci/postgres)"
    pg_db="accord_bench_$$"
    psql "$pg_base" -qc "CREATE DATABASE $pg_db" >/dev/null
    export DATABASE_URL="${pg_base%/*}/$pg_db"
    ids_query() { psql "$DATABASE_URL" -qAt -F ' ' -c "$1"; }
    ;;
  *) echo "engine: sqlite or postgres" >&2; exit 2 ;;
esac
export LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT="target/site" LEPTOS_ENV="PROD" RUST_LOG="warn"

echo "# engine: $engine; $n initiatives; $(nproc) cores; $(free -g | awk '/^Mem:/ {print $2}') GiB; $(date -u +%F)"
/usr/bin/time -f "seed: %e s, %M KB peak" "$bin" seed --synthetic "$n"
# PostgreSQL: settle the bulk load as autovacuum would within a minute (visibility map, hint
# bits, statistics), so that the figures are those of a database in service, not of one
# still being loaded.
[ "$engine" = postgres ] && psql "$DATABASE_URL" -qc "VACUUM ANALYZE" 2>/dev/null
echo "bench-load-password" | "$bin" user add --email bench@load.test --role manager --name "Load Test" --password-stdin >/dev/null 2>&1 || true

# Cold start: from exec to the first 200 on /healthz (migrations and planner statistics included).
start_ns=$(date +%s%N)
"$bin" serve >"$dir/server.log" 2>&1 & server=$!
until curl -fs -o /dev/null "http://127.0.0.1:$port/healthz"; do
  kill -0 "$server" 2>/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  sleep 0.005
done
echo "cold start to first 200: $(( ($(date +%s%N) - start_ns) / 1000000 )) ms"

cookie=$(curl -s -o /dev/null -D - -X POST "http://127.0.0.1:$port/login" \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data 'email=bench%40load.test&password=bench-load-password' | grep -i '^set-cookie: accord_session' | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]+).*/\1/' | tr -d '\r')
[ -n "$cookie" ] || { echo "could not sign in" >&2; exit 1; }
partner=$(curl -s -b "$cookie" "http://127.0.0.1:$port/initiatives" | grep -o 'href="/partners/[0-9]*"' | head -1 | grep -o '[0-9]*')
initiative=$(curl -s -b "$cookie" "http://127.0.0.1:$port/initiatives" | grep -o 'href="/initiatives/[0-9]*"' | head -1 | grep -o '[0-9]*')
ids_query "SELECT id, version, status FROM initiatives WHERE status IN ('proposed', 'active', 'blocked') ORDER BY id" >"$dir/ids.txt"
echo "open initiatives for writes: $(wc -l <"$dir/ids.txt")"
sleep 1
echo "server RSS idle: $(ps -o rss= -p "$server" | tr -d ' ') KB"

# A streamed export of every initiative (the manager sees restricted ones too), with the
# server's memory before and after: 100,000 rows must not mean 100,000 rows in memory.
rss_before=$(ps -o rss= -p "$server" | tr -d ' ')
curl -s -o "$dir/export.csv" -w "export of every initiative: %{time_total} s, %{size_download} bytes, first byte after %{time_starttransfer} s\n" \
  -b "$cookie" "http://127.0.0.1:$port/exports/initiatives"
echo "export rows: $(( $(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding="utf-8-sig"))))' "$dir/export.csv") - 1 )); server RSS before: $rss_before KB, after: $(ps -o rss= -p "$server" | tr -d ' ') KB"
# The same rows as a workbook, written row by row to a temporary file (constant memory).
rss_before=$(ps -o rss= -p "$server" | tr -d ' ')
curl -s -o "$dir/export.xlsx" -w "workbook of every initiative: %{time_total} s, %{size_download} bytes, first byte after %{time_starttransfer} s\n" \
  -b "$cookie" "http://127.0.0.1:$port/exports/xlsx/initiatives"
echo "workbook rows: $(python3 -c 'import re,sys,zipfile; print(len(re.findall(rb"<row ", zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml"))) - 1)' "$dir/export.xlsx"); server RSS before: $rss_before KB, after: $(ps -o rss= -p "$server" | tr -d ' ') KB"
curl -s -o /dev/null -w "one /healthz for scale: %{time_total} s\n" "http://127.0.0.1:$port/healthz"
[ -n "${BENCH_EXPORT_ONLY:-}" ] && exit 0

# Full-text search, one request at a time ("alone"): a word in about one title in ten, two
# words together, a word in one title, and the common word with the list's other filters. A
# search is ranked by relevance unless another order is asked for.
alone() {
  local name="$1" path="$2"
  wrk -t1 -c1 -d3s "http://127.0.0.1:$port$path" -H "Cookie: $cookie" >/dev/null
  echo "== alone: $name ($path)"
  wrk -t1 -c1 -d"$duration" --latency -H "Cookie: $cookie" "http://127.0.0.1:$port$path" \
    | grep -E 'Requests/sec|^ +50%|^ +99%|Non-2xx|Socket errors'
}
alone healthz /healthz
# Each page alone: its own latency, without the queue of 64 connections.
alone "dashboard" /dashboard
alone "list" "/initiatives?status=active&partner=$partner"
alone "initiative page" "/initiatives/$initiative"
alone "no search, for scale" "/initiatives?status=active&sort=updated"
alone "a common word, ranked" "/initiatives?q=hydrogen"
alone "a common word, by deadline" "/initiatives?q=hydrogen&sort=deadline"
alone "two words" "/initiatives?q=green+hydro"
alone "a rare word" "/initiatives?q=4242"
alone "a common word, filtered, ranked" "/initiatives?q=hydrogen&status=active"
alone "a common word, filtered, by update" "/initiatives?q=hydrogen&status=active&sort=updated"
[ -n "${BENCH_SEARCH_ONLY:-}" ] && exit 0

# Peak memory under load: sample the server's resident set every 0.2 s.
( peak=0; while kill -0 "$server" 2>/dev/null; do
    rss=$(ps -o rss= -p "$server" 2>/dev/null | tr -d ' '); [ -n "$rss" ] && [ "$rss" -gt "$peak" ] && peak=$rss && echo "$peak" >"$dir/peak"
    sleep 0.2; done ) & sampler=$!

# run NAME PATH: GET PATH. run NAME PATH WRITE_EVERY FIRST WARMUP_FIRST: bench/mix.lua's reads and
# writes over a quarter of the open initiatives from FIRST (the warm-up from WARMUP_FIRST), so no
# run writes an initiative another run wrote.
run() {
  local name="$1" path="$2" url="http://127.0.0.1:$port$2"
  local script=() warmup=()
  if [ $# -gt 2 ]; then
    url="http://127.0.0.1:$port/"
    script=(-s bench/mix.lua "$url" -- "$dir/ids.txt" "$3" "$4" "$quarter")
    warmup=(-s bench/mix.lua "$url" -- "$dir/ids.txt" "$3" "$5" "$quarter")
  else
    script=("$url"); warmup=("$url")
  fi
  wrk -t2 -c64 -d5s -H "Cookie: $cookie" "${accept[@]}" "${warmup[@]}" >/dev/null
  echo "== $name ($path)"
  wrk -t2 -c64 -d"$duration" --latency -H "Cookie: $cookie" "${accept[@]}" "${script[@]}" \
    | grep -E 'Requests/sec|^ +50%|^ +99%|Non-2xx|Socket errors|requests sent'
}
accept=()
run healthz /healthz
run dashboard /dashboard
run list "/initiatives?status=active&partner=$partner"
run detail "/initiatives/$initiative"
# As a browser asks for them (Chromium's Accept-Encoding): a kept page goes out as gzip made
# once per version (server::gzip_pieces), a page rendered afresh as brotli at quality 1.
accept=(-H "Accept-Encoding: gzip, deflate, br, zstd")
run "dashboard, as a browser asks" /dashboard
run "list, as a browser asks" "/initiatives?status=active&partner=$partner"
run "detail, as a browser asks" "/initiatives/$initiative"
accept=()
# Writes take initiatives in order from a different offset per run, so none is written twice.
total=$(wc -l <"$dir/ids.txt")
quarter=$(( total / 4 ))
# Initiative pages at random, reads only: nearly every one rendered afresh (none is kept long).
run "random initiative pages" /initiatives/:id 1000000000 0 0
run "mix 90/10" /initiatives/:id+change_status 10 0 "$quarter"
run "status updates only" /api/change_status 1 $(( 2 * quarter )) $(( 3 * quarter ))
echo "server RSS peak under load: $(cat "$dir/peak" 2>/dev/null || echo '?') KB; after: $(ps -o rss= -p "$server" | tr -d ' ') KB"
