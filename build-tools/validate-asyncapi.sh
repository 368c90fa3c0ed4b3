#!/usr/bin/env bash
# Validates an AsyncAPI document with the AsyncAPI CLI (@asyncapi/cli, pinned in the root package.json), failing on
# errors and warnings:  build-tools/validate-asyncapi.sh budget-service/src/main/asyncapi/asyncapi.yaml
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
doc=${1:?usage: validate-asyncapi.sh path/to/asyncapi.yaml}
# shellcheck source=node-tools.sh
. "$root/build-tools/node-tools.sh"
# The CLI reports its use to its authors unless its settings say no; ours say no, and nothing leaves the machine.
export ASYNCAPI_METRICS_CONFIG_PATH="$root/build-tools/asyncapi-cli-settings.json"
exec asyncapi validate "$doc" --fail-severity=warn
