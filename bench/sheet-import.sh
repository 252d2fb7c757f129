#!/usr/bin/env bash
# Spreadsheet import figures for BENCHMARKS.md, on one engine: a fresh database with the demo
# data, a CSV of N commitments (semicolons, a BOM, Russian statuses, every row valid), then
#   1. `accord import-csv --dry-run` (read, check every row; writes nothing),
#   2. the browser's path over HTTP as an officer's browser sends it: the multipart upload,
#      the review page (the dry run of every row, 500 listed), the confirming POST (the dry
#      run again, then one transaction), and the initiatives counted in the database after;
#   3. one /healthz for scale.
#   bench/sheet-import.sh [N] [sqlite|postgres]      default 10000 sqlite; needs a release build
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
engine="${2:-sqlite}"
port="${BENCH_PORT:-3301}"
dir="$(mktemp -d /tmp/accord-sheet.XXXXXX)"
bin=./target/release/accord
base="http://127.0.0.1:$port"
[ -x "$bin" ] || { echo "build first: cargo leptos build --release" >&2; exit 1; }

cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
  if [ -n "${pg_db:-}" ]; then psql "$pg_base" -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true; fi
  rm -rf "$dir"
}
trap cleanup EXIT

case "$engine" in
  sqlite)
    export DATABASE_URL="sqlite:$dir/accord.db"
    count() { sqlite3 "$dir/accord.db" "SELECT COUNT(*) FROM initiatives WHERE external_ref LIKE 'ref:BENCH-%'"; }
    ;;
  postgres)
    pg_base="$(bash .ci/postgres)"
    pg_db="accord_sheet_$$"
    psql "$pg_base" -qc "CREATE DATABASE $pg_db" >/dev/null
    export DATABASE_URL="${pg_base%/*}/$pg_db"
    count() { psql "$DATABASE_URL" -qAt -c "SELECT COUNT(*) FROM initiatives WHERE external_ref LIKE 'ref:BENCH-%'"; }
    ;;
  *) echo "engine: sqlite or postgres" >&2; exit 2 ;;
esac
export LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT="target/site" LEPTOS_ENV="PROD" RUST_LOG="warn"

echo "# engine: $engine; $n rows; $(nproc) cores; $(date -u +%F)"
"$bin" seed --demo >/dev/null
python3 - "$n" "$dir/sheet.csv" <<'PY'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
statuses = ["предложено", "в работе", "active", "выполнено", "blocked"]
with open(path, "w", encoding="utf-8-sig", newline="") as out:
    out.write("Ref;Title;Partner;Owner e-mail;Deadline;Status;Description\n")
    for k in range(n):
        out.write(f"BENCH-{k};Commitment {k}: joint working group on trade;Flanders;"
                  f"aida@demo.accord.test;{k % 28 + 1:02d}.{k % 12 + 1:02d}.2031;{statuses[k % 5]};"
                  f"\"Agreed at the council; follow up by the desk\"\n")
PY
echo "file: $(wc -c <"$dir/sheet.csv") bytes"

/usr/bin/time -f "cli dry run: %e s, %M KB peak" "$bin" import-csv --by aida@demo.accord.test --dry-run "$dir/sheet.csv" | tail -2

"$bin" serve >"$dir/server.log" 2>&1 & server=$!
until curl -fs -o /dev/null "$base/healthz"; do
  kill -0 "$server" 2>/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  sleep 0.01
done
cookie=$(curl -s -o /dev/null -D - -X POST "$base/login" \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data 'email=aida%40demo.accord.test&password=accord-demo-2026' | grep -i '^set-cookie: accord_session' | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]+).*/\1/' | tr -d '\r')
[ -n "$cookie" ] || { echo "could not sign in" >&2; exit 1; }

review=$(curl -s -o /dev/null -b "$cookie" -H "Origin: $base" -F "file=@$dir/sheet.csv;type=text/csv" \
  -w "%{redirect_url} %{time_total}" "$base/uploads/initiatives")
echo "upload (read, check the file, keep it): ${review#* } s"
review_url="${review%% *}"
case "$review_url" in */initiatives/import/*) ;; *) echo "upload refused: $review_url" >&2; exit 1 ;; esac
curl -s -o "$dir/review.html" -b "$cookie" -w "review page (dry run of every row): %{time_total} s, %{size_download} bytes\n" "$review_url"
grep -o '[0-9]* rows\. [0-9]* will be created\.' "$dir/review.html"
plan=$(python3 -c 'import html,re,sys; print(html.unescape(re.search(r"name=\"plan\" value=\"([^\"]*)\"", open(sys.argv[1]).read()).group(1)))' "$dir/review.html")
id="${review_url##*/}"
curl -s -o /dev/null -b "$cookie" -H "Origin: $base" -H 'Accept: text/html' \
  --data-urlencode "id=$id" --data-urlencode "plan=$plan" \
  -w "import (dry run again and one transaction): %{time_total} s, answer %{http_code}\n" "$base/api/import_sheet"
echo "initiatives created: $(count)"
curl -s -o /dev/null -w "one /healthz for scale: %{time_total} s\n" "$base/healthz"
