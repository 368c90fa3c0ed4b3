#!/usr/bin/env bash
# Bobine local stack, without Docker: PostgreSQL (Debian cluster) + single-node KRaft Kafka + the edge (nginx).
#
#   deploy/local/stack.sh start        start PostgreSQL + Kafka + the edge (deploy/local/edge.sh) (idempotent)
#   deploy/local/stack.sh stop         stop the edge, Kafka (TERM, then KILL after 30 s) and PostgreSQL
#   deploy/local/stack.sh status       one line per service; exit 0 if all three run, 3 otherwise
#   deploy/local/stack.sh reset        DESTRUCTIVE, no question asked: stop Kafka and delete its
#                                      data dir, drop and recreate the four databases
#   deploy/local/stack.sh kafka-start  Kafka only (honours BOBINE_STATE_DIR / BOBINE_KAFKA_PORT ...)
#   deploy/local/stack.sh kafka-stop   Kafka only, data kept
#   deploy/local/stack.sh kafka-status Kafka only
#   deploy/local/stack.sh kafka-reset  DESTRUCTIVE: stop Kafka and delete its data dir (databases untouched)
#   deploy/local/stack.sh kafka-run CLASS [ARGS...]
#                                      run a Kafka CLI class with the broker's classpath, e.g.
#                                      kafka-run org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:9092 --list
#
# Environment:
#   BOBINE_STATE_DIR              state dir (default: <repo>/.local)
#   BOBINE_PG_PORT                PostgreSQL port (default 5432; if different from the cluster's
#                                 configured port, the cluster's port is changed with pg_conftool)
#   BOBINE_KAFKA_PORT             Kafka PLAINTEXT port (default 9092)
#   BOBINE_KAFKA_CONTROLLER_PORT  KRaft controller port (default 9093)
#   BOBINE_KAFKA_HEAP             broker heap options (default "-Xms256m -Xmx512m")
#   BOBINE_KAFKA_START_TIMEOUT    seconds to wait for the broker (default 90)
#   JAVA_HOME                     Java 17+ to use (default: java on PATH)
#   BOBINE_EDGE_PORT ...          the edge's port and upstreams (deploy/local/edge.sh says which)
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)

STATE_DIR=${BOBINE_STATE_DIR:-$REPO_ROOT/.local}
PG_PORT=${BOBINE_PG_PORT:-5432}
KAFKA_HOST=127.0.0.1
KAFKA_PORT=${BOBINE_KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${BOBINE_KAFKA_CONTROLLER_PORT:-9093}
KAFKA_HEAP=${BOBINE_KAFKA_HEAP:--Xms256m -Xmx512m}
KAFKA_START_TIMEOUT=${BOBINE_KAFKA_START_TIMEOUT:-90}
KAFKA_STOP_TIMEOUT=30

PG_USER=bobine
PG_PASSWORD=bobine
DATABASES=(budget crew rights distribution)

KAFKA_POM=$SCRIPT_DIR/kafka/pom.xml
KAFKA_LOG4J=$SCRIPT_DIR/kafka/log4j2.properties
KAFKA_TOOLS_LOG4J=$SCRIPT_DIR/kafka/log4j2-tools.properties

info() { printf '[bobine-stack] %s\n' "$*"; }
warn() { printf '[bobine-stack] WARN: %s\n' "$*" >&2; }
die() { printf '[bobine-stack] ERROR: %s\n' "$*" >&2; exit 1; }

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'
}

for v in PG_PORT KAFKA_PORT KAFKA_CONTROLLER_PORT KAFKA_START_TIMEOUT; do
  [[ ${!v} =~ ^[0-9]+$ ]] || die "$v must be a number (got '${!v}')"
done
[[ $KAFKA_PORT != "$KAFKA_CONTROLLER_PORT" ]] || die "Kafka port and controller port must differ"

# State dir as an absolute path (the broker runs with another cwd semantics in mind).
mkdir -p "$STATE_DIR"
STATE_DIR=$(cd "$STATE_DIR" && pwd)
KAFKA_DIR=$STATE_DIR/kafka
KAFKA_DATA=$KAFKA_DIR/data
KAFKA_PROPS=$KAFKA_DIR/server.properties
KAFKA_LOG=$KAFKA_DIR/kafka.log
KAFKA_PIDFILE=$KAFKA_DIR/kafka.pid
KAFKA_FORMAT_INFO=$KAFKA_DIR/formatted.env
KAFKA_CP_FILE=$STATE_DIR/kafka.classpath

# ----------------------------------------------------------------------------- helpers

port_open() { # host port -> 0 if something accepts TCP connections
  timeout 3 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null
}

java_bin() {
  if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then
    echo "$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1; then
    command -v java
  else
    die "java not found (install a JDK 17+ or set JAVA_HOME)"
  fi
}

require_root() {
  [[ $(id -u) -eq 0 ]] || die "$1 needs root (apt-get / runuser postgres)"
}

# ----------------------------------------------------------------------------- PostgreSQL

PG_VER="" PG_CLUSTER_PORT="" PG_STATE="" PG_DATADIR="" PG_LOGFILE=""

pg_ensure_installed() {
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    require_root "installing PostgreSQL"
    info "PostgreSQL not installed: apt-get install postgresql"
    DEBIAN_FRONTEND=noninteractive apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
  fi
}

pg_detect() { # fills PG_VER / PG_CLUSTER_PORT / PG_STATE / PG_DATADIR / PG_LOGFILE for cluster "main"
  local line
  line=$(pg_lsclusters -h 2>/dev/null | awk '$2 == "main"' | sort -V | tail -n 1 || true)
  if [[ -z $line ]]; then
    require_root "creating the PostgreSQL cluster"
    local ver
    ver=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1 || true)
    [[ -n $ver ]] || die "no PostgreSQL server found under /usr/lib/postgresql"
    info "no 'main' cluster: pg_createcluster $ver main"
    pg_createcluster "$ver" main >/dev/null
    line=$(pg_lsclusters -h | awk '$2 == "main"' | sort -V | tail -n 1)
  fi
  read -r PG_VER _ PG_CLUSTER_PORT PG_STATE _ PG_DATADIR PG_LOGFILE <<<"$line"
}

pg_running() { pg_detect; [[ $PG_STATE == online* ]]; }

pg_psql_admin() { # psql as the postgres superuser through the local socket
  (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres "$@")
}

pg_start() {
  require_root "starting PostgreSQL"
  pg_ensure_installed
  pg_detect
  if [[ $PG_CLUSTER_PORT != "$PG_PORT" ]]; then
    info "PostgreSQL $PG_VER/main is configured on port $PG_CLUSTER_PORT, switching it to $PG_PORT (BOBINE_PG_PORT)"
    pg_conftool "$PG_VER" main set port "$PG_PORT"
    if [[ $PG_STATE == online* ]]; then
      pg_ctlcluster --skip-systemctl-redirect "$PG_VER" main restart
    fi
    pg_detect
  fi
  # The commit time of each transaction, kept by PostgreSQL: benchmarks/platform times an event from the commit that
  # wrote it to the commit that applied it (pg_xact_commit_timestamp). A few bytes per transaction; needs a restart.
  if [[ $(pg_conftool -s "$PG_VER" main show track_commit_timestamp 2>/dev/null || true) != on ]]; then
    info "PostgreSQL $PG_VER/main: track_commit_timestamp = on"
    pg_conftool "$PG_VER" main set track_commit_timestamp on
    if [[ $PG_STATE == online* ]]; then
      pg_ctlcluster --skip-systemctl-redirect "$PG_VER" main restart
    fi
    pg_detect
  fi
  if [[ $PG_STATE == online* ]]; then
    info "PostgreSQL $PG_VER/main already running on port $PG_PORT"
  else
    info "starting PostgreSQL $PG_VER/main on port $PG_PORT"
    pg_ctlcluster --skip-systemctl-redirect "$PG_VER" main start
  fi
  local i
  for ((i = 0; i < 60; i++)); do
    pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break
    sleep 0.5
  done
  pg_isready -q -h 127.0.0.1 -p "$PG_PORT" || {
    tail -n 30 "$PG_LOGFILE" >&2 || true
    die "PostgreSQL does not answer on 127.0.0.1:$PG_PORT"
  }
  pg_provision
}

pg_provision() {
  # role (password re-set each time: cheap, and guarantees a scram secret)
  pg_psql_admin <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') THEN
    CREATE ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
    RAISE NOTICE 'role $PG_USER created';
  ELSE
    ALTER ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
  END IF;
END
\$\$;
SQL
  local db
  for db in "${DATABASES[@]}"; do
    if [[ -z $(pg_psql_admin -Atc "SELECT 1 FROM pg_database WHERE datname = '$db'") ]]; then
      info "creating database $db (owner $PG_USER)"
      pg_psql_admin -c "CREATE DATABASE $db OWNER $PG_USER"
    else
      pg_psql_admin -c "ALTER DATABASE $db OWNER TO $PG_USER"
    fi
  done
  pg_check_tcp_login
}

pg_check_tcp_login() {
  if PGPASSWORD=$PG_PASSWORD psql -X -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d "${DATABASES[0]}" -Atqc 'select 1' >/dev/null 2>&1; then
    info "PostgreSQL password login OK ($PG_USER@127.0.0.1:$PG_PORT)"
    return 0
  fi
  # Debian's default pg_hba.conf allows scram-sha-256 on 127.0.0.1; add the line if someone removed it.
  local hba
  hba=$(pg_psql_admin -Atc 'SHOW hba_file')
  warn "password login over TCP failed; adding a scram-sha-256 rule for 127.0.0.1 to $hba"
  printf '\n# added by bobine deploy/local/stack.sh\nhost    all    %s    127.0.0.1/32    scram-sha-256\n' "$PG_USER" >>"$hba"
  pg_psql_admin -c 'SELECT pg_reload_conf()' >/dev/null
  sleep 1
  PGPASSWORD=$PG_PASSWORD psql -X -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d "${DATABASES[0]}" -Atqc 'select 1' >/dev/null ||
    die "password login as $PG_USER on 127.0.0.1:$PG_PORT still fails (check $hba)"
  info "PostgreSQL password login OK ($PG_USER@127.0.0.1:$PG_PORT)"
}

pg_stop() {
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    info "PostgreSQL not installed, nothing to stop"
    return 0
  fi
  pg_detect
  if [[ $PG_STATE == online* ]]; then
    require_root "stopping PostgreSQL"
    info "stopping PostgreSQL $PG_VER/main"
    pg_ctlcluster --skip-systemctl-redirect "$PG_VER" main stop
  else
    info "PostgreSQL $PG_VER/main already stopped"
  fi
}

pg_status() { # prints one line, returns 0 if running
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    echo "PostgreSQL : not installed"
    return 1
  fi
  pg_detect
  if [[ $PG_STATE == online* ]]; then
    local pid="?"
    [[ -r $PG_DATADIR/postmaster.pid ]] && pid=$(head -n 1 "$PG_DATADIR/postmaster.pid")
    echo "PostgreSQL : running  port $PG_CLUSTER_PORT  pid $pid  cluster $PG_VER/main  log $PG_LOGFILE"
    return 0
  fi
  echo "PostgreSQL : stopped  port $PG_CLUSTER_PORT  cluster $PG_VER/main  log $PG_LOGFILE"
  return 1
}

pg_reset_databases() {
  pg_start
  local db
  for db in "${DATABASES[@]}"; do
    info "dropping and recreating database $db"
    pg_psql_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
    pg_psql_admin -c "CREATE DATABASE $db OWNER $PG_USER"
  done
}

# ----------------------------------------------------------------------------- Kafka

KAFKA_CP=""

kafka_classpath() { # resolves (and caches) the broker classpath into $KAFKA_CP
  local stale=""
  if [[ ! -s $KAFKA_CP_FILE ]]; then
    stale="no cached classpath"
  elif [[ $KAFKA_POM -nt $KAFKA_CP_FILE ]]; then
    stale="$KAFKA_POM changed"
  else
    local jar jars
    IFS=: read -r -a jars <"$KAFKA_CP_FILE" || true # file has no trailing newline
    for jar in "${jars[@]}"; do
      [[ -f $jar ]] || { stale="missing $jar"; break; }
    done
  fi
  if [[ -n $stale ]]; then
    info "resolving the Kafka classpath with Maven ($stale)"
    (cd "$REPO_ROOT" && ./mvnw -q -B -f "$KAFKA_POM" dependency:build-classpath \
      -Dmdep.outputFile="$KAFKA_CP_FILE.tmp") || die "Maven could not resolve $KAFKA_POM"
    mv "$KAFKA_CP_FILE.tmp" "$KAFKA_CP_FILE"
  fi
  KAFKA_CP=$(<"$KAFKA_CP_FILE")
}

kafka_tool() { # CLASS ARGS... : runs a Kafka CLI class, quiet logging
  "$(java_bin)" -Xms32m -Xmx256m -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$KAFKA_TOOLS_LOG4J" -cp "$KAFKA_CP" "$@"
}

kafka_is_ours() { # PID -> 0 if it is the broker of this state dir
  local cmd
  [[ -r /proc/$1/cmdline ]] || return 1
  cmd=$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null) || return 1
  [[ $cmd == *kafka.Kafka* && $cmd == *"$KAFKA_PROPS"* ]]
}

kafka_find_pid() { # prints the pid of this state dir's broker, if alive
  local pid
  if [[ -s $KAFKA_PIDFILE ]]; then
    pid=$(<"$KAFKA_PIDFILE")
    if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && kafka_is_ours "$pid"; then
      echo "$pid"
      return 0
    fi
  fi
  # pid file lost or stale: look for a java process started with exactly our server.properties
  local p
  for p in /proc/[0-9]*; do
    p=${p#/proc/}
    if kafka_is_ours "$p"; then
      echo "$p" >"$KAFKA_PIDFILE"
      echo "$p"
      return 0
    fi
  done
  return 1
}

kafka_write_props() {
  local tmp=$KAFKA_PROPS.tmp
  cat >"$tmp" <<EOF
# Generated by deploy/local/stack.sh - rewritten at each start, do not edit.
process.roles=broker,controller
node.id=1
listeners=PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT,CONTROLLER://$KAFKA_HOST:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
controller.quorum.bootstrap.servers=$KAFKA_HOST:$KAFKA_CONTROLLER_PORT
log.dirs=$KAFKA_DATA
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
log.retention.hours=168
EOF
  mv "$tmp" "$KAFKA_PROPS"
}

kafka_format_if_needed() {
  if [[ -f $KAFKA_DATA/meta.properties ]]; then
    if [[ -f $KAFKA_FORMAT_INFO ]]; then
      local formatted_controller_port
      formatted_controller_port=$(sed -n 's/^controller_port=//p' "$KAFKA_FORMAT_INFO")
      if [[ -n $formatted_controller_port && $formatted_controller_port != "$KAFKA_CONTROLLER_PORT" ]]; then
        die "$KAFKA_DATA was formatted with controller port $formatted_controller_port (KRaft keeps it in its metadata); use BOBINE_KAFKA_CONTROLLER_PORT=$formatted_controller_port or 'reset' first"
      fi
    fi
    info "Kafka storage already formatted ($KAFKA_DATA), data kept"
    return 0
  fi
  local uuid
  # Kafka cluster id = 16 random bytes, base64url without padding (22 chars)
  uuid=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
  info "formatting Kafka storage $KAFKA_DATA (cluster id $uuid)"
  mkdir -p "$KAFKA_DATA"
  local out
  out=$(kafka_tool kafka.tools.StorageTool format --standalone -t "$uuid" -c "$KAFKA_PROPS" 2>&1) || {
    printf '%s\n' "$out" >&2
    die "kafka-storage format failed"
  }
  printf 'cluster_id=%s\ncontroller_port=%s\n' "$uuid" "$KAFKA_CONTROLLER_PORT" >"$KAFKA_FORMAT_INFO"
}

kafka_ready() { # one real admin round-trip
  timeout 30 "$(java_bin)" -Xms32m -Xmx128m -Dlog4j2.configurationFile="$KAFKA_TOOLS_LOG4J" -cp "$KAFKA_CP" \
    org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_HOST:$KAFKA_PORT" --list >/dev/null 2>&1
}

kafka_start() {
  mkdir -p "$KAFKA_DIR"
  local pid
  if pid=$(kafka_find_pid); then
    info "Kafka already running (pid $pid, $KAFKA_HOST:$KAFKA_PORT, state $STATE_DIR)"
    return 0
  fi
  local port
  for port in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
    if port_open "$KAFKA_HOST" "$port"; then
      die "port $KAFKA_HOST:$port is already used by another process (not the broker of $STATE_DIR); set BOBINE_KAFKA_PORT / BOBINE_KAFKA_CONTROLLER_PORT or stop it"
    fi
  done
  kafka_classpath
  kafka_write_props
  kafka_format_if_needed

  [[ -f $KAFKA_LOG ]] && mv -f "$KAFKA_LOG" "$KAFKA_LOG.1"
  info "starting Kafka on $KAFKA_HOST:$KAFKA_PORT (controller $KAFKA_CONTROLLER_PORT), log $KAFKA_LOG"
  local java
  java=$(java_bin)
  # shellcheck disable=SC2086 # KAFKA_HEAP / BOBINE_KAFKA_OPTS are word-split on purpose
  setsid nohup "$java" $KAFKA_HEAP -server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent \
    -Djava.awt.headless=true -Dlog4j2.configurationFile="$KAFKA_LOG4J" \
    ${BOBINE_KAFKA_OPTS:-} -cp "$KAFKA_CP" kafka.Kafka "$KAFKA_PROPS" \
    </dev/null >"$KAFKA_LOG" 2>&1 &
  echo $! >"$KAFKA_PIDFILE"

  local deadline=$((SECONDS + KAFKA_START_TIMEOUT))
  while ((SECONDS < deadline)); do
    if ! pid=$(kafka_find_pid); then
      sleep 1
      if ! pid=$(kafka_find_pid); then
        echo "----- last lines of $KAFKA_LOG -----" >&2
        tail -n 40 "$KAFKA_LOG" >&2 || true
        rm -f "$KAFKA_PIDFILE"
        die "Kafka exited during startup"
      fi
    fi
    if port_open "$KAFKA_HOST" "$KAFKA_PORT" && kafka_ready; then
      info "Kafka ready (pid $pid, bootstrap $KAFKA_HOST:$KAFKA_PORT)"
      return 0
    fi
    sleep 1
  done
  echo "----- last lines of $KAFKA_LOG -----" >&2
  tail -n 40 "$KAFKA_LOG" >&2 || true
  die "Kafka did not answer on $KAFKA_HOST:$KAFKA_PORT within ${KAFKA_START_TIMEOUT}s (pid ${pid:-?} left running; '$0 kafka-stop' to stop it)"
}

kafka_stop() {
  local pid
  if ! pid=$(kafka_find_pid); then
    rm -f "$KAFKA_PIDFILE"
    info "Kafka already stopped (state $STATE_DIR)"
    if port_open "$KAFKA_HOST" "$KAFKA_PORT"; then
      warn "port $KAFKA_HOST:$KAFKA_PORT is still open, but not by the broker of $STATE_DIR"
    fi
    return 0
  fi
  info "stopping Kafka (pid $pid, controlled shutdown, up to ${KAFKA_STOP_TIMEOUT}s)"
  kill -TERM "$pid" 2>/dev/null || true
  local i
  for ((i = 0; i < KAFKA_STOP_TIMEOUT * 2; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "Kafka still alive after ${KAFKA_STOP_TIMEOUT}s, sending KILL"
    kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 20; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
  fi
  rm -f "$KAFKA_PIDFILE"
  info "Kafka stopped"
}

kafka_status() { # prints one line, returns 0 if running
  local pid
  if pid=$(kafka_find_pid); then
    local state=running
    port_open "$KAFKA_HOST" "$KAFKA_PORT" || state="starting (port closed)"
    echo "Kafka      : $state  port $KAFKA_PORT (controller $KAFKA_CONTROLLER_PORT)  pid $pid  state $STATE_DIR  log $KAFKA_LOG"
    return 0
  fi
  echo "Kafka      : stopped  port $KAFKA_PORT (controller $KAFKA_CONTROLLER_PORT)  state $STATE_DIR  log $KAFKA_LOG"
  return 1
}

kafka_reset() {
  kafka_stop
  info "deleting Kafka data $KAFKA_DATA"
  rm -rf "$KAFKA_DATA" "$KAFKA_FORMAT_INFO"
}

# ----------------------------------------------------------------------------- summary

print_endpoints() {
  local db
  echo
  echo "PostgreSQL JDBC : jdbc:postgresql://127.0.0.1:$PG_PORT/<db>   user $PG_USER / password $PG_PASSWORD"
  echo "                  <db> = ${DATABASES[*]}"
  for db in "${DATABASES[@]}"; do echo "                  jdbc:postgresql://127.0.0.1:$PG_PORT/$db"; done
  echo "Kafka bootstrap : $KAFKA_HOST:$KAFKA_PORT"
  echo "Edge            : http://localhost:${BOBINE_EDGE_PORT:-8080}/"
}

print_kafka_endpoint() {
  echo
  echo "Kafka bootstrap : $KAFKA_HOST:$KAFKA_PORT   (state $STATE_DIR)"
}

# ----------------------------------------------------------------------------- main

cmd=${1:-}
[[ $# -gt 0 ]] && shift
case $cmd in
  start)
    pg_start
    kafka_start
    "$SCRIPT_DIR/edge.sh" start
    print_endpoints
    ;;
  stop)
    "$SCRIPT_DIR/edge.sh" stop
    kafka_stop
    pg_stop
    ;;
  status)
    rc=0
    pg_status || rc=3
    kafka_status || rc=3
    "$SCRIPT_DIR/edge.sh" status || rc=3
    exit "$rc"
    ;;
  reset)
    info "RESET: Kafka data and the databases ${DATABASES[*]} are deleted"
    kafka_reset
    pg_reset_databases
    info "reset done; Kafka is stopped, run '$0 start' to get a fresh broker"
    ;;
  kafka-start)
    kafka_start
    print_kafka_endpoint
    ;;
  kafka-stop)
    kafka_stop
    ;;
  kafka-status)
    kafka_status || exit 3
    ;;
  kafka-reset)
    kafka_reset
    info "Kafka data deleted; '$0 kafka-start' formats a fresh broker"
    ;;
  kafka-run)
    [[ $# -ge 1 ]] || die "usage: $0 kafka-run CLASS [ARGS...]"
    kafka_classpath
    kafka_tool "$@"
    ;;
  -h | --help | help)
    usage
    ;;
  *)
    usage >&2
    exit 2
    ;;
esac
