#!/usr/bin/env bash
# Writes a service's committed OpenAPI document from what the service serves, after a deliberate API change:
#   build-tools/refresh-openapi.sh crew-service
# Needs the local stack (deploy/local/stack.sh start) and platform installed (./mvnw -pl platform,test-support,service-parent install).
# Review the diff before committing it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
service=${1:?usage: refresh-openapi.sh <service-dir>}
cd "$root"
./mvnw -q -B -pl "$service" install -Dmaven.test.skip=true -Dcodegen.skip=true -Pno-lint
# One port per service, so that several refreshes can run at once.
case "$service" in
  budget-service) port=18991 ;; crew-service) port=18992 ;; rights-service) port=18993 ;; distribution-service) port=18994 ;; *) port=18999 ;;
esac
# BOBINE_TEST_PORT_OFFSET and BOBINE_TEST_DB_SUFFIX keep two checkouts on one machine apart, as in the tests.
port=$((port + ${BOBINE_TEST_PORT_OFFSET:-0}))
# A scratch database, so that the developer's own databases never see migrations still in review.
scratch="${service%-service}_openapi${BOBINE_TEST_DB_SUFFIX:-}"
PGPASSWORD=${BOBINE_DB_PASSWORD:-bobine} psql -q -h 127.0.0.1 -U "${BOBINE_DB_USER:-bobine}" -d postgres \
  -c "drop database if exists $scratch with (force)" -c "create database $scratch" >/dev/null
# Production mode refuses the development secrets: the machine's own (deploy/local/keys.sh).
source deploy/local/keys.sh
BOBINE_HTTP_PORT=$port BOBINE_MANAGEMENT_PORT=$((port + 1000)) BOBINE_DB_NAME="$scratch" \
  java -jar "$service/target/quarkus-app/quarkus-run.jar" > "$service/target/refresh-openapi.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$((port + 1000))/q/health/live" >/dev/null 2>&1 && break
  sleep 1
done
mkdir -p "$service/src/main/openapi"
curl -sf "http://127.0.0.1:$port/q/openapi" > "$service/src/main/openapi/openapi.yaml"
echo "wrote $service/src/main/openapi/openapi.yaml"
