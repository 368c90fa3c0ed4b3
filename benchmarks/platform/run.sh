#!/usr/bin/env bash
# The platform goals of issue 16 in one run, on this machine, loopback only: PostgreSQL's own figures (pgbench -S and
# -N, 16 clients, on a scratch database) and, in the same run, the four services started from their built jars through
# deploy/jvm/launch.sh on scratch databases and a private Kafka broker:
#   - launch to ready (database migrated, Kafka reachable) of budget-service alone, without and with the AOT cache;
#   - GET /productions/{id} and POST /productions (which writes the outbox) under autocannon, 16 connections;
#   - events budget -> crew, rights, distribution at a fixed 200 events/s: commit to applied, p50/p90/p99/max;
#   - a burst of 10 000 events committed at once in budget's outbox: time until each consumer has applied them all;
#   - resident memory (VmRSS, VmHWM from /proc/<pid>/status) idle and after the load.
# Every load is bounded (a duration or a number of events) and sent to 127.0.0.1 only.
#
#   benchmarks/platform/run.sh            about 20 minutes: 30 s per HTTP load once warmed up (and compiled), 60 s at 200 events/s,
#                                         3 starts per mode
#   benchmarks/platform/run.sh --quick    under 3 minutes on a quiet machine: 8 s per HTTP load, 20 s at 200 events/s,
#                                         1 start per mode, a burst of 2 000 (BENCH_BURST sets it)
#   benchmarks/platform/run.sh --events   about 10 minutes: the four services warmed up by POST loads, then only the
#                                         60 s at 200 events/s (to compare a change to the event path)
#
# Needs: PostgreSQL of the local stack (deploy/local/stack.sh start), the built jars (./mvnw -B package -DskipTests),
# Node.js/npm (autocannon, pinned in package.json beside this file, is installed on first use).
# Writes: benchmarks/platform/target/results-<UTC time>.md (also printed), service logs beside it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
quick=false events_only=false
[ "${1:-}" = --quick ] && quick=true
[ "${1:-}" = --events ] && events_only=true
if $quick; then http_seconds=8; warm_seconds=5; warm_max=4; train_seconds=8; rate_seconds=20; starts=1; pgbench_seconds=10
  burst=${BENCH_BURST:-2000}
else http_seconds=30; warm_seconds=10; warm_max=9; train_seconds=15; rate_seconds=60; starts=3; pgbench_seconds=30
  burst=${BENCH_BURST:-10000}; fi
# The warm-up also waits until no service's JIT compiler threads were busy more than BENCH_JIT_QUIET % of a load (25;
# up to BENCH_WARM_MAX loads, 36 then: six minutes of 10 s loads), to measure the JVMs once C2 has compiled them, not
# in their first minutes (RESULTS.md, 2026-12-07). BENCH_JIT_QUIET= (empty) and --quick: throughput alone, as before.
if $quick; then jit_quiet=${BENCH_JIT_QUIET:-}; else jit_quiet=${BENCH_JIT_QUIET-25}; fi
[ -n "$jit_quiet" ] && warm_max=36
warm_max=${BENCH_WARM_MAX:-$warm_max}
rate=200
clients=16

# Private everything: state dir (Kafka data, keys), broker ports, service ports, database names.
export BOBINE_STATE_DIR=${BENCH_STATE_DIR:-/tmp/bobine-perf}
export BOBINE_KAFKA_PORT=${BENCH_KAFKA_PORT:-19592} BOBINE_KAFKA_CONTROLLER_PORT=${BENCH_KAFKA_CONTROLLER_PORT:-19593}
[ "$BOBINE_STATE_DIR" != "$root/.local" ] || { echo "run.sh: refuses to use the shared state dir" >&2; exit 1; }
base_port=${BENCH_PORT:-18580}
suffix=${BENCH_DB_SUFFIX:-_bench_platform}
declare -A port=([budget]=$((base_port + 1)) [crew]=$((base_port + 2)) [rights]=$((base_port + 3)) [distribution]=$((base_port + 4)))
consumers=(crew rights distribution)
pgbench=${PGBENCH:-/usr/lib/postgresql/15/bin/pgbench}
export PGPASSWORD=${BOBINE_DB_PASSWORD:-bobine} PGHOST=127.0.0.1 PGUSER=${BOBINE_DB_USER:-bobine}
pg() { psql -q -X -v ON_ERROR_STOP=1 "$@"; }
q() { local db=$1; shift; psql -X -At -v ON_ERROR_STOP=1 -d "$db" -c "$@"; }

out=${BENCH_OUT:-$here/target}
mkdir -p "$out"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
results=$out/results-$stamp.md
log() { echo "$*" | tee -a "$results"; }
note() { echo "... $*" >&2; }

for s in budget crew rights distribution; do
  [ -f "$root/$s-service/target/quarkus-app/quarkus-run.jar" ] \
    || { echo "run.sh: $s-service is not built: ./mvnw -B package -DskipTests" >&2; exit 1; }
done
[ -d "$here/node_modules/autocannon" ] || (cd "$here" && npm install --no-audit --no-fund >/dev/null)
load() { node "$here/load.js" "$@"; }  # load URL METHOD CONNECTIONS SECONDS RATE TOKEN [BODY]: autocannon's JSON

declare -A pid=() idle=() loaded=()
cleanup() {
  for s in "${!pid[@]}"; do kill "${pid[$s]}" 2>/dev/null || true; done
  for s in "${!pid[@]}"; do wait "${pid[$s]}" 2>/dev/null || true; done
  "$root/deploy/local/stack.sh" kafka-stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

log "# benchmarks/platform $($quick && echo '--quick ')$($events_only && echo '--events ')run of $stamp"
log
log "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
log "busiest processes at start (top -bn1): $(top -bn1 -o %CPU | sed -n '8,12p' | awk '{printf "%s %s%%; ", $12, $9}')"
[ "$(q postgres 'show track_commit_timestamp')" = on ] \
  || { echo "run.sh: PostgreSQL must keep commit times (track_commit_timestamp = on: deploy/local/stack.sh start sets it)" >&2; exit 1; }
log "java: $("${BOBINE_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}" -version 2>&1 | head -1); PostgreSQL: $(q postgres 'show server_version'); JIT: ${BOBINE_JIT:-tiered} (deploy/jvm/launch.sh)"
log

note "private Kafka broker on $BOBINE_KAFKA_PORT (state $BOBINE_STATE_DIR), fresh"
"$root/deploy/local/stack.sh" kafka-reset >/dev/null
"$root/deploy/local/stack.sh" kafka-start >/dev/null
broker_pid=$("$root/deploy/local/stack.sh" kafka-status | sed -n 's/.* pid \([0-9]*\) .*/\1/p' || true)
# Production mode refuses the development secrets: this state dir's key pair and personal-data key.
source "$root/deploy/local/keys.sh"
token=$("$root/deploy/local/token.sh" --user bench@bobine.local --all)

recreate() { pg -d postgres -c "drop database if exists $1 with (force)" -c "create database $1" >/dev/null; }
# Each service in a session of its own (setsid), as the broker (stack.sh) and PostgreSQL already are: Linux gives each
# session its own share of the CPU (sched_autogroup), as each container has its own cgroup when deployed. In this
# script's session the four services and the load generator shared one share against PostgreSQL's and the broker's,
# and a consumer waited for a core after each fetch (RESULTS.md, 2026-12-07 morning).
launch() {  # launch SERVICE [env assignments...]: starts it through deploy/jvm/launch.sh, sets pid[SERVICE]
  local s=$1; shift
  env "$@" BOBINE_HTTP_PORT=${port[$s]} BOBINE_MANAGEMENT_PORT=$((port[$s] + 1000)) BOBINE_DB_NAME=$s$suffix \
    KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$BOBINE_KAFKA_PORT setsid "$root/deploy/jvm/launch.sh" "$s" >>"$out/$s-$stamp.log" 2>&1 &
  pid[$s]=$!
}
ready() {  # ready SERVICE: waits for /q/health/ready, prints the milliseconds since $t0
  local s=$1 i
  for i in $(seq 1 6000); do
    if curl -sf -o /dev/null "http://127.0.0.1:$((port[$s] + 1000))/q/health/ready"; then
      echo $(( $(date +%s%3N) - t0 )); return 0
    fi
    kill -0 "${pid[$s]}" 2>/dev/null || { echo "run.sh: $s died; see $out/$s-$stamp.log" >&2; return 1; }
    sleep 0.02
  done
  echo "run.sh: $s not ready in 120 s" >&2; return 1
}
stop() {  # stop SERVICE: SIGTERM and wait (a Java 25 JVM writes its AOT cache when it exits after a training run)
  local s=$1
  kill "${pid[$s]}" 2>/dev/null || true
  wait "${pid[$s]}" 2>/dev/null || true
  unset "pid[$s]"
}
rss() {  # rss SERVICE: "VmRSS VmHWM RssAnon RssFile" in MB (RssAnon: the process's own memory; RssFile: pages of
         # the jars and the AOT cache it mapped, shared and reclaimable)
  awk '/VmRSS/ {r = $2} /VmHWM/ {h = $2} /RssAnon/ {a = $2} /RssFile/ {f = $2}
       END {printf "%.0f %.0f %.0f %.0f", r / 1024, h / 1024, a / 1024, f / 1024}' "/proc/${pid[$1]}/status"
}
jcmd=$(dirname "$(readlink -f "${BOBINE_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}")")/jcmd
cpu() {  # cpu: "name seconds" of CPU used so far by each service, the broker, PostgreSQL and the whole machine,
       # "name-jit seconds" that each service's JIT compiler threads spent compiling (their wall time, summed), and
       # each service's collections so far, "name-young count", "name-full count", with their pauses in seconds
  local s
  for s in "${!pid[@]}"; do
    "$jcmd" "${pid[$s]}" PerfCounter.print 2>/dev/null | awk -F= -v s="$s" '
      /^sun.ci.standardTime=|^sun.ci.osrTime=/ {t += $2} /^sun.os.hrt.frequency=/ {f = $2}
      /^sun.gc.collector.0.invocations=/ {yn = $2} /^sun.gc.collector.0.time=/ {yt = $2}
      /^sun.gc.collector.1.invocations=/ {fn = $2} /^sun.gc.collector.1.time=/ {ft = $2}
      END {f = f ? f : 1; print s "-jit", t / f; print s "-young", yn + 0; print s "-young-s", yt / f
           print s "-full", fn + 0; print s "-full-s", ft / f}'
  done
  python3 - "$broker_pid" "${!pid[@]}" -- "${pid[@]}" <<'PY'
import os, sys
args = sys.argv[2:]; names = args[:args.index("--")]; pids = args[args.index("--") + 1:]
tick = os.sysconf("SC_CLK_TCK")
def used(p):
    try:
        f = open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) / tick
    except OSError:
        return 0.0
for n, p in zip(names, pids):
    print(n, used(p))
print("broker", used(sys.argv[1]) if sys.argv[1] else 0.0)
def comm(p):
    try:
        return open(f"/proc/{p}/comm").read().strip()
    except OSError:
        return None
print("postgres", sum(used(p) for p in os.listdir("/proc") if p.isdigit() and comm(p) == "postgres"))
user, nice, system, idle, iowait, irq, softirq, steal = map(int, open("/proc/stat").readline().split()[1:9])
print("machine", (user + nice + system + irq + softirq + steal) / tick)
PY
}
cpu_since() {  # cpu_since BEFORE AFTER MILLISECONDS busiest-jit|split: from two snapshots of cpu, in % of one core,
              # the busiest service's compiler threads, or where the CPU went
  python3 - "$@" <<'PY'
import os, sys
read = lambda f: {n: float(v) for n, v in (l.split() for l in open(f))}
a, b, wall, what = read(sys.argv[1]), read(sys.argv[2]), int(sys.argv[3]) / 1000, sys.argv[4]
since = lambda n: b.get(n, 0) - a.get(n, 0)
pct = lambda n: 100 * since(n) / wall
if what == "busiest-jit":
    print(round(max([pct(n) for n in b if n.endswith("-jit")] or [0])))
else:
    named = [n for n in ("budget", "crew", "rights", "distribution", "broker", "postgres") if n in b]
    gc = lambda n: (f"; {since(n + '-young'):.0f} young collections, {1000 * since(n + '-young-s'):.0f} ms of pauses,"
                    f" {since(n + '-full'):.0f} full, {1000 * since(n + '-full-s'):.0f} ms")
    print(", ".join(f"{n} {pct(n):.0f}" + (f" (its compiler threads busy {pct(n + '-jit'):.0f}{gc(n)})" if n + "-jit" in b else "")
                    for n in named)
          + f", the rest (the load generator, the kernel) {pct('machine') - sum(pct(n) for n in named):.0f}"
          + f"; the machine {pct('machine'):.0f} of {100 * os.cpu_count()}")
PY
}
median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

summary() {  # summary FILE: req/s, latency p50/p90/p99/max, non-2xx, errors from autocannon's JSON
  python3 - "$1" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
l = r["latency"]
print(f'{r["requests"]["total"] / r["duration"]:.0f} req/s ({r["requests"]["total"]} in {r["duration"]:.1f} s); latency '
      f'p50 {l["p50"]} ms, p90 {l["p90"]} ms, p99 {l["p99"]} ms, max {l["max"]} ms; non-2xx {r["non2xx"]}, '
      f'errors {r["errors"]}, timeouts {r["timeouts"]}')
PY
}
reqs() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(round(r["requests"]["total"] / r["duration"]))' "$1"; }
p99() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["latency"]["p99"])' "$1"; }
drained() {  # waits (15 minutes at most) until budget's outbox is published and each consumer applied every production.created
  local want s ok give_up=$(( $(date +%s) + 900 ))
  while [ "$(date +%s)" -lt $give_up ]; do
    want=$(q budget$suffix "select count(*) from outbox_event where event_type = 'production.created'")
    ok=$( [ "$(q budget$suffix 'select count(*) from outbox_event where published_at is null')" = 0 ] && echo y || echo n)
    for s in "${consumers[@]}"; do
      [ "$(q $s$suffix "select count(*) from processed_event where event_type = 'production.created'")" = "$want" ] || ok=n
    done
    [ $ok = y ] && return 0
    sleep 0.5
  done
  echo "run.sh: the consumers did not catch up in 15 minutes" >&2; return 1
}

# --- 1. AOT caches, then launch to ready of budget-service alone (nothing else of ours running but the broker) -------
auth=(-H "Authorization: Bearer $token")
json=(-H 'Content-Type: application/json')
body='{"title": "Banc <n>", "kind": "FEATURE_FILM", "originalLanguages": ["fr"], "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"}}'
create_production() { curl -sf "${auth[@]}" "${json[@]}" -X POST "http://127.0.0.1:${port[budget]}/productions" -d "${body//<n>/$1}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }
# A service measured without its AOT cache would be measured in its training run (deploy/jvm/launch.sh records the cache
# on the first start after a build): the four are trained first, together, under the API's load (a GET and a POST load
# whose events the three consumers apply), so that the cache holds the classes and method profiles of real work.
stale=()
for s in budget crew rights distribution; do
  cache=$root/$s-service/target/quarkus-app/app.aot
  { [ -s "$cache" ] && [ "$cache" -nt "$root/$s-service/target/quarkus-app/quarkus-run.jar" ]; } || stale+=("$s")
done
if [ ${#stale[@]} -gt 0 ]; then
  note "AOT training run of ${stale[*]} (the four services under $train_seconds s of GET and $train_seconds s of POST)"
  for s in budget crew rights distribution; do recreate $s$suffix; done
  t0=$(date +%s%3N)
  for s in budget crew rights distribution; do launch $s; done
  for s in budget crew rights distribution; do ready $s >/dev/null; done
  trained=$(create_production training)
  load "http://127.0.0.1:${port[budget]}/productions/$trained" GET $clients "$train_seconds" 0 "$token" >/dev/null
  load "http://127.0.0.1:${port[budget]}/productions" POST $clients "$train_seconds" 0 "$token" "$body" >/dev/null
  drained
  for s in budget crew rights distribution; do stop $s; done
  sizes=""
  for s in "${stale[@]}"; do sizes+="$s $(du -m "$root/$s-service/target/quarkus-app/app.aot" 2>/dev/null | cut -f1) MB; "; done
  log "AOT training run (not counted) of ${stale[*]} under $train_seconds s of GET and of POST: caches ${sizes% }"
fi
if ! $events_only; then
note "launch to ready of budget-service alone, $starts start(s) per mode"
cold=() warm=() again=()
for _ in $(seq 1 "$starts"); do
  recreate budget$suffix; t0=$(date +%s%3N); launch budget BOBINE_AOT=false; cold+=("$(ready budget)"); stop budget
done
for _ in $(seq 1 "$starts"); do
  recreate budget$suffix; t0=$(date +%s%3N); launch budget; warm+=("$(ready budget)"); stop budget
done
for _ in $(seq 1 "$starts"); do  # a restart: the database is already migrated (Flyway only validates)
  t0=$(date +%s%3N); launch budget; again+=("$(ready budget)"); stop budget
done
log "## Launch to ready (budget-service alone, Kafka reachable; goal < 2 000 ms)"
log "fresh database migrated, without AOT cache: ${cold[*]} ms (median $(echo "${cold[*]}" | median) ms)"
log "fresh database migrated, with AOT cache:    ${warm[*]} ms (median $(echo "${warm[*]}" | median) ms)"
log "restart on the migrated database, with AOT cache: ${again[*]} ms (median $(echo "${again[*]}" | median) ms)"
log
fi

# --- 2. the four services, fresh databases ------------------------------------------------------------------------
note "starting the four services"
for s in budget crew rights distribution; do recreate $s$suffix; done
t0=$(date +%s%3N)
for s in budget crew rights distribution; do launch $s; done
for s in budget crew rights distribution; do ready $s >/dev/null; done
note "four services ready in $(( $(date +%s%3N) - t0 )) ms"
budget_url=http://127.0.0.1:${port[budget]}
production=$(create_production lu)
sleep 5
log "## Resident memory idle (MB; four services started, one production)"
for s in budget crew rights distribution; do idle[$s]=$(rss $s); done
line=""
for s in budget crew rights distribution; do read -r r _ an _ <<<"${idle[$s]}"; line+="$s $r ($an), "; done
log "VmRSS (RssAnon, the process's own memory): ${line%, }"
log

# The JIT compiles the hot paths during the first tens of seconds of load: the service is warmed up by loads of
# $warm_seconds s until two in a row are within 5 % of each other ($warm_max at most), and the curve is written down
# with, for each load, how busy the busiest service's JIT compiler threads were (in % of the load's time).
warm_up() {  # warm_up NAME URL METHOD [BODY]: prints "req/s (compilers busy %)" of each warm-up load
  local name=$1 url=$2 method=$3 body=${4:-} prev=0 cur busy w0 curve=""
  for _ in $(seq 1 "$warm_max"); do
    cpu >"$out/warm-cpu-before-$stamp.txt"; w0=$(date +%s%3N)
    load "$url" "$method" $clients "$warm_seconds" 0 "$token" ${body:+"$body"} >"$out/warm-$name-$stamp.json"
    cpu >"$out/warm-cpu-after-$stamp.txt"
    busy=$(cpu_since "$out/warm-cpu-before-$stamp.txt" "$out/warm-cpu-after-$stamp.txt" $(( $(date +%s%3N) - w0 )) \
      busiest-jit)
    cur=$(reqs "$out/warm-$name-$stamp.json")
    curve+="$cur ($busy %) "
    [ "$method" = POST ] && drained  # each load starts with the consumers caught up
    if [ "$prev" -gt 0 ] && python3 -c "import sys; sys.exit(0 if abs($cur - $prev) <= 0.05 * $prev else 1)" \
        && { [ -z "$jit_quiet" ] || [ "$busy" -le "$jit_quiet" ]; }; then
      break
    fi
    prev=$cur
  done
  echo "${curve% }"
}
if ! $events_only; then
# --- 3. PostgreSQL alone: pgbench on its own scratch database ---------------------------------------------------------
note "pgbench -S and -N, $clients clients, $pgbench_seconds s each"
recreate pgbench$suffix
"$pgbench" -i -q -s 10 pgbench$suffix >/dev/null 2>&1
tps() { "$pgbench" "$@" -c $clients -j 2 -T "$pgbench_seconds" -n pgbench$suffix 2>/dev/null \
  | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1; }
pg_select=$(tps -S)
pg_write=$(tps -N)
log "## PostgreSQL alone (pgbench scale 10, $clients clients, 2 threads, $pgbench_seconds s, TCP 127.0.0.1)"
log "pgbench -S (select only): $pg_select tps; pgbench -N (simple update): $pg_write tps"
log

# --- 4. GET /productions/{id} and POST /productions under autocannon -----------------------------------------------
note "GET /productions/{id}: warm-up until steady, then $http_seconds s, $clients connections"
get_curve=$(warm_up get "$budget_url/productions/$production" GET)
load "$budget_url/productions/$production" GET $clients "$http_seconds" 0 "$token" >"$out/get-$stamp.json"
note "POST /productions: warm-up until steady, then $http_seconds s, $clients connections"
post_curve=$(warm_up post "$budget_url/productions" POST "$body")
load "$budget_url/productions" POST $clients "$http_seconds" 0 "$token" "$body" >"$out/post-$stamp.json"
for s in budget crew rights distribution; do loaded[$s]=$(rss $s); done
log "## HTTP, $clients connections, $http_seconds s once warmed up (autocannon 8, loopback)"
log "GET /productions/{id}: $(summary "$out/get-$stamp.json")"
log "POST /productions:     $(summary "$out/post-$stamp.json")"
log "warm-up, req/s (the busiest service's JIT compiler threads busy) of each $warm_seconds s load from the first request on: GET $get_curve; POST $post_curve"
log "(the consumers applied the POSTs' events during the POST run, on the same two cores)"
get_ratio=$(python3 -c "print(f'{100 * $(reqs "$out/get-$stamp.json") / $pg_select:.1f}')")
post_ratio=$(python3 -c "print(f'{100 * $(reqs "$out/post-$stamp.json") / $pg_write:.1f}')")
log
note "waiting for the consumers to apply the POSTs' events"
drained
else
  note "POST /productions: warm-up until steady ($warm_seconds s loads)"
  log "warm-up, POST req/s (the busiest service's JIT compiler threads busy) of each $warm_seconds s load: $(warm_up post "$budget_url/productions" POST "$body")"
fi

# --- 5. events at a fixed 200 per second --------------------------------------------------------------------------
note "events at $rate/s for $rate_seconds s (POST /productions at a fixed rate)"
# Each consumer's transactions: how many events each applied (bobine.inbox.batch.size), before and after the load.
batches() {  # batches SERVICE: "count sum" of its inbox transactions so far
  curl -sf "http://127.0.0.1:$((port[$1] + 1000))/q/metrics" \
    | awk '/^bobine_inbox_batch_size_count/ {c = $2} /^bobine_inbox_batch_size_sum/ {s = $2} END {print c + 0, s + 0}'
}
declare -A batches_before=()
for s in "${consumers[@]}"; do batches_before[$s]=$(batches $s); done
cpu >"$out/rate-cpu-before-$stamp.txt"; w0=$(date +%s%3N)
t_start=$(q budget$suffix 'select clock_timestamp()')
load "$budget_url/productions" POST $clients "$rate_seconds" $rate "$token" "$body" >"$out/rate-$stamp.json"
t_end=$(q budget$suffix 'select clock_timestamp()')
cpu >"$out/rate-cpu-after-$stamp.txt"; w1=$(date +%s%3N)
drained
line=""
for s in "${consumers[@]}"; do
  read -r c0 s0 <<<"${batches_before[$s]}"; read -r c1 s1 <<<"$(batches $s)"
  line+="$s $(python3 -c "c, e = $c1 - $c0, $s1 - $s0; print(f'{c:.0f} transactions, {e / c if c else 0:.1f} events each')"); "
done
# An event's times: its outbox row's (the budget transaction's now(), its start) and the commit of that transaction
# (the production row it created, never written again here), its publication; in a consumer, its inbox row's
# (clock_timestamp() when the poll's transaction recorded it) and that transaction's commit.
q budget$suffix "select o.id, extract(epoch from o.created_at), extract(epoch from o.published_at),
    extract(epoch from pg_xact_commit_timestamp(p.xmin))
  from outbox_event o join production p on p.id::text = o.event_key
  where o.event_type = 'production.created' and o.created_at >= '$t_start' and o.created_at <= '$t_end'" \
  >"$out/rate-budget-$stamp.txt"
for s in "${consumers[@]}"; do
  q $s$suffix "select event_id, extract(epoch from processed_at), extract(epoch from pg_xact_commit_timestamp(xmin))
    from processed_event where event_type = 'production.created' and processed_at >= '$t_start'" >"$out/rate-$s-$stamp.txt"
done
log "## Events at a fixed $rate/s for $rate_seconds s (POST /productions, autocannon at a fixed rate, $clients connections; goal: commit in budget to applied in crew p99 < 100 ms)"
log "POST at the fixed rate: $(summary "$out/rate-$stamp.json")"
log "consumers' inbox transactions during the load: ${line%; }"
log "CPU during the load, in % of one core: $(cpu_since "$out/rate-cpu-before-$stamp.txt" "$out/rate-cpu-after-$stamp.txt" \
  $(( w1 - w0 )) split)"
python3 - "$out" "$stamp" "${consumers[@]}" <<'PY' | tee -a "$results"
import sys
out, stamp, consumers = sys.argv[1], sys.argv[2], sys.argv[3:]
budget = {}
for line in open(f"{out}/rate-budget-{stamp}.txt"):
    i, created, published, committed = line.strip().split("|")
    budget[i] = (float(created), float(published), float(committed))
def pct(xs, p):
    return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]
def show(name, xs):
    xs = sorted(x * 1000 for x in xs)
    return (f"{name}: {len(xs)} events, p50 {pct(xs, .5):.1f} ms, p90 {pct(xs, .9):.1f} ms, p99 {pct(xs, .99):.1f} ms, "
            f"max {xs[-1]:.1f} ms")
if not budget:
    print("no event written in the window"); sys.exit(0)
span = max(c for c, _, _ in budget.values()) - min(c for c, _, _ in budget.values()) or 1
print(f"events written: {len(budget)} in {span:.1f} s = {len(budget) / span:.0f} events/s")
print(show("budget commit -> Kafka ack (relay)", [p - k for _, p, k in budget.values()]))
for s in consumers:
    applied = {}
    for line in open(f"{out}/rate-{s}-{stamp}.txt"):
        i, at, committed = line.strip().split("|")
        applied[i] = (float(at), float(committed))
    missing = [i for i in budget if i not in applied]
    print(show(f"budget commit -> commit in {s} (the goal)", [applied[i][1] - budget[i][2] for i in budget if i in applied])
          + (f"; MISSING {len(missing)}" if missing else ""))
    print("  " + show(f"budget transaction start -> recorded in {s}'s inbox (as measured until 2026-12-06)",
                      [applied[i][0] - budget[i][0] for i in budget if i in applied]))
PY
log "(times from the database's clock: pg_xact_commit_timestamp of the budget transaction that created the production and of the consumer's transaction that recorded its event, track_commit_timestamp = on; the second line of each, as measured before: outbox_event.created_at, the budget transaction's now(), to processed_event.processed_at, clock_timestamp() in the consumer's transaction)"
cpu >"$out/end-cpu-$stamp.txt"
line=""
for s in budget crew rights distribution; do
  line+="$(awk -v s="$s" '$1 == s "-full" {n = $2} $1 == s "-full-s" {t = $2} END {printf "%s %d (%.0f ms)", s, n, 1000 * t}' \
    "$out/end-cpu-$stamp.txt"), "
done
log "full collections since each service started, warm-up included (their pauses in all): ${line%, }"
log

if $events_only; then
  log "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  note "results in $results"
  exit 0
fi
# --- 6. a burst of 10 000 events ------------------------------------------------------------------------------------
note "a burst of $burst events committed at once in budget's outbox"
# The envelope of a real production.created, with a new event id and production id per copy (the consumers need
# nothing else); one transaction, as a bulk import would commit them.
template=$(q budget$suffix "select id || '|' || event_key from outbox_event where event_type = 'production.created' order by seq desc limit 1")
tid=${template%%|*} tkey=${template##*|}
t_burst=$(q budget$suffix "
  insert into outbox_event (id, topic, event_key, event_type, payload)
  select e, o.topic, p::text, o.event_type, replace(replace(o.payload, '$tid', e::text), '$tkey', p::text)
  from outbox_event o, (select gen_random_uuid() e, gen_random_uuid() p from generate_series(1, $burst)) g
  where o.id = '$tid';
  select clock_timestamp();" | tail -1)
drained
log "## A burst of $burst production.created committed in one transaction in budget's outbox (relay polls each second)"
published=$(q budget$suffix "select round(extract(epoch from max(published_at) - '$t_burst'::timestamptz) * 1000)
  from outbox_event where published_at >= '$t_burst'")
log "relay: all published $published ms after the commit"
for s in "${consumers[@]}"; do
  ms=$(q $s$suffix "select round(extract(epoch from max(processed_at) - '$t_burst'::timestamptz) * 1000) || ' ' || count(*)
    from processed_event where processed_at >= '$t_burst'")
  n=${ms##* } ms=${ms%% *}
  log "$s: $n applied, the last $ms ms after the commit = $(python3 -c "print(round($n / ($ms / 1000)))") events/s"
done
log

# --- 7. memory after the load -----------------------------------------------------------------------------------
log "## Resident memory (MB; goal < 200 MB under load)"
log "| service | idle VmRSS (RssAnon) | end of the POST run VmRSS (RssAnon) | now VmRSS (RssAnon, RssFile) | peak VmHWM |"
log "|---|---|---|---|---|"
for s in budget crew rights distribution; do
  read -r i_rss _ i_anon _ <<<"${idle[$s]}"
  read -r l_rss _ l_anon _ <<<"${loaded[$s]}"
  read -r n_rss n_hwm n_anon n_file <<<"$(rss $s)"
  log "| $s | $i_rss ($i_anon) | $l_rss ($l_anon) | $n_rss ($n_anon, $n_file) | $n_hwm |"
done
log

log "## Ratios"
log "GET /productions/{id} / pgbench -S: $get_ratio % (goal >= 40 %)"
log "POST /productions / pgbench -N: $post_ratio % (goal >= 30 %)"
log
log "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
note "results in $results"
