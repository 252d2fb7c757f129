#!/usr/bin/env bash
# Starts the release server for Playwright on a fresh SQLite database with the demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${E2E_PORT:-3100}"
dir="target/e2e"
rm -rf "$dir"
mkdir -p "$dir"
export DATABASE_URL="sqlite:$dir/accord.db"
export LEPTOS_SITE_ADDR="127.0.0.1:$port"
export LEPTOS_SITE_ROOT="target/site"
export LEPTOS_ENV="PROD"
export RUST_LOG="${RUST_LOG:-warn}"
./target/release/accord seed --demo
exec ./target/release/accord serve
