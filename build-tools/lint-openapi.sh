#!/usr/bin/env bash
# Lints an OpenAPI document with Spectral (spectral:oas and the OWASP API Security ruleset, see .spectral.yaml),
# failing on errors.
# Spectral comes from the npm registry, pinned in the root package.json / package-lock.json.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
doc=${1:?usage: lint-openapi.sh path/to/openapi.yaml}
if [ ! -x "$root/node_modules/.bin/spectral" ] || [ ! -d "$root/node_modules/@stoplight/spectral-owasp-ruleset" ]; then
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
exec "$root/node_modules/.bin/spectral" lint "$doc" --ruleset "$root/.spectral.yaml" --fail-severity=error --display-only-failures
