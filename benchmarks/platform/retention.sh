#!/usr/bin/env bash
# Issue 16 point 4, retention: do the relay and a consumer stay as fast with 10 million published outbox rows and
# 10 million inbox ids in their tables, and how fast does the purge (platform EventRetention) delete them? One run,
# on this machine, loopback only: budget-service (publishes production.created) and crew-service (applies it) started
# from their built jars through deploy/jvm/launch.sh on scratch databases and a private Kafka broker, then:
#   1. baseline: POST /productions at a fixed 100/s for 20 s (after a 10 s warm-up); per event, budget's
#      outbox_event.created_at -> published_at (relay) and -> crew's processed_event.processed_at (applied);
#   2. the services stopped, budget's outbox_event filled with 10 000 000 published rows and crew's processed_event
#      with 10 000 000 ids (INSERT ... SELECT from generate_series, written over the past 30 days), VACUUM ANALYZE;
#      the plans of the relay's claim, the inbox insert and the purge's chunk deletes with those rows (EXPLAIN ANALYZE,
#      rolled back);
#   3. the services started again, the same fixed-rate run with the 10 million rows present;
#   4. the services started again with the purge due 30 s after start (BOBINE_RETENTION_DELAY) and an inbox retention of
#      7 days (BOBINE_INBOX_RETENTION, so that both purges have ~7.7 million rows to delete), the same fixed-rate run
#      while the purge runs, and the purge's own figures from the services' log line "Retention: ...".
# Every load is bounded (a duration) and sent to 127.0.0.1 only.
#
#   benchmarks/platform/retention.sh     8 minutes here (2 cores, load average 4-7 from other work), half of it the
#                                        fill and the purge
# Environment: BENCH_ROWS (default 10000000), BENCH_RATE (100), BENCH_SECONDS (20), BENCH_STATE_DIR, BENCH_KAFKA_PORT,
# BENCH_KAFKA_CONTROLLER_PORT, BENCH_PORT (base, default 18680), BENCH_DB_SUFFIX (default _bench_retention; must start
# with _bench), BENCH_OUT (default benchmarks/platform/target), BENCH_KEEP_DATABASES=1 (keep the two databases, which
# a finished run drops).
#
# Needs: PostgreSQL of the local stack (deploy/local/stack.sh start), the built jars of budget-service and crew-service
# (./mvnw -B package -DskipTests -pl budget-service,crew-service -am), Node.js/npm (autocannon, pinned in package.json
# beside this file, is installed on first use), ~20 GB of free disk for PostgreSQL (tables and WAL).
# Private ports, state dir and databases, apart from run.sh's, so that both can never collide: Kafka 19692/19693 in
# /tmp/bobine-retention, the services on 18681/18682 (management 19681/19682), databases <service>_bench_retention.
# Writes: benchmarks/platform/target/retention-<UTC time>.md (also printed), service logs beside it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rate=${BENCH_RATE:-100}
rate_seconds=${BENCH_SECONDS:-20}
warm_seconds=10
rows=${BENCH_ROWS:-10000000}
fill_chunk=1000000
clients=16

export BOBINE_STATE_DIR=${BENCH_STATE_DIR:-/tmp/bobine-retention}
export BOBINE_KAFKA_PORT=${BENCH_KAFKA_PORT:-19692} BOBINE_KAFKA_CONTROLLER_PORT=${BENCH_KAFKA_CONTROLLER_PORT:-19693}
[ "$BOBINE_STATE_DIR" != "$root/.local" ] || { echo "retention.sh: refuses to use the shared state dir" >&2; exit 1; }
base_port=${BENCH_PORT:-18680}
suffix=${BENCH_DB_SUFFIX:-_bench_retention}
# The databases are dropped at each run: never the shared stack's (budget, crew) nor a name without a bench suffix.
[[ $suffix == _bench* ]] || { echo "retention.sh: BENCH_DB_SUFFIX must start with _bench" >&2; exit 1; }
declare -A port=([budget]=$((base_port + 1)) [crew]=$((base_port + 2)))
services=(budget crew)
export PGPASSWORD=${BOBINE_DB_PASSWORD:-bobine} PGHOST=127.0.0.1 PGUSER=${BOBINE_DB_USER:-bobine}
pg() { psql -q -X -v ON_ERROR_STOP=1 "$@"; }
q() { local db=$1; shift; psql -X -At -v ON_ERROR_STOP=1 -d "$db" -c "$@"; }
now_ms() { date +%s%3N; }

out=${BENCH_OUT:-$here/target}
mkdir -p "$out"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
results=$out/retention-$stamp.md
summary=$out/retention-summary-$stamp.txt
log() { echo "$*" | tee -a "$results"; }
note() { echo "... $(date -u +%T) $*" >&2; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

for s in "${services[@]}"; do
  [ -f "$root/$s-service/target/quarkus-app/quarkus-run.jar" ] \
    || { echo "retention.sh: $s-service is not built: ./mvnw -B package -DskipTests -pl $s-service -am" >&2; exit 1; }
done
[ -d "$here/node_modules/autocannon" ] || (cd "$here" && npm install --no-audit --no-fund >/dev/null)
load() { node "$here/load.js" "$@"; }  # load URL METHOD CONNECTIONS SECONDS RATE TOKEN [BODY]: autocannon's JSON

declare -A pid=()
sampler=
cleanup() {
  [ -z "$sampler" ] || kill "$sampler" 2>/dev/null || true
  for s in "${!pid[@]}"; do kill "${pid[$s]}" 2>/dev/null || true; done
  for s in "${!pid[@]}"; do wait "${pid[$s]}" 2>/dev/null || true; done
  "$root/deploy/local/stack.sh" kafka-stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

t_run=$(now_ms)
log "# benchmarks/platform/retention.sh run of $stamp"
log
log "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo); load average at start: $(loadavg)"
log "busiest processes at start (top -bn1): $(top -bn1 -o %CPU | sed -n '8,12p' | awk '{printf "%s %s%%; ", $12, $9}')"
log "java: $("${BOBINE_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}" -version 2>&1 | head -1); PostgreSQL: $(q postgres 'show server_version')"
log "PostgreSQL settings: $(q postgres "select string_agg(name || ' ' || setting || coalesce(unit, ''), ', ' order by name)
  from pg_settings where name in ('shared_buffers', 'max_wal_size', 'work_mem', 'checkpoint_timeout', 'synchronous_commit')")"
log

note "private Kafka broker on $BOBINE_KAFKA_PORT (state $BOBINE_STATE_DIR), fresh"
"$root/deploy/local/stack.sh" kafka-reset >/dev/null
"$root/deploy/local/stack.sh" kafka-start >/dev/null
# Production mode refuses the development secrets: this state dir's key pair and personal-data key.
source "$root/deploy/local/keys.sh"
token=$("$root/deploy/local/token.sh" --user bench@bobine.local --all)

# The JVMs run under the name bobine-retention-jvm (exec -a; same binary, same options, through launch.sh's BOBINE_JAVA):
# on the shared machine a `pkill -f 'java.*budget-service/target/quarkus-app'` meant for another copy of the service
# stopped this run's budget-service in the middle of a measurement.
real_java=${BOBINE_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ -x "$real_java" ] || real_java=$(command -v java)
mkdir -p "$BOBINE_STATE_DIR/bin"
printf '#!/usr/bin/env bash\nexec -a bobine-retention-jvm %q "$@"\n' "$real_java" >"$BOBINE_STATE_DIR/bin/jvm"
chmod +x "$BOBINE_STATE_DIR/bin/jvm"
export BOBINE_JAVA=$BOBINE_STATE_DIR/bin/jvm

# A plain DROP DATABASE stops the autovacuum workers in it (WITH (FORCE) needs the rights to signal them, which the
# bobine role lacks); FORCE only when a client is still connected.
dropdb() { pg -d postgres -c "drop database if exists $1" 2>/dev/null || pg -d postgres -c "drop database if exists $1 with (force)"; }
recreate() { dropdb "$1" >/dev/null; pg -d postgres -c "create database $1" >/dev/null; }
phase=start
launch() {  # launch SERVICE [env assignments...]: starts it through deploy/jvm/launch.sh, sets pid[SERVICE]
  local s=$1; shift
  env "$@" BOBINE_HTTP_PORT=${port[$s]} BOBINE_MANAGEMENT_PORT=$((port[$s] + 1000)) BOBINE_DB_NAME=$s$suffix \
    KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$BOBINE_KAFKA_PORT "$root/deploy/jvm/launch.sh" "$s" \
    >>"$out/$s-retention-$phase-$stamp.log" 2>&1 &
  pid[$s]=$!
}
ready() {  # ready SERVICE: waits for /q/health/ready (3 minutes at most)
  local s=$1 i
  for i in $(seq 1 1800); do
    curl -sf -o /dev/null "http://127.0.0.1:$((port[$s] + 1000))/q/health/ready" && return 0
    kill -0 "${pid[$s]}" 2>/dev/null || { echo "retention.sh: $s died; see $out/$s-retention-$phase-$stamp.log" >&2; return 1; }
    sleep 0.1
  done
  echo "retention.sh: $s not ready in 180 s" >&2; return 1
}
start_all() {  # start_all [env assignments...]: both services, each with those settings; waits until both are ready
  local s t0=$(now_ms)
  for s in "${services[@]}"; do launch "$s" "$@"; done
  for s in "${services[@]}"; do ready "$s"; done
  note "budget and crew ready in $(( $(now_ms) - t0 )) ms"
}
stop() {  # stop SERVICE: SIGTERM and wait
  local s=$1
  kill "${pid[$s]}" 2>/dev/null || true
  wait "${pid[$s]}" 2>/dev/null || true
  unset "pid[$s]"
}
stop_all() { for s in "${services[@]}"; do stop "$s"; done; }

auth=(-H "Authorization: Bearer $token")
json=(-H 'Content-Type: application/json')
body='{"title": "Retention <n>", "kind": "FEATURE_FILM", "originalLanguages": ["fr"], "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"}}'
budget_url=http://127.0.0.1:${port[budget]}

drained() {  # drained SEQ0 T0: waits (5 minutes at most) until every production.created budget wrote after outbox seq
             # SEQ0 is published and applied by crew after T0 (crew's count by processed_at, which is indexed)
  local seq0=$1 t0=$2 want got give_up=$(( $(date +%s) + 300 ))
  while [ "$(date +%s)" -lt $give_up ]; do
    want=$(q budget$suffix "select count(*) from outbox_event where seq > $seq0 and event_type = 'production.created'")
    got=$(q crew$suffix "select count(*) from processed_event where processed_at >= '$t0' and event_type = 'production.created'")
    if [ "$(q budget$suffix 'select count(*) from outbox_event where published_at is null')" = 0 ] && [ "$got" -ge "$want" ]; then
      return 0
    fi
    sleep 0.5
  done
  echo "retention.sh: crew did not catch up in 5 minutes" >&2; return 1
}
post_summary() {  # post_summary FILE: req/s, latency p50/p99/max, non-2xx, errors from autocannon's JSON
  python3 - "$1" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
l = r["latency"]
print(f'{r["requests"]["total"] / r["duration"]:.0f} req/s ({r["requests"]["total"]} in {r["duration"]:.1f} s); latency '
      f'p50 {l["p50"]} ms, p90 {l["p90"]} ms, p99 {l["p99"]} ms, max {l["max"]} ms; non-2xx {r["non2xx"]}, '
      f'errors {r["errors"]}, timeouts {r["timeouts"]}')
PY
}
declare -A window=()
measure() {  # measure LABEL TITLE: warm-up, then POST /productions at $rate/s for $rate_seconds s, and the event latencies
  local label=$1 title=$2 seq0 t0 t1
  note "$label: warm-up $warm_seconds s, then $rate/s for $rate_seconds s"
  seq0=$(q budget$suffix 'select coalesce(max(seq), 0) from outbox_event')
  t0=$(q budget$suffix 'select clock_timestamp()')
  load "$budget_url/productions" POST $clients $warm_seconds $rate "$token" "$body" >/dev/null
  drained "$seq0" "$t0"
  seq0=$(q budget$suffix 'select coalesce(max(seq), 0) from outbox_event')
  t0=$(q budget$suffix 'select clock_timestamp()')
  local la=$(loadavg)
  load "$budget_url/productions" POST $clients "$rate_seconds" $rate "$token" "$body" >"$out/retention-$label-$stamp.json"
  t1=$(q budget$suffix 'select clock_timestamp()')
  drained "$seq0" "$t0"
  window[$label]=$(q budget$suffix "select extract(epoch from timestamptz '$t0') || '|' || extract(epoch from timestamptz '$t1')")
  q budget$suffix "select id, extract(epoch from created_at), extract(epoch from published_at) from outbox_event
    where seq > $seq0 and event_type = 'production.created' and created_at <= '$t1'" >"$out/retention-$label-budget-$stamp.txt"
  q crew$suffix "select event_id, extract(epoch from processed_at) from processed_event
    where processed_at >= '$t0' and event_type = 'production.created'" >"$out/retention-$label-crew-$stamp.txt"
  log "### $title"
  log "load average before the run: $la; window $(q budget$suffix "select to_char(timestamptz '$t0' at time zone 'UTC', 'HH24:MI:SS')
    || '–' || to_char(timestamptz '$t1' at time zone 'UTC', 'HH24:MI:SS')") UTC"
  log "POST at the fixed rate: $(post_summary "$out/retention-$label-$stamp.json")"
  python3 - "$out" "$stamp" "$label" "$summary" <<'PY' | tee -a "$results"
import sys
out, stamp, label, summary = sys.argv[1:]
budget = {}
for line in open(f"{out}/retention-{label}-budget-{stamp}.txt"):
    i, created, published = line.strip().split("|")
    budget[i] = (float(created), float(published))
applied = {}
for line in open(f"{out}/retention-{label}-crew-{stamp}.txt"):
    i, at = line.strip().split("|")
    applied[i] = float(at)
def pct(xs, p):
    return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]
def stats(xs):
    xs = sorted(x * 1000 for x in xs)
    return pct(xs, .5), pct(xs, .9), pct(xs, .99), xs[-1]
def show(name, xs):
    p50, p90, p99, top = stats(xs)
    return f"{name}: {len(xs)} events, p50 {p50:.1f} ms, p90 {p90:.1f} ms, p99 {p99:.1f} ms, max {top:.1f} ms"
if not budget:
    print("no event written in the window"); sys.exit(0)
span = max(c for c, _ in budget.values()) - min(c for c, _ in budget.values()) or 1
relay = [p - c for c, p in budget.values()]
crew = [applied[i] - budget[i][0] for i in budget if i in applied]
missing = len(budget) - len(crew)
print(f"events written: {len(budget)} in {span:.1f} s = {len(budget) / span:.0f} events/s")
print(show("budget outbox write -> Kafka ack (relay)", relay))
print(show("budget outbox write -> applied in crew", crew) + (f"; MISSING {missing}" if missing else ""))
with open(summary, "a") as f:
    f.write("|".join([label, f"{len(budget) / span:.0f}", *(f"{x:.1f}" for x in stats(relay)),
                      *(f"{x:.1f}" for x in stats(crew))]) + "\n")
PY
  log
}

# --- 1. baseline: fresh databases, nearly empty tables ------------------------------------------------------------
# BOBINE_RETENTION_DELAY=24h: no purge until step 4 asks for one.
note "starting budget and crew on fresh databases"
for s in "${services[@]}"; do recreate $s$suffix; done
phase=baseline
stale=false
for s in "${services[@]}"; do
  aot=$root/$s-service/target/quarkus-app/app.aot
  [ -s "$aot" ] && [ "$aot" -nt "$root/$s-service/target/quarkus-app/quarkus-run.jar" ] || stale=true
done
if $stale && [ "$("$real_java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -1)" -ge 25 ]; then
  # As run.sh: the first start after a build records the AOT cache (written on exit), the later ones use it; so that
  # all three runs start alike, a training start first.
  note "training start: the JVMs record their AOT caches"
  start_all BOBINE_RETENTION_DELAY=24h
  stop_all
fi
start_all BOBINE_RETENTION_DELAY=24h
curl -sf "${auth[@]}" "${json[@]}" -X POST "$budget_url/productions" -d "${body//<n>/modèle}" >/dev/null
log "## Events budget -> crew at a fixed $rate/s for $rate_seconds s (POST /productions, autocannon at a fixed rate, $clients connections, after a $warm_seconds s warm-up)"
log "(times from the database clock: outbox_event.created_at, the budget transaction's now(), to published_at (Kafka acknowledged) and to crew's processed_event.processed_at, clock_timestamp() in the consumer's transaction)"
log
measure baseline "Baseline: fresh tables (outbox $(q budget$suffix 'select count(*) from outbox_event') rows, inbox $(q crew$suffix 'select count(*) from processed_event') ids)"

# --- 2. the fill: 10 million published outbox rows, 10 million inbox ids ------------------------------------------
note "stopping the services for the fill"
stop_all
template=$(q budget$suffix "select id from outbox_event where event_type = 'production.created' order by seq desc limit 1")
payload_bytes=$(q budget$suffix "select length(payload) || ' characters, row ' || pg_column_size(o.*) || ' bytes'
  from outbox_event o where id = '$template'")
consumer=$(q crew$suffix "select consumer from processed_event where event_type = 'production.created' limit 1")
# Written over the past 30 days up to one hour ago, oldest first (as a service writes them): with the 7-day retention
# of step 4, 23/30 of them (~7.7 million a table) are due for the purge. The outbox rows copy a real
# production.created (payload and traceparent: the real row's size; new event ids and keys). The inbox ids are
# crew's, read from a topic the broker does not have (bobine.budget.v1.retention-filler, 3 partitions), so that the
# watermarks the purge writes for them can never skip a live record.
# The unique indexes on random UUIDs (outbox_event.id, processed_event's primary key) are dropped for the fill and
# built again after it: one sort instead of 10 million random inserts into an index larger than shared_buffers.
fill_outbox() {
  local t0=$(now_ms) k lo hi ti
  pg -d budget$suffix -c 'alter table outbox_event drop constraint outbox_event_id_key'
  for ((k = 0; k < rows; k += fill_chunk)); do
    lo=$((k + 1)) hi=$(( k + fill_chunk < rows ? k + fill_chunk : rows ))
    pg -d budget$suffix -c "
      insert into outbox_event (id, topic, event_key, event_type, payload, traceparent, created_at, published_at, attempts)
      select gen_random_uuid(), o.topic, gen_random_uuid()::text, o.event_type, o.payload, o.traceparent, w.at,
             w.at + interval '15 milliseconds', 1
      from outbox_event o,
           (select now() - interval '30 days' + g * ((interval '30 days' - interval '1 hour') / $rows) as at
            from generate_series($lo, $hi) g) w
      where o.id = '$template'"
  done
  ti=$(now_ms)
  pg -d budget$suffix -c "set maintenance_work_mem = '512MB'" \
    -c 'alter table outbox_event add constraint outbox_event_id_key unique (id)'
  local tx=$(now_ms)
  pg -d budget$suffix -c 'vacuum analyze outbox_event'
  echo "$(( ti - t0 ))|$(( tx - ti ))|$(( $(now_ms) - tx ))" >"$out/retention-fill-outbox-$stamp.txt"
}
fill_inbox() {
  local t0=$(now_ms) k lo hi ti
  pg -d crew$suffix -c 'alter table processed_event drop constraint processed_event_pkey'
  for ((k = 0; k < rows; k += fill_chunk)); do
    lo=$((k + 1)) hi=$(( k + fill_chunk < rows ? k + fill_chunk : rows ))
    pg -d crew$suffix -c "
      insert into processed_event (consumer, event_id, event_type, processed_at, topic, kafka_partition, kafka_offset)
      select '$consumer', gen_random_uuid()::text, 'production.created',
             now() - interval '30 days' + g * ((interval '30 days' - interval '1 hour') / $rows),
             'bobine.budget.v1.retention-filler', g % 3, g / 3
      from generate_series($lo, $hi) g"
  done
  ti=$(now_ms)
  pg -d crew$suffix -c "set maintenance_work_mem = '512MB'" \
    -c 'alter table processed_event add constraint processed_event_pkey primary key (consumer, event_id)'
  local tx=$(now_ms)
  pg -d crew$suffix -c 'vacuum analyze processed_event'
  echo "$(( ti - t0 ))|$(( tx - ti ))|$(( $(now_ms) - tx ))" >"$out/retention-fill-inbox-$stamp.txt"
}
note "filling budget's outbox and crew's inbox with $rows rows each, side by side"
la_fill=$(loadavg)
t_fill=$(now_ms)
fill_outbox & fill_o=$!
fill_inbox & fill_i=$!
wait $fill_o
wait $fill_i
fill_ms=$(( $(now_ms) - t_fill ))
IFS='|' read -r o_ins o_idx o_vac <"$out/retention-fill-outbox-$stamp.txt"
IFS='|' read -r i_ins i_idx i_vac <"$out/retention-fill-inbox-$stamp.txt"
size() {  # size DB TABLE: total, heap and indexes of a table
  q "$1" "select pg_size_pretty(pg_total_relation_size('$2')) || ' (heap ' || pg_size_pretty(pg_relation_size('$2'))
    || ', indexes ' || pg_size_pretty(pg_indexes_size('$2')) || ')'"
}
log "## The fill: $rows published outbox rows in budget, $rows inbox ids in crew (services stopped; both tables filled side by side)"
log "load average before the fill: $la_fill; after: $(loadavg)"
log "outbox_event (a copy of a real production.created: payload $payload_bytes): inserts $(( o_ins / 1000 )) s ($(( rows * 1000 / o_ins )) rows/s, chunks of $fill_chunk), unique index on id built in $(( o_idx / 1000 )) s, VACUUM ANALYZE $(( o_vac / 1000 )) s"
log "processed_event (consumer $consumer): inserts $(( i_ins / 1000 )) s ($(( rows * 1000 / i_ins )) rows/s), primary key built in $(( i_idx / 1000 )) s, VACUUM ANALYZE $(( i_vac / 1000 )) s"
log "wall clock of the whole fill: $(( fill_ms / 1000 )) s"
log "sizes (pg_total_relation_size): budget outbox_event $(size budget$suffix outbox_event); crew processed_event $(size crew$suffix processed_event)"
log

# The plans with 10 million rows, as the services run them: prepared, and planned generically (pgjdbc prepares a
# statement on the server from its fifth execution; PostgreSQL may then keep a generic plan, made without the
# parameters' values); the writes rolled back.
note "plans of the relay's claim, the inbox insert and the purge's deletes"
explain() {  # explain DB TITLE SQL...: EXPLAIN (ANALYZE, BUFFERS) in a rolled-back transaction, into the results
  local db=$1 title=$2; shift 2
  log "$title:"
  log '```'
  pg -At -d "$db" -c "set plan_cache_mode = force_generic_plan" -c begin "$@" -c rollback 2>&1 \
    | grep -v '^\(SET\|BEGIN\|ROLLBACK\|PREPARE\)$' | sed 's/^/    /' | tee -a "$results" || true
  log '```'
}
log "## Plans with $rows rows (EXPLAIN (ANALYZE, BUFFERS) of the statements as prepared by the services, generic plan, rolled back)"
explain budget$suffix "the relay's claim (OutboxRelay, a batch of 200)" \
  -c "prepare claim(uuid[], int) as select id, topic, event_key, payload, event_type, traceparent, created_at from outbox_event
      where published_at is null and id <> all(\$1) order by seq limit \$2 for update skip locked" \
  -c "explain (analyze, buffers, costs off) execute claim('{}', 200)"
explain budget$suffix "the relay's backlog gauge" \
  -c "prepare backlog as select count(*), coalesce(extract(epoch from now() - min(created_at)), 0) from outbox_event where published_at is null" \
  -c "explain (analyze, buffers, costs off) execute backlog"
explain budget$suffix "one chunk of the outbox purge (EventRetention, 10 000 rows published more than 7 days ago)" \
  -c "prepare purge(timestamptz, int) as delete from outbox_event where seq = any(array(
        select seq from outbox_event where published_at < \$1 order by published_at limit \$2))" \
  -c "explain (analyze, buffers, costs off) execute purge(now() - interval '7 days', 10000)"
explain crew$suffix "the inbox insert (Inbox.recordFirstSight)" \
  -c "prepare first_sight(text, text, text, text, int, bigint) as
      insert into processed_event (consumer, event_id, event_type, topic, kafka_partition, kafka_offset)
      select \$1, \$2, \$3, \$4, \$5, \$6 where not exists (
        select 1 from inbox_watermark w where w.consumer = \$1 and w.topic = \$4 and w.kafka_partition = \$5
          and w.purged_to_offset >= \$6)
      on conflict do nothing" \
  -c "explain (analyze, buffers, costs off) execute first_sight('$consumer', gen_random_uuid()::text, 'production.created', 'bobine.budget.v1', 0, 1000000)"
explain crew$suffix "one chunk of the inbox purge (EventRetention, 10 000 ids older than 7 days, with the watermarks)" \
  -c "prepare purge(timestamptz, int) as
      with purged as (
        delete from processed_event where ctid in (
          select ctid from processed_event where processed_at < \$1 order by processed_at limit \$2)
        returning consumer, topic, kafka_partition, kafka_offset),
      marks as (
        insert into inbox_watermark (consumer, topic, kafka_partition, purged_to_offset)
        select consumer, topic, kafka_partition, max(kafka_offset) from purged
        where topic is not null and kafka_partition is not null and kafka_offset is not null
        group by consumer, topic, kafka_partition
        on conflict (consumer, topic, kafka_partition) do update
          set purged_to_offset = greatest(inbox_watermark.purged_to_offset, excluded.purged_to_offset),
              purged_at = now())
      select count(*) from purged" \
  -c "explain (analyze, buffers, costs off) execute purge(now() - interval '7 days', 10000)"
log

# --- 3. the same run with 10 million rows -------------------------------------------------------------------------
note "starting the services again, the tables full"
phase=full
start_all BOBINE_RETENTION_DELAY=24h
measure full "With $rows published outbox rows and $rows inbox ids"
stop_all

# --- 4. the same run while the purge runs ---------------------------------------------------------------------------
# Both services purge 30 s after their start (one pass: every 24 h), outbox and inbox at 7 days, by chunks of
# bobine.retention.chunk (10 000) rows, each chunk its own transaction.
note "starting the services with the purge due 30 s after start"
phase=purge
start_all BOBINE_RETENTION_DELAY=30s BOBINE_RETENTION_EVERY=24h BOBINE_OUTBOX_RETENTION=P7D BOBINE_INBOX_RETENTION=P7D
purging() {  # true while a purge statement runs in either database
  [ "$(q postgres "select count(*) from pg_stat_activity where datname in ('budget$suffix', 'crew$suffix')
    and pid <> pg_backend_pid() and state <> 'idle' and (query like '%delete from outbox_event where seq in%'
                             or query like '%delete from processed_event where ctid in%')")" != 0 ]
}
retention_line() {  # retention_line SERVICE: the service's "Retention: ..." log line (a JSON object), if written
  grep -h 'Retention: [0-9]* published outbox rows' "$out/$1-retention-purge-$stamp.log" | tail -1 || true
}
# The purge's progress: rows deleted so far in each table (pg_stat_user_tables.n_tup_del) every 5 s.
(
  for i in $(seq 1 200); do
    echo "$(date +%s) $(q budget$suffix "select n_tup_del from pg_stat_user_tables where relname = 'outbox_event'") $(
      q crew$suffix "select n_tup_del from pg_stat_user_tables where relname = 'processed_event'")"
    sleep 5
  done
) >"$out/retention-progress-$stamp.txt" 2>/dev/null &
sampler=$!
for i in $(seq 1 900); do
  purging && break
  [ -n "$(retention_line budget)$(retention_line crew)" ] && break
  sleep 0.1
done
t_purge_seen=$(date -u +%T)
note "purge under way (seen at $t_purge_seen)"
measure purge "While the purge runs (seen running at $t_purge_seen UTC; the run's warm-up started then)"
note "waiting for both purges to end (15 minutes at most)"
for i in $(seq 1 900); do
  [ -n "$(retention_line budget)" ] && [ -n "$(retention_line crew)" ] && break
  sleep 1
done
log "## The purge (EventRetention, outbox and inbox retention 7 days, chunks of 10 000 rows, each its own transaction)"
for s in "${services[@]}"; do
  line=$(retention_line $s)
  if [ -z "$line" ]; then log "$s: no Retention line in $out/$s-retention-purge-$stamp.log after 15 minutes"; continue; fi
  at=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["timestamp"])' "$line" 2>/dev/null || echo "${line%% *}")
  python3 - "$s" "$line" "$(date -u -d "$at" +%s.%3N)" "${window[purge]}" <<'PY' | tee -a "$results"
import re, sys
from datetime import datetime, timezone
service, line, end, window = sys.argv[1:]
outbox, inbox, ms = re.search(r"Retention: (\d+) published outbox rows and (\d+) inbox ids deleted in (\d+) ms", line).groups()
end = float(end)
start = end - int(ms) / 1000
deleted = int(outbox) + int(inbox)
w0, w1 = (float(t) for t in window.split("|"))
overlap = max(0, min(end, w1) - max(start, w0))
hms = lambda t: datetime.fromtimestamp(t, timezone.utc).strftime("%H:%M:%S")
print(f"{service}: {outbox} outbox rows and {inbox} inbox ids deleted in {int(ms) / 1000:.1f} s = {deleted / (int(ms) / 1000):,.0f} rows/s "
      f"(from {hms(start)} to {hms(end)} UTC; {overlap:.0f} s of the {w1 - w0:.0f} s measured run inside it)")
PY
done
kill "$sampler" 2>/dev/null || true
sampler=
python3 - "$out/retention-progress-$stamp.txt" <<'PY' | tee -a "$results"
import sys
rows = [tuple(map(int, l.split())) for l in open(sys.argv[1]) if len(l.split()) == 3]
for name, col in (("outbox (budget)", 1), ("inbox (crew)", 2)):
    rates = []
    for (t0, *a), (t1, *b) in zip(rows[::6], rows[6::6]):
        rates.append((b[col - 1] - a[col - 1]) / (t1 - t0))
    while rates and rates[-1] == 0:
        rates.pop()
    print(f"{name} deletion rate by 30-second interval from the services' start (rows/s, pg_stat_user_tables.n_tup_del): "
          + ", ".join(f"{r:,.0f}" for r in rates))
PY
log "crew's watermarks after the purge: $(q crew$suffix "select coalesce(string_agg(topic || '/' || kafka_partition || ' <= ' || purged_to_offset, ', ' order by topic, kafka_partition), 'none') from inbox_watermark")"
log "sizes after the purge (PostgreSQL keeps the space for new rows; no VACUUM FULL): budget outbox_event $(size budget$suffix outbox_event); crew processed_event $(size crew$suffix processed_event)"
log

log "## Summary: event latencies at $rate/s (ms)"
log "| run | events/s | relay p50 | relay p90 | relay p99 | relay max | applied in crew p50 | p90 | p99 | max |"
log "|---|---|---|---|---|---|---|---|---|---|"
while IFS='|' read -r label eps r50 r90 r99 rmax c50 c90 c99 cmax; do
  log "| $label | $eps | $r50 | $r90 | $r99 | $rmax | $c50 | $c90 | $c99 | $cmax |"
done <"$summary"
log
log "load average at the end: $(loadavg); the whole run took $(( ($(now_ms) - t_run) / 1000 )) s"
# 13 GB of tables whose 7.7 million dead rows autovacuum would go on vacuuming for minutes on a shared machine.
if [ "${BENCH_KEEP_DATABASES:-}" != 1 ]; then
  stop_all
  for s in "${services[@]}"; do dropdb $s$suffix >/dev/null; done
  note "databases ${services[*]/%/$suffix} dropped (BENCH_KEEP_DATABASES=1 keeps them)"
fi
note "results in $results"
