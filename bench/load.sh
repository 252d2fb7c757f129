#!/usr/bin/env bash
# Load figures for BENCHMARKS.md: seeds N synthetic initiatives into a fresh SQLite database (or
# the PostgreSQL database in BENCH_DATABASE_URL), serves the release build, signs in and runs wrk
# (64 connections, 30 s after a 5 s warm-up) against /healthz and the signed-in pages.
#   bench/load.sh [N]        default N = 100000; needs `cargo leptos build --release` first
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000}"
port="${BENCH_PORT:-3300}"
duration="${BENCH_DURATION:-30s}"
dir="$(mktemp -d /tmp/accord-bench.XXXXXX)"
export DATABASE_URL="${BENCH_DATABASE_URL:-sqlite:$dir/accord.db}"
export LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT="target/site" LEPTOS_ENV="PROD" RUST_LOG="warn"
bin=./target/release/accord
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

echo "seeding $n initiatives into $DATABASE_URL"
/usr/bin/time -f "seed: %e s, %M KB peak" "$bin" seed --synthetic "$n"
echo "bench-load-password" | "$bin" user add --email bench@load.test --role manager --name "Load Test" --password-stdin >/dev/null 2>&1 || true

"$bin" serve >"$dir/server.log" 2>&1 & server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done

cookie=$(curl -s -o /dev/null -D - -X POST "http://127.0.0.1:$port/login" \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data 'email=bench%40load.test&password=bench-load-password' | grep -i '^set-cookie: accord_session' | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]+).*/\1/' | tr -d '\r')
[ -n "$cookie" ] || { echo "could not sign in" >&2; exit 1; }
partner=$(curl -s -b "$cookie" "http://127.0.0.1:$port/initiatives" | grep -o 'href="/partners/[0-9]*"' | head -1 | grep -o '[0-9]*')
initiative=$(curl -s -b "$cookie" "http://127.0.0.1:$port/initiatives" | grep -o 'href="/initiatives/[0-9]*"' | head -1 | grep -o '[0-9]*')
echo "server RSS idle: $(ps -o rss= -p $server) KB"

run() {
  local name="$1" path="$2"
  wrk -t2 -c64 -d5s -H "Cookie: $cookie" "http://127.0.0.1:$port$path" >/dev/null
  echo "== $name ($path)"
  wrk -t2 -c64 -d"$duration" --latency -H "Cookie: $cookie" "http://127.0.0.1:$port$path" \
    | grep -E 'Requests/sec|^ +50%|^ +99%|Non-2xx|Socket errors'
}
run healthz /healthz
run dashboard /dashboard
run list "/initiatives?status=active&partner=$partner"
run detail "/initiatives/$initiative"
echo "server RSS after load: $(ps -o rss= -p $server) KB"
