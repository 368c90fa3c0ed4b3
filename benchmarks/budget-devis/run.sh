#!/usr/bin/env bash
# Full read of a 3 000-line budget version with every total (GET .../versions/{id}), against budget-service
# started here from its built jar on a scratch database. Loopback only; a bounded number of requests.
#
#   benchmarks/budget-devis/run.sh [LINES] [READS]      (defaults: 3000 lines, 50 timed reads after 10 warm-up reads)
#
# Needs: the local stack (deploy/local/stack.sh start) and a built jar (./mvnw -pl budget-service install -DskipTests).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
lines=${1:-3000}
reads=${2:-50}
port=18995
db=budget_bench
export PGPASSWORD=${BOBINE_DB_PASSWORD:-bobine}
pg() { psql -q -h 127.0.0.1 -U "${BOBINE_DB_USER:-bobine}" "$@"; }

pg -d postgres -c "drop database if exists $db with (force)" -c "create database $db" >/dev/null
# Production mode refuses the development secrets: the machine's own (JWT key pair, personal-data key).
source "$root/deploy/local/keys.sh"
BOBINE_DB_NAME=$db BOBINE_HTTP_PORT=$port BOBINE_MANAGEMENT_PORT=$((port + 1000)) \
  java -jar "$root/budget-service/target/quarkus-app/quarkus-run.jar" > "$root/budget-service/target/bench-devis.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do
  curl -sf "http://127.0.0.1:$((port + 1000))/q/health/live" >/dev/null 2>&1 && break
  sleep 1
done
token=$("$root/deploy/local/token.sh" --user bench@bobine.local --all)
base=http://127.0.0.1:$port
call() { curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
field() { python3 -c 'import json,sys; d=json.load(sys.stdin); print(eval("d"+sys.argv[1]))' "$1"; }

production=$(call -X POST "$base/productions" -d '{"title": "Banc d essai", "kind": "FEATURE_FILM",
  "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"}}' | field '["id"]')
budget=$(call -X POST "$base/productions/$production/budgets" \
  -d '{"templateCode": "CNC-CINEMA", "title": "Devis 3000 lignes", "ratesOn": "2027-01-15"}')
budget_id=$(echo "$budget" | field '["id"]')
version_id=$(echo "$budget" | field '["versions"][0]["id"]')
# One line through the API (so the path is the real one), the rest in one statement: spread over every sub-account
# and line of the template, a tenth of them in GBP spent abroad, fringe category from the account.
call -X POST "$base/productions/$production/budgets/$budget_id/versions/$version_id/lines" \
  -d '{"accountCode": "2201", "quantity": "8", "unit": "semaine", "rate": "2587.53", "currency": "EUR"}' >/dev/null
pg -d $db -c "
  with accounts as (
    select code, coalesce(fringe_category, 'NONE') as fringe, row_number() over (order by position) - 1 as n,
           count(*) over () as total
    from template_account where template_code = 'CNC-CINEMA' and level > 1)
  insert into budget_line (id, version_id, lineage, account_code, label, quantity, unit, rate, currency, exchange_rate,
                           spent_in_france, fringe_category, note, position)
  select id, '$version_id', id, a.code, 'Ligne ' || g, (g % 40 + 1) * 0.25, 'jour', 100 + (g * 37 % 250000) / 100.0,
         case when g % 10 = 0 then 'GBP' else 'EUR' end, case when g % 10 = 0 then 1.1765321 else 1 end,
         g % 10 <> 0, a.fringe, null, g + 1
  from (select gen_random_uuid() as id, g from generate_series(1, $lines - 1) g) s
  join accounts a on a.n = s.g % a.total" >/dev/null

url="$base/productions/$production/budgets/$budget_id/versions/$version_id"
summary=$(call "$url" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["lines"]), d["total"]["amount"], len(d["chapters"]), len(d["accounts"]))')
echo "version: $summary (lines, total, chapters, accounts)"
for _ in $(seq 1 10); do call -o /dev/null "$url"; done
times=$(for _ in $(seq 1 "$reads"); do call -o /dev/null -w '%{time_total}\n' "$url"; done)
bytes=$(call "$url" | wc -c)
echo "$times" | python3 -c '
import sys, statistics
t = sorted(float(x) * 1000 for x in sys.stdin.read().split())
p = lambda q: t[min(len(t) - 1, int(round(q * (len(t) - 1))))]
print(f"reads: {len(t)}  median {statistics.median(t):.1f} ms  p90 {p(0.9):.1f} ms  max {t[-1]:.1f} ms  min {t[0]:.1f} ms")'
echo "response: $bytes bytes"
echo "machine: $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg)"
