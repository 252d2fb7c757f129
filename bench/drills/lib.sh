# Helpers shared by the reliability drills. Sourced, not run.
source "$(dirname "${BASH_SOURCE[0]}")/../../.ci/lib.sh"
cd "$ACCORD_ROOT"
ACCORD=./target/release/accord
DRILL_DIR=target/drills
mkdir -p "$DRILL_DIR"

need_build() {
  [ -x "$ACCORD" ] || cargo leptos build --release
  for tool in sqlite3 node; do
    command -v "$tool" >/dev/null || as_root apt-get install -y -qq "$tool"
  done
}

# Prints the URL of a fresh, empty PostgreSQL database named $1 (the test role's server).
fresh_postgres() {
  local admin name="$1"
  admin="$(.ci/postgres)"
  psql "$admin" -qtA -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null
  psql "$admin" -qtA -c "CREATE DATABASE $name" >/dev/null
  echo "${admin%/*}/$name"
}

# Runs SQL ($2) against the database URL $1; prints rows as text.
sql() {
  case "$1" in
    sqlite:*) sqlite3 -batch "${1#sqlite:}" "$2" ;;
    *) psql "$1" -qtA -F'|' -c "$2" ;;
  esac
}

# Starts `accord serve` on port $2 against URL $1 in the background; prints its pid once
# /healthz answers.
start_server() {
  local url="$1" port="$2" log="$3"
  DATABASE_URL="$url" LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT=target/site \
    LEPTOS_ENV=PROD RUST_LOG=warn "$ACCORD" serve >>"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 200); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && { echo "$pid"; return 0; }
    kill -0 "$pid" 2>/dev/null || { echo "server on $port died: $(tail -n 5 "$log")" >&2; return 1; }
    sleep 0.05
  done
  echo "server on $port did not answer" >&2
  return 1
}

# How many acknowledged writes in the CSV file $2 ("kind,key" lines) are missing from the
# database at URL $1: loaded into a temporary table and checked in one statement.
missing_acks() {
  local url="$1" acks="$2"
  local check="SELECT COUNT(*) FROM acks a WHERE NOT EXISTS (
      SELECT 1 FROM meetings m WHERE a.kind = 'meeting' AND m.title = a.key
      UNION ALL SELECT 1 FROM updates u WHERE a.kind = 'note' AND u.note = a.key)"
  case "$url" in
    sqlite:*)
      sqlite3 -batch "${url#sqlite:}" <<SQL
CREATE TEMP TABLE acks (kind TEXT, key TEXT);
.mode csv
.import $acks acks
.mode list
$check;
SQL
      ;;
    *)
      psql "$url" -qtA <<SQL
CREATE TEMP TABLE acks (kind TEXT, key TEXT);
\copy acks FROM '$acks' WITH (FORMAT csv)
$check;
SQL
      ;;
  esac
}

# The ids the writer may use: a partner and the demo's initiatives.
writer_targets() {
  local url="$1"
  PARTNER="$(sql "$url" "SELECT id FROM partners ORDER BY id LIMIT 1")"
  INITIATIVES="$(sql "$url" "SELECT id FROM initiatives ORDER BY id" | paste -sd, -)"
}
