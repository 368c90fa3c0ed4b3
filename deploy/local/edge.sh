#!/usr/bin/env bash
# The edge on this machine: nginx from Debian's packages in front of the four services, on one port.
#
#   deploy/local/edge.sh start    install nginx when missing (apt-get), render the configuration, start nginx or
#                                 reload it when it already runs (idempotent)
#   deploy/local/edge.sh stop     stop this state dir's nginx
#   deploy/local/edge.sh status   one line; exit 0 if it runs, 3 otherwise
#   deploy/local/edge.sh check    render the configuration and test it with nginx -t, start nothing
#
# Routes (deploy/edge/bobine.conf.template): /api/budget/ -> budget-service, /api/crew/, /api/rights/,
# /api/distribution/ likewise (the prefix stripped, sent as X-Forwarded-Prefix), / -> the web back-office.
#
# Environment:
#   BOBINE_STATE_DIR              state dir (default: <repo>/.local); the edge keeps its files in <state>/edge
#   BOBINE_EDGE_PORT              the edge's port (default 8080)
#   BOBINE_BUDGET_UPSTREAM        budget-service's address (default 127.0.0.1:8081)
#   BOBINE_CREW_UPSTREAM          crew-service's (default 127.0.0.1:8082)
#   BOBINE_RIGHTS_UPSTREAM        rights-service's (default 127.0.0.1:8083)
#   BOBINE_DISTRIBUTION_UPSTREAM  distribution-service's (default 127.0.0.1:8084)
#   BOBINE_WEB_ROOT               the web application's files (default: web/dist when it exists, else
#                                 deploy/edge/placeholder, a page that stands in for it)
#   BOBINE_DEV_TOKEN_PORT         the development sign-in's port on 127.0.0.1 (default 8089): deploy/local/dev-token.py,
#                                 started and stopped with the edge, reached by the browser at /dev/token
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
TEMPLATE=$REPO_ROOT/deploy/edge/bobine.conf.template

STATE_DIR=${BOBINE_STATE_DIR:-$REPO_ROOT/.local}
export BOBINE_EDGE_PORT=${BOBINE_EDGE_PORT:-8080}
export BOBINE_BUDGET_UPSTREAM=${BOBINE_BUDGET_UPSTREAM:-127.0.0.1:8081}
export BOBINE_CREW_UPSTREAM=${BOBINE_CREW_UPSTREAM:-127.0.0.1:8082}
export BOBINE_RIGHTS_UPSTREAM=${BOBINE_RIGHTS_UPSTREAM:-127.0.0.1:8083}
export BOBINE_DISTRIBUTION_UPSTREAM=${BOBINE_DISTRIBUTION_UPSTREAM:-127.0.0.1:8084}
if [[ -z ${BOBINE_WEB_ROOT:-} ]]; then
  if [[ -f $REPO_ROOT/web/dist/index.html ]]; then BOBINE_WEB_ROOT=$REPO_ROOT/web/dist
  else BOBINE_WEB_ROOT=$REPO_ROOT/deploy/edge/placeholder; fi
fi
export BOBINE_WEB_ROOT
BOBINE_DEV_TOKEN_PORT=${BOBINE_DEV_TOKEN_PORT:-8089}
# The placeholders of the template, the only names substituted in it.
VARIABLES=(BOBINE_EDGE_PORT BOBINE_BUDGET_UPSTREAM BOBINE_CREW_UPSTREAM BOBINE_RIGHTS_UPSTREAM
  BOBINE_DISTRIBUTION_UPSTREAM BOBINE_WEB_ROOT)

info() { printf '[bobine-edge] %s\n' "$*"; }
die() { printf '[bobine-edge] ERROR: %s\n' "$*" >&2; exit 1; }

[[ $BOBINE_EDGE_PORT =~ ^[0-9]+$ ]] || die "BOBINE_EDGE_PORT must be a number (got '$BOBINE_EDGE_PORT')"
for v in BOBINE_BUDGET_UPSTREAM BOBINE_CREW_UPSTREAM BOBINE_RIGHTS_UPSTREAM BOBINE_DISTRIBUTION_UPSTREAM; do
  [[ ${!v} =~ ^[A-Za-z0-9.-]+:[0-9]+$ ]] || die "$v must be host:port (got '${!v}')"
done
[[ $BOBINE_DEV_TOKEN_PORT =~ ^[0-9]+$ ]] || die "BOBINE_DEV_TOKEN_PORT must be a number (got '$BOBINE_DEV_TOKEN_PORT')"
[[ -d $BOBINE_WEB_ROOT ]] || die "BOBINE_WEB_ROOT $BOBINE_WEB_ROOT is not a directory"

mkdir -p "$STATE_DIR"
STATE_DIR=$(cd "$STATE_DIR" && pwd)
EDGE_DIR=$STATE_DIR/edge
CONF=$EDGE_DIR/nginx.conf
PIDFILE=$EDGE_DIR/nginx.pid
ERROR_LOG=$EDGE_DIR/error.log
TOKEN_PIDFILE=$EDGE_DIR/dev-token.pid

nginx_bin() {
  if command -v nginx >/dev/null 2>&1; then command -v nginx
  elif [[ -x /usr/sbin/nginx ]]; then echo /usr/sbin/nginx
  else return 1; fi
}

ensure_installed() {
  nginx_bin >/dev/null && return 0
  [[ $(id -u) -eq 0 ]] || die "nginx is not installed and installing it needs root (apt-get install nginx)"
  info "nginx not installed: apt-get install nginx"
  # Debian starts a freshly installed service on port 80; the edge is started here, on its own port, so forbid that
  # for the time of the install (policy-rc.d, as in container images), unless the machine already has a policy.
  local policy=/usr/sbin/policy-rc.d made_policy=""
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && made_policy=yes
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null || {
    [[ -n $made_policy ]] && rm -f "$policy"
    die "apt-get install nginx failed"
  }
  [[ -n $made_policy ]] && rm -f "$policy"
  nginx_bin >/dev/null || die "nginx is still missing after apt-get install nginx"
}

render() {
  mkdir -p "$EDGE_DIR/tmp"
  local sed_args=() v
  for v in "${VARIABLES[@]}"; do
    sed_args+=(-e "s|\${$v}|${!v}|g")
  done
  sed "${sed_args[@]}" "$TEMPLATE" >"$EDGE_DIR/bobine.conf.tmp"
  if grep -n '\${BOBINE_' "$EDGE_DIR/bobine.conf.tmp" >&2; then
    die "the template has placeholders this script does not know (above)"
  fi
  # The development sign-in exists on this machine only: its location goes after the template's marker.
  awk -v port="$BOBINE_DEV_TOKEN_PORT" '{ print }
    /# LOCAL-ONLY LOCATIONS/ { print "    location = /dev/token {"; print "        proxy_pass http://127.0.0.1:" port "/token;"; print "    }" }' \
    "$EDGE_DIR/bobine.conf.tmp" >"$EDGE_DIR/bobine.conf.local"
  grep -q 'location = /dev/token' "$EDGE_DIR/bobine.conf.local" || die "the template lost its LOCAL-ONLY LOCATIONS marker"
  rm -f "$EDGE_DIR/bobine.conf.tmp"
  mv "$EDGE_DIR/bobine.conf.local" "$EDGE_DIR/bobine.conf"
  # nginx started as root hands requests to workers running as nobody: they write the temporary files.
  local user_line=""
  if [[ $(id -u) -eq 0 ]]; then
    user_line="user nobody nogroup;"
    chown nobody:nogroup "$EDGE_DIR/tmp"
  fi
  cat >"$CONF.tmp" <<EOF
# Generated by deploy/local/edge.sh at each start, do not edit: the routes are in deploy/edge/bobine.conf.template.
$user_line
worker_processes 1;
pid $PIDFILE;
error_log $ERROR_LOG warn;
events {
    worker_connections 512;
}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log $EDGE_DIR/access.log;
    client_body_temp_path $EDGE_DIR/tmp/body;
    proxy_temp_path $EDGE_DIR/tmp/proxy;
    fastcgi_temp_path $EDGE_DIR/tmp/fastcgi;
    uwsgi_temp_path $EDGE_DIR/tmp/uwsgi;
    scgi_temp_path $EDGE_DIR/tmp/scgi;
    include $EDGE_DIR/bobine.conf;
}
EOF
  mv "$CONF.tmp" "$CONF"
}

nginx_run() { # ARGS... : nginx with this state dir's configuration
  "$(nginx_bin)" -p "$EDGE_DIR" -e "$ERROR_LOG" -c "$CONF" "$@"
}

is_ours() { # PID -> 0 if it is the nginx master of this state dir
  local cmd
  [[ -r /proc/$1/cmdline ]] || return 1
  cmd=$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null) || return 1
  [[ $cmd == *nginx* && $cmd == *"$CONF"* ]]
}

find_pid() {
  local pid
  [[ -s $PIDFILE ]] || return 1
  pid=$(<"$PIDFILE")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && is_ours "$pid" && echo "$pid"
}

port_open() {
  timeout 3 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

edge_check() {
  ensure_installed
  render
  nginx_run -t -q || die "nginx refuses the configuration $CONF"
}

token_pid() {
  local pid
  [[ -s $TOKEN_PIDFILE ]] || return 1
  pid=$(<"$TOKEN_PIDFILE")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q dev-token.py && echo "$pid"
}

token_start() {
  token_pid >/dev/null && return 0
  command -v python3 >/dev/null || die "python3 is needed for the development sign-in (deploy/local/dev-token.py)"
  # Another checkout's edge may hold the port: this edge then runs without the development sign-in, and says so.
  if port_open "$BOBINE_DEV_TOKEN_PORT"; then
    info "port $BOBINE_DEV_TOKEN_PORT is taken: no development sign-in on this edge (set BOBINE_DEV_TOKEN_PORT)"
    return 0
  fi
  setsid nohup python3 "$SCRIPT_DIR/dev-token.py" "$BOBINE_DEV_TOKEN_PORT" >>"$EDGE_DIR/dev-token.log" 2>&1 &
  echo $! >"$TOKEN_PIDFILE"
}

token_stop() {
  local pid
  if pid=$(token_pid); then kill "$pid" 2>/dev/null || true; fi
  rm -f "$TOKEN_PIDFILE"
}

edge_start() {
  edge_check
  token_start
  local pid
  if pid=$(find_pid); then
    nginx_run -s reload
    info "edge already running (pid $pid): configuration reloaded, http://localhost:$BOBINE_EDGE_PORT/"
    return 0
  fi
  port_open "$BOBINE_EDGE_PORT" && die "port $BOBINE_EDGE_PORT is already used by another process; set BOBINE_EDGE_PORT or stop it"
  nginx_run
  local i
  for ((i = 0; i < 50; i++)); do
    port_open "$BOBINE_EDGE_PORT" && break
    sleep 0.2
  done
  pid=$(find_pid) && port_open "$BOBINE_EDGE_PORT" || {
    tail -n 20 "$ERROR_LOG" >&2 || true
    die "nginx did not start on port $BOBINE_EDGE_PORT (log $ERROR_LOG)"
  }
  info "edge on http://localhost:$BOBINE_EDGE_PORT/ (pid $pid, web root $BOBINE_WEB_ROOT, log $ERROR_LOG)"
}

edge_stop() {
  local pid
  token_stop
  if ! pid=$(find_pid); then
    rm -f "$PIDFILE"
    info "edge already stopped (state $STATE_DIR)"
    return 0
  fi
  # QUIT: the workers finish the requests in flight, then nginx exits.
  kill -QUIT "$pid" 2>/dev/null || true
  local i
  for ((i = 0; i < 50; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$PIDFILE"
  info "edge stopped"
}

edge_status() {
  local pid
  if pid=$(find_pid); then
    echo "Edge       : running  http://localhost:$BOBINE_EDGE_PORT/  pid $pid  log $ERROR_LOG"
    return 0
  fi
  echo "Edge       : stopped  port $BOBINE_EDGE_PORT  state $STATE_DIR"
  return 3
}

case ${1:-} in
  start) edge_start ;;
  stop) edge_stop ;;
  status) edge_status ;;
  check) edge_check && info "configuration OK: $CONF" ;;
  *)
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
