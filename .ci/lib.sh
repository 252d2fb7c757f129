# Shared helpers for the project's scripts. Sourced, not run.

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
warn() { printf '\033[1;33m!!! %s\033[0m\n' "$*" >&2; }
die() { printf '\033[1;31mxxx %s\033[0m\n' "$*" >&2; exit 1; }

# The project's root, whatever folder a script is called from.
ACCORD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Tools installed by .ci/setup: cargo's bin folder and the npm-provided wasm-opt.
export PATH="$HOME/.cargo/bin:$ACCORD_ROOT/end2end/node_modules/.bin:$PATH"

# Root may install system packages directly; others need sudo.
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}
