#!/usr/bin/env bash
# Disk drill (SQLite): the database lives on a small tmpfs. Under a write load the disk fills
# up. Writes must be refused with the clear 503 page
# (never a 500, never a hang), no acknowledged write may be lost, and once space is freed or
# the file system is writable again the same server process writes again. Needs root (mount).
#   bench/drills/disk.sh [ROUNDS]     default 2
set -euo pipefail
source "$(dirname "$0")/lib.sh"
rounds="${1:-2}"
need_build
port=3204
log="$DRILL_DIR/disk.log"
mnt="$DRILL_DIR/disk-mnt"
mkdir -p "$mnt"
mountpoint -q "$mnt" && as_root umount "$mnt"
as_root mount -t tmpfs -o size=48m tmpfs "$mnt"
trap 'kill "${pid:-0}" 2>/dev/null; as_root umount -l "$mnt" 2>/dev/null || true' EXIT
url="sqlite:$mnt/accord.db"
DATABASE_URL="$url?mode=rwc" RUST_LOG=warn "$ACCORD" seed --demo >/dev/null
writer_targets "$url"
pid="$(start_server "$url" "$port" "$log")"
jar="$DRILL_DIR/disk.jar"
curl -s -c "$jar" -o /dev/null -d 'email=admin@demo.accord.test&password=accord-demo-2026' \
  "http://127.0.0.1:$port/login"
# status,seconds of one form post that writes (a new meeting)
write_once() {
  curl -s -b "$jar" -o "$DRILL_DIR/disk-page.html" -m 15 -w '%{http_code},%{time_total}' \
    -H 'Accept: application/json' \
    --data-urlencode "input[title]=disk drill probe $1" --data-urlencode 'input[held_on]=2026-11-20' \
    --data-urlencode "input[partner_id]=$PARTNER" "http://127.0.0.1:$port/api/create_meeting" || echo "000,15"
}
read_once() { curl -s -b "$jar" -o /dev/null -m 15 -w '%{http_code}' "http://127.0.0.1:$port$1" || echo 000; }
bad=0
check() { # name expected actual
  if [ "$2" != "${3%%,*}" ]; then bad=$((bad + 1)); echo "  WRONG $1: expected $2, got $3"; else echo "  $1: $3"; fi
}
for round in $(seq 1 "$rounds"); do
  acks="$DRILL_DIR/disk-acks-$round.csv"
  : >"$acks"
  node bench/drills/writer.mjs --servers "http://127.0.0.1:$port" --seconds 20 --workers 4 \
    --partner "$PARTNER" --initiatives "$INITIATIVES" --acks "$acks" --tag "disk$round" \
    >"$DRILL_DIR/disk-writer-$round.json" &
  writer=$!
  sleep 2
  echo "round $round: filling the disk"
  dd if=/dev/zero of="$mnt/filler" bs=1M status=none 2>/dev/null || true
  sleep 1
  check "write on a full disk" 503 "$(write_once "full$round")"
  grep -q "Unavailable" "$DRILL_DIR/disk-page.html" \
    || { bad=$((bad + 1)); echo "  WRONG: the full-disk answer is not AppError::Unavailable"; }
  check "read on a full disk (/meetings)" 200 "$(read_once /meetings)"
  rm -f "$mnt/filler"
  sleep 1
  check "write after space is freed (same process)" 200 "$(write_once "freed$round")"
  wait "$writer" || true
  lost="$(missing_acks "$url" "$acks")"
  echo "round $round: writer $(cat "$DRILL_DIR/disk-writer-$round.json"); $(wc -l <"$acks") acknowledged writes, $lost lost"
  [ "$lost" = 0 ] || bad=$((bad + 1))
  if grep -q '"500"' "$DRILL_DIR/disk-writer-$round.json"; then
    bad=$((bad + 1)); echo "  WRONG: the writer got a 500"
  fi
done
kill "$pid"; wait "$pid" 2>/dev/null || true
DATABASE_URL="$url" RUST_LOG=error "$ACCORD" verify || bad=$((bad + 1))
echo "== disk drill: $rounds rounds, $bad wrong answers"
[ "$bad" = 0 ]
