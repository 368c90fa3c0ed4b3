#!/usr/bin/env bash
# The web back-office's build steps, for ./bobine and CI (web/README.md):
#   build-tools/web.sh build    npm ci when web/node_modules is missing or older than the lock file, then tsc + vite
#                               build into web/dist (needs the generated clients: run the Maven build first)
#   build-tools/web.sh test     build, the vitest tests, then the end-to-end tests in Chromium (web/e2e/stack.sh test)
set -euo pipefail
web=$(cd "$(dirname "$0")/../web" && pwd)
install() {
  if [ ! -f "$web/node_modules/.package-lock.json" ] || [ "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]; then
    echo "[bobine] npm ci in web/ (first run: a few minutes)" >&2
    (cd "$web" && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
}
build() {
  [ -f "$web/src/api/generated/budget-service/index.ts" ] || {
    echo "[bobine] web/src/api/generated is missing: the Maven build generates it (./mvnw generate-sources)" >&2; exit 1; }
  install
  (cd "$web" && npm run --silent build)
}
case ${1:-} in
  build) build ;;
  test)
    build
    (cd "$web" && npx vitest run)
    if ! command -v chromium >/dev/null 2>&1; then
      echo "[bobine] Chromium for the end-to-end tests: apt-get install chromium" >&2
      DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    fi
    "$web/e2e/stack.sh" test
    ;;
  *) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
