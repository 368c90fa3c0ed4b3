#!/usr/bin/env bash
# Runs the rights-waterfall benchmark on the engine alone (no database, no HTTP), one thread:
#   ./mvnw -B -pl rights-service install -DskipTests   (once, to compile main and test classes)
#   benchmarks/rights-waterfall/run.sh [films]          (default 200)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
classes="$root/rights-service/target/classes:$root/rights-service/target/test-classes"
[ -d "$root/rights-service/target/test-classes/fr/bobine/rights/waterfall" ] || {
  echo "compile first: ./mvnw -B -pl rights-service install -DskipTests" >&2; exit 1; }
java -Xmx512m -cp "$classes" fr.bobine.rights.waterfall.WaterfallBenchmark "${1:-200}"
