#!/usr/bin/env bash
# Pay period of 300 people with 6 weeks of daily timesheets: time to compute and export the payroll inputs, against
# crew-service started here from its built jar on a scratch database and scratch topics. Loopback only.
#
#   benchmarks/crew-payroll/run.sh [PEOPLE] [READS]     (defaults: 300 people, 5 timed reads of each export)
#
# Loads through the API (people, contracts, signatures, 6 weekly timesheets each, approvals), then times
# GET .../payroll-periods/{2027-03,2027-04}/inputs and inputs.csv (the 6 weeks start in March and April), and closing.
# Needs: the local stack (deploy/local/stack.sh start) and a built jar (./mvnw -pl crew-service install -DskipTests).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
people=${1:-300}
reads=${2:-5}
port=18996
db=crew_bench
export PGPASSWORD=${BOBINE_DB_PASSWORD:-bobine}
pg() { psql -q -h 127.0.0.1 -U "${BOBINE_DB_USER:-bobine}" "$@"; }

pg -d postgres -c "drop database if exists $db with (force)" -c "create database $db" >/dev/null
# Production mode refuses the development secrets: the machine's own (JWT key pair, personal-data key).
source "$root/deploy/local/keys.sh"
BOBINE_DB_NAME=$db BOBINE_HTTP_PORT=$port BOBINE_MANAGEMENT_PORT=$((port + 1000)) \
  BOBINE_TOPIC_SUFFIX=".bench-$(date +%s)" \
  java -jar "$root/crew-service/target/quarkus-app/quarkus-run.jar" > "$root/crew-service/target/bench-payroll.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do
  curl -sf "http://127.0.0.1:$((port + 1000))/q/health/live" >/dev/null 2>&1 && break
  sleep 1
done
production=$(python3 -c 'import uuid; print(uuid.uuid4())')
# The production copy is normally fed by budget-service's events; the benchmark writes it directly.
pg -d $db -c "insert into production (id, title, kind, status, delegated_producer_name, delegated_producer_siret,
  source_version, source_updated_at) values ('$production', 'Banc de paie', 'FEATURE_FILM', 'SHOOTING',
  'Les Films du Quai', '73282932000074', 0, now())" >/dev/null
token=$("$root/deploy/local/token.sh" --user bench@bobine.local --all)

BASE="http://127.0.0.1:$port" TOKEN="$token" PRODUCTION="$production" PEOPLE="$people" READS="$reads" python3 - <<'PY'
import json, os, random, time, urllib.request
from concurrent.futures import ThreadPoolExecutor

base, token, production = os.environ["BASE"], os.environ["TOKEN"], os.environ["PRODUCTION"]
people, reads = int(os.environ["PEOPLE"]), int(os.environ["READS"])

def call(method, path, body=None, raw=False):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        data = r.read()
        return data if raw else json.loads(data)

def nir(i):
    first13 = "1850375%03d%03d" % (100 + i // 1000, i % 1000)
    return first13 + "%02d" % (97 - int(first13) % 97)

positions = [("3097-CHEF-ELEC", "1450.00"), ("3097-1ER-ASS-OP", "1400.00"), ("3097-REGISSEUR-GEN", "1400.00"),
             ("3097-DIR-PHOTO", "2800.00"), ("3097-SECR-PROD", "950.00")]
weeks = ["2027-03-03", "2027-03-10", "2027-03-17", "2027-03-24", "2027-03-31", "2027-04-07"]

def load(i):
    person = call("POST", "/people", {"lastName": "Technicien%03d" % i, "firstNames": "Bench", "sex": "MALE",
        "kind": "TECHNICIAN", "nir": nir(i), "birthDate": "1985-03-14", "birthPlace": "Paris", "birthDepartement": "75",
        "address": {"street": "1 rue du Banc", "postcode": "75010", "town": "Paris", "country": "FR"},
        "iban": "FR7630006000011234567890189"})["id"]
    code, rate = positions[i % len(positions)]
    contract = call("POST", "/productions/%s/contracts" % production, {"personId": person, "positionCode": code,
        "engagement": "WEEKLY", "weeklyHours": 39, "startDate": "2027-03-01", "firstHour": "08:00", "endDate": "2027-04-18",
        "rate": {"amount": rate, "currency": "EUR"}, "location": "OUTSIDE_PARIS_REGION", "budgetLineCode": "22-%03d" % (i % 40),
        "allowances": [{"kind": "MEAL", "amount": {"amount": "18.19", "currency": "EUR"}, "basis": "PER_WORKED_DAY"}]})["id"]
    call("POST", "/productions/%s/contracts/%s/signature" % (production, contract))
    rnd = random.Random(i)
    for w in weeks:
        y, m, d = map(int, w.split("-"))
        import datetime
        start = datetime.date(y, m, d)
        days = []
        for k in range(6 if i % 3 == 0 else 5):
            day = start + datetime.timedelta(days=k)
            begin = rnd.choice([7, 8, 9, 10, 11])
            length = rnd.choice([9, 10, 11, 12])
            days.append({"date": day.isoformat(), "start": "%sT%02d:00:00" % (day, begin),
                         "end": "%sT%02d:00:00" % (day, begin + length), "mealBreakMinutes": 60})
        sheet = call("POST", "/productions/%s/contracts/%s/timesheets" % (production, contract), {"weekStart": w, "days": days})["id"]
        call("POST", "/productions/%s/contracts/%s/timesheets/%s/approval" % (production, contract, sheet))

t0 = time.time()
with ThreadPoolExecutor(max_workers=4) as pool:
    list(pool.map(load, range(people)))
print("loaded %d people, %d contracts, %d approved weeks in %.1f s" % (people, people, people * len(weeks), time.time() - t0))

def timed(fn):
    samples = []
    for _ in range(reads):
        t = time.time(); out = fn(); samples.append(time.time() - t)
    samples.sort()
    return out, samples[len(samples) // 2], samples[-1]

def both_periods_json():
    return [call("GET", "/productions/%s/payroll-periods/%s/inputs" % (production, p)) for p in ("2027-03", "2027-04")]

def both_periods_csv():
    return [call("GET", "/productions/%s/payroll-periods/%s/inputs.csv" % (production, p), raw=True) for p in ("2027-03", "2027-04")]

call("GET", "/productions/%s/payroll-periods/2027-03/inputs" % production)
inputs, json_median, json_max = timed(both_periods_json)
csv, csv_median, csv_max = timed(both_periods_csv)
lines = sum(len(p["lines"]) for p in inputs)
total = sum(float(p["total"]["amount"]) for p in inputs)
print("6 weeks = 2 pay periods: %d payroll lines, gross + allowances %.2f EUR, CSV %d bytes" % (lines, total, sum(len(c) for c in csv)))
print("compute + JSON export of both periods: median %.2f s, max %.2f s (%d reads)" % (json_median, json_max, reads))
print("compute + CSV export of both periods:  median %.2f s, max %.2f s (%d reads)" % (csv_median, csv_max, reads))
t = time.time()
for p in ("2027-03", "2027-04"):
    call("POST", "/productions/%s/payroll-periods/%s/closing" % (production, p))
print("closing (freezing) both periods: %.2f s" % (time.time() - t))
_, frozen_median, _ = timed(both_periods_csv)
print("CSV export of both closed periods: median %.2f s" % frozen_median)
PY
