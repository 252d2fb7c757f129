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

# How many acknowledged writes in the CSV file $2 are missing from the database at URL $1.
missing_acks() {
  local url="$1" acks="$2" missing=0 kind key table column
  while IFS=, read -r kind key; do
    case "$kind" in
      meeting) table=meetings column=title ;;
      note) table=updates column=note ;;
      *) continue ;;
    esac
    [ "$(sql "$url" "SELECT COUNT(*) FROM $table WHERE $column = '$key'")" = "1" ] || missing=$((missing + 1))
  done <"$acks"
  echo "$missing"
}

# The ids the writer may use: a partner and the demo's initiatives.
writer_targets() {
  local url="$1"
  PARTNER="$(sql "$url" "SELECT id FROM partners ORDER BY id LIMIT 1")"
  INITIATIVES="$(sql "$url" "SELECT id FROM initiatives ORDER BY id" | paste -sd, -)"
}
