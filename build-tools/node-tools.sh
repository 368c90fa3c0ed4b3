#!/usr/bin/env bash
# Sourced by the build's Node steps: installs the Node tools pinned in the root package.json / package-lock.json
# (npm ci) when node_modules is missing or older than the lock file, then puts their binaries on the PATH.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ ! -f "$root/node_modules/.package-lock.json" ] || [ "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]; then
  echo "[bobine] npm ci: the Node tools of package-lock.json (first run: a few minutes)" >&2
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
export PATH="$root/node_modules/.bin:$PATH"
