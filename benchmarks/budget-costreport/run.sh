#!/usr/bin/env bash
# The cost report of a big production (GET /productions/{p}/cost-report, JSON and XLSX) against budget-service started
# here from its built jar on a scratch database: a locked version of 3 000 lines and 200 000 cost entries. Loopback
# only; a bounded number of requests.
#
#   benchmarks/budget-costreport/run.sh [LINES] [ENTRIES] [RUNS]   (defaults: 3000 lines, 200000 entries, 30 timed runs
#                                                                   of each form after 5 warm-up runs)
#
# Needs: the local stack (deploy/local/stack.sh start) and a built jar (./mvnw -pl budget-service package -DskipTests).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
lines=${1:-3000}
entries=${2:-200000}
runs=${3:-30}
port=${BENCH_PORT:-18997}
db=budget_bench_costreport
export PGPASSWORD=${BOBINE_DB_PASSWORD:-bobine}
pg() { psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "${BOBINE_DB_USER:-bobine}" "$@"; }

pg -d postgres -c "drop database if exists $db with (force)" -c "create database $db" >/dev/null
# Production mode refuses the development secrets: the machine's own (JWT key pair, personal-data key).
source "$root/deploy/local/keys.sh"
BOBINE_DB_NAME=$db BOBINE_HTTP_PORT=$port BOBINE_MANAGEMENT_PORT=$((port + 1000)) \
  java -jar "$root/budget-service/target/quarkus-app/quarkus-run.jar" > "$root/budget-service/target/bench-costreport.log" 2>&1 &
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

production=$(call -X POST "$base/productions" -d '{"title": "Banc d essai des coûts", "kind": "FEATURE_FILM",
  "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"}}' | field '["id"]')
budget=$(call -X POST "$base/productions/$production/budgets" \
  -d '{"templateCode": "CNC-CINEMA", "title": "Devis 3000 lignes", "ratesOn": "2027-01-15"}')
budget_id=$(echo "$budget" | field '["id"]')
version_id=$(echo "$budget" | field '["versions"][0]["id"]')
V="$base/productions/$production/budgets/$budget_id/versions/$version_id"
call -X POST "$V/lines" \
  -d '{"accountCode": "2201", "quantity": "8", "unit": "semaine", "rate": "2587.53", "currency": "EUR"}' >/dev/null
# the other lines in one statement, as in benchmarks/budget-devis (every sub-account and line of the template, a tenth
# in GBP spent abroad, social charges by the account's category)
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
call -X POST "$V/approval" >/dev/null
supplier=$(call -X POST "$base/suppliers" -d '{"name": "Loueur du banc", "siret": "73282932000074"}' | field '["id"]')

# The books, in the proportions of a feature shoot (of ENTRIES cost entries): one order line in 25 entries
# (orders of one or two lines), invoices 25 % of the entries (each matched on an order line, one to six invoices per
# order line), crew 73 % (a contract commitment per 20 approved weeks), rights and distribution 2 %. Dated over
# 2027-01-04 .. 2027-09-30.
pg -d $db <<SQL >/dev/null
create temp table l as select row_number() over (order by position) - 1 as n, lineage from budget_line
  where version_id = '$version_id';
create temp table nl as select count(*) c from l;
create temp table p as select (($entries) / 25) as orders;
insert into purchase_order (id, production_id, supplier_id, budget_version_id, number, description, quote_ref, order_date,
                            payment_terms_days, currency, net_amount, received_amount, overrun, created_at)
select md5('po' || g)::uuid, '$production', '$supplier', '$version_id', 'BC-' || g, 'Commande ' || g, 'DV-' || g,
       date '2027-01-04' + (g % 260), 30, 'EUR', 250 + (g % 97) * 10, 250 + (g % 97) * 10, false, now()
from generate_series(1, (select orders from p)) g;
insert into purchase_order_line (id, order_id, position, budget_line_id, lineage, amount)
select md5('pol' || g)::uuid, md5('po' || g)::uuid, 1, bl.id, bl.lineage, 250 + (g % 97) * 10
from generate_series(1, (select orders from p)) g
join l on l.n = (g * 7) % (select c from nl)
join budget_line bl on bl.lineage = l.lineage and bl.version_id = '$version_id';
-- invoices: 25 % of the entries, each an actual of 40.00 net on its order line (about six per line of 250.00 or more)
insert into invoice (id, production_id, order_id, supplier_id, number, invoice_date, due_date, currency, net_amount,
                     vat_amount, gross_amount, status, created_at)
select md5('inv' || g)::uuid, '$production', md5('po' || (g % (select orders from p) + 1))::uuid, '$supplier', 'FA-' || g,
       date '2027-01-10' + (g % 260), date '2027-02-10' + (g % 260), 'EUR', 40, 8, 48, 'MATCHED', now()
from generate_series(1, ($entries) / 4) g;
insert into cost_entry (id, production_id, lineage, kind, source, source_ref, order_line_id, amount, booked_on, label,
                        created_at)
select gen_random_uuid(), '$production', pol.lineage, 'ACTUAL', 'INVOICE', 'FA-' || g, pol.id, 40,
       date '2027-01-10' + (g % 260), 'facture FA-' || g, now()
from generate_series(1, ($entries) / 4) g
join purchase_order_line pol on pol.id = md5('pol' || (g % (select orders from p) + 1))::uuid;
-- crew: a contract commitment then approved weeks, on lines of chapters 2 and 3 (and any line when short of them)
insert into cost_entry (id, production_id, lineage, kind, source, source_ref, order_line_id, amount, booked_on, label,
                        created_at)
select gen_random_uuid(), '$production', l.lineage, case when g % 21 = 0 then 'COMMITMENT' else 'ACTUAL' end, 'CREW',
       'crew-' || g, null, case when g % 21 = 0 then 600 else 25.37 end, date '2027-01-04' + (g % 260),
       'relevé ' || g, now()
from generate_series(1, ($entries) * 73 / 100) g join l on l.n = (g * 13) % (select c from nl);
insert into cost_entry (id, production_id, lineage, kind, source, source_ref, order_line_id, amount, booked_on, label,
                        created_at)
select gen_random_uuid(), '$production', l.lineage, case when g % 2 = 0 then 'COMMITMENT' else 'ACTUAL' end,
       case when g % 2 = 0 then 'RIGHTS' else 'DISTRIBUTION' end, 'other-' || g, null, 150.00,
       date '2027-01-04' + (g % 260), 'droits ou festival ' || g, now()
from generate_series(1, ($entries) - ($entries) / 4 - ($entries) * 73 / 100) g join l on l.n = (g * 31) % (select c from nl);
analyze purchase_order; analyze purchase_order_line; analyze invoice; analyze cost_entry;
SQL
counts=$(pg -d $db -At -c "select (select count(*) from budget_line where version_id = '$version_id'),
  (select count(*) from cost_entry), (select count(*) from purchase_order_line), (select count(*) from invoice)")
echo "loaded: $counts (lines | cost entries | order lines | invoices)"

url="$base/productions/$production/cost-report"
xlsx='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
summary=$(call "$url" | python3 -c 'import json,sys; d=json.load(sys.stdin); t=d["total"]; print(len(d["lines"]), t["budget"]["amount"], t["actual"]["amount"], t["committed"]["amount"], t["estimatedFinalCost"]["amount"])')
echo "report: $summary (lines, budget, actual, committed, EFC)"
measure() {  # measure NAME CURL_ARGS...
  local name=$1; shift
  for _ in $(seq 1 5); do call -o /dev/null "$@" "$url"; done
  local times bytes
  times=$(for _ in $(seq 1 "$runs"); do call -o /dev/null -w '%{time_total}\n' "$@" "$url"; done)
  bytes=$(call "$@" "$url" | wc -c)
  echo "$times" | python3 -c '
import sys, statistics
name, size = sys.argv[1], sys.argv[2]
t = sorted(float(x) * 1000 for x in sys.stdin.read().split())
p = lambda q: t[min(len(t) - 1, int(round(q * (len(t) - 1))))]
print(f"{name}: {len(t)} runs  median {statistics.median(t):.1f} ms  p95 {p(0.95):.1f} ms  max {t[-1]:.1f} ms  min {t[0]:.1f} ms  {size} bytes")' "$name" "$bytes"
}
measure json
measure xlsx -H "Accept: $xlsx"
measure json-asof -G --data-urlencode asOf=2027-06-30
echo "machine: $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg)"
