#!/usr/bin/env bash
# Type-checks a TypeScript client generated from a service's committed OpenAPI document with tsc --strict --noEmit
# (TypeScript pinned in the root package.json), together with build-tools/typescript/<service>.check.ts when there is
# one: compile-time checks of what the web back-office relies on in that client.
#   build-tools/typecheck-client.sh web/src/api/generated/budget-service
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
client=$(cd "${1:?usage: typecheck-client.sh web/src/api/generated/<service>}" && pwd)
service=$(basename "$client")
[ -f "$client/index.ts" ] || { echo "no generated client in $client (index.ts)" >&2; exit 1; }
# shellcheck source=node-tools.sh
. "$root/build-tools/node-tools.sh"
files="\"$client/index.ts\""
check=$root/build-tools/typescript/$service.check.ts
[ -f "$check" ] && files="$files, \"$check\""
config=$root/$service/target/tsconfig.client.json
mkdir -p "$(dirname "$config")"
printf '{"extends": "%s", "files": [%s]}\n' "$root/build-tools/typescript/tsconfig.base.json" "$files" > "$config"
tsc --project "$config"
echo "TypeScript client of $service: tsc --strict --noEmit passed"
