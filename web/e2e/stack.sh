#!/usr/bin/env bash
# The end-to-end tests of the web back-office against the real thing: the four packaged services on their own
# databases and their own Kafka, the edge serving web/dist with the development sign-in, the demo production loaded;
# then web/e2e/run.mjs drives Debian's Chromium through it.
#
#   web/e2e/stack.sh test     start everything, run the tests, stop everything (what ./bobine test and CI run)
#   web/e2e/stack.sh start    start everything and leave it running (to work on the tests: npm run e2e)
#   web/e2e/stack.sh stop     stop what start started
#
# Needs the services packaged (./mvnw package) and the application built (npm run build in web/).
# Ports: the edge on 28180, the services on 28181-28184, Kafka on 29092/29093, the sign-in on 28189, all moved by
# BOBINE_TEST_PORT_OFFSET; databases <service>_e2e<BOBINE_TEST_DB_SUFFIX>, recreated at each start.
set -euo pipefail
WEB=$(cd "$(dirname "$0")/.." && pwd)
ROOT=$(cd "$WEB/.." && pwd)
OFFSET=${BOBINE_TEST_PORT_OFFSET:-0}
SUFFIX=_e2e${BOBINE_TEST_DB_SUFFIX:-}
WORK=$WEB/test-results/stack
export BOBINE_STATE_DIR=$WORK/state
export BOBINE_KAFKA_PORT=$((29092 + OFFSET)) BOBINE_KAFKA_CONTROLLER_PORT=$((29093 + OFFSET))
export BOBINE_EDGE_PORT=$((28180 + OFFSET)) BOBINE_DEV_TOKEN_PORT=$((28189 + OFFSET))
export BOBINE_WEB_ROOT=$WEB/dist
SERVICES=(budget crew rights distribution)
port_of() { case $1 in budget) echo $((28181 + OFFSET)) ;; crew) echo $((28182 + OFFSET)) ;;
  rights) echo $((28183 + OFFSET)) ;; distribution) echo $((28184 + OFFSET)) ;; esac; }
export BOBINE_BUDGET_UPSTREAM=127.0.0.1:$(port_of budget) BOBINE_CREW_UPSTREAM=127.0.0.1:$(port_of crew)
export BOBINE_RIGHTS_UPSTREAM=127.0.0.1:$(port_of rights) BOBINE_DISTRIBUTION_UPSTREAM=127.0.0.1:$(port_of distribution)
DB_HOST=${BOBINE_DB_HOST:-127.0.0.1} DB_PORT=${BOBINE_DB_PORT:-5432}
DB_USER=${BOBINE_DB_USER:-bobine} DB_PASSWORD=${BOBINE_DB_PASSWORD:-bobine}

say() { printf '[web-e2e] %s\n' "$*"; }

start() {
  for s in "${SERVICES[@]}"; do
    [[ -f $ROOT/$s-service/target/quarkus-app/quarkus-run.jar ]] || { say "$s-service is not packaged (./mvnw package)"; exit 1; }
  done
  [[ -f $WEB/dist/index.html ]] || { say "web/dist is missing (cd web && npm run build)"; exit 1; }
  mkdir -p "$WORK/logs" "$WORK/run"
  "$ROOT/deploy/local/stack.sh" kafka-start >"$WORK/logs/kafka-start.log" 2>&1 || { cat "$WORK/logs/kafka-start.log"; exit 1; }
  # Production mode refuses the development secrets: the machine's own key pair and personal-data key (exported for
  # the services, the demo's tokens and the edge's development sign-in alike).
  source "$ROOT/deploy/local/keys.sh"
  for s in "${SERVICES[@]}"; do
    PGPASSWORD=$DB_PASSWORD PGOPTIONS="-c client_min_messages=warning" psql -X -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres -v ON_ERROR_STOP=1 \
      -c "drop database if exists $s$SUFFIX with (force)" -c "create database $s$SUFFIX" >/dev/null
    BOBINE_HTTP_PORT=$(port_of "$s") BOBINE_DB_HOST=$DB_HOST BOBINE_DB_PORT=$DB_PORT BOBINE_DB_NAME=$s$SUFFIX \
      BOBINE_DB_USER=$DB_USER BOBINE_DB_PASSWORD=$DB_PASSWORD KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$BOBINE_KAFKA_PORT \
      BOBINE_MANAGEMENT_PORT=$(( $(port_of "$s") + 1000 )) \
      setsid nohup java -Xms64m -Xmx256m -XX:TieredStopAtLevel=1 -jar "$ROOT/$s-service/target/quarkus-app/quarkus-run.jar" \
      >"$WORK/logs/$s-service.log" 2>&1 &
    echo $! >"$WORK/run/$s-service.pid"
  done
  for s in "${SERVICES[@]}"; do
    for _ in $(seq 1 180); do
      curl -sf -o /dev/null "http://127.0.0.1:$(( $(port_of "$s") + 1000 ))/q/health/ready" && break
      sleep 1
    done
    curl -sf -o /dev/null "http://127.0.0.1:$(( $(port_of "$s") + 1000 ))/q/health/ready" || { say "$s-service not ready: $WORK/logs/$s-service.log"; exit 1; }
  done
  "$ROOT/deploy/local/edge.sh" start >"$WORK/logs/edge.log" 2>&1 || { cat "$WORK/logs/edge.log"; exit 1; }
  BUDGET_URL=http://127.0.0.1:$(port_of budget) CREW_URL=http://127.0.0.1:$(port_of crew) \
    RIGHTS_URL=http://127.0.0.1:$(port_of rights) DISTRIBUTION_URL=http://127.0.0.1:$(port_of distribution) \
    "$ROOT/deploy/local/demo.sh" >"$WORK/logs/demo.log" 2>&1 || { tail -n 30 "$WORK/logs/demo.log"; exit 1; }
  # The tests' user works on every film: a producer grants it the production-scoped roles company-wide (README,
  # Security); the grant reaches the other services as production.member.granted.
  local producer
  producer=$("$ROOT/deploy/local/token.sh" --user demo@bobine.local producer)
  curl -sf -o /dev/null -X POST "http://127.0.0.1:$(port_of budget)/company-members" \
    -H "Authorization: Bearer $producer" -H 'Content-Type: application/json' \
    -d '{"user": "e2e@bobine.local", "roles": ["production-manager", "payroll", "rights-manager", "distribution-manager"]}' \
    || { say "could not grant the tests' user its roles"; exit 1; }
  say "running: http://127.0.0.1:$BOBINE_EDGE_PORT/ (logs in $WORK/logs)"
}

stop() {
  "$ROOT/deploy/local/edge.sh" stop >/dev/null 2>&1 || true
  local pidfile pid
  for s in "${SERVICES[@]}"; do
    pidfile=$WORK/run/$s-service.pid
    [[ -f $pidfile ]] || continue
    pid=$(<"$pidfile")
    if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "$s-service"; then
      kill "$pid"
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
  done
  "$ROOT/deploy/local/stack.sh" kafka-stop >/dev/null 2>&1 || true
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  test)
    trap stop EXIT
    start
    BOBINE_E2E_URL=http://127.0.0.1:$BOBINE_EDGE_PORT node "$WEB/e2e/run.mjs"
    ;;
  *) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
