#!/usr/bin/env bash
# Backup drill: `accord backup` while a write load runs, restore into a fresh database, and
# check it: consistent (`accord verify`) and holding every write acknowledged before the
# backup started.
#   bench/drills/backup.sh [ENGINES]     default "sqlite postgres"
set -euo pipefail
source "$(dirname "$0")/lib.sh"
engines="${1:-sqlite postgres}"
need_build
port=3205
for engine in $engines; do
  log="$DRILL_DIR/backup-$engine.log"
  backup="$DRILL_DIR/backup-$engine.bak"
  rm -f "$backup" "$DRILL_DIR"/backup-live.db* "$DRILL_DIR"/backup-restored.db*
  if [ "$engine" = sqlite ]; then
    url="sqlite:$DRILL_DIR/backup-live.db"
    restored="sqlite:$DRILL_DIR/backup-restored.db"
  else
    url="$(fresh_postgres accord_drill_backup)"
    restored="$(fresh_postgres accord_drill_restored)"
  fi
  DATABASE_URL="$url" RUST_LOG=warn "$ACCORD" seed --demo >/dev/null
  writer_targets "$url"
  pid="$(start_server "$url" "$port" "$log")"
  acks="$DRILL_DIR/backup-acks.csv"
  : >"$acks"
  node bench/drills/writer.mjs --servers "http://127.0.0.1:$port" --seconds 8 --workers 6 \
    --partner "$PARTNER" --initiatives "$INITIATIVES" --acks "$acks" --tag "backup" >/dev/null &
  writer=$!
  sleep 3
  cp "$acks" "$DRILL_DIR/backup-acks-before.csv"
  DATABASE_URL="$url" RUST_LOG=warn "$ACCORD" backup "$backup"
  wait "$writer"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  DATABASE_URL="$restored" RUST_LOG=warn "$ACCORD" restore "$backup" | tail -n 1
  lost="$(missing_acks "$restored" "$DRILL_DIR/backup-acks-before.csv")"
  echo "== backup on $engine: $(wc -l <"$DRILL_DIR/backup-acks-before.csv") writes acknowledged before the backup, $lost missing from the restore; $(wc -l <"$acks") in all during the load"
  [ "$lost" = 0 ] || exit 1
done
