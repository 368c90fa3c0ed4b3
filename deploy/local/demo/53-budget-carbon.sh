#!/usr/bin/env bash
# budget-service demo: the carbon footprint (bilan carbone) of "La Nuit du Phare". The production manager enters the
# forecast activity data of the shoot in Brittany (trains, hotel nights linked to the lodging account, meals linked
# to the catering account, the generator's diesel, studio electricity) and, for the final statement, the fuel
# tickets and the trains actually taken; the rest comes from the locked devis (forecast) and the actual costs of
# 11-budget-costs.sh (final) through the devis-account mapping. Prints both statements per category and downloads
# the forecast CSV to file. Safe to run twice: nothing is entered when the production already has activity data.
set -euo pipefail
# shellcheck source=lib.sh
source "$ROOT/deploy/local/demo/lib.sh"
P="$BUDGET_URL/productions/$PRODUCTION_ID"

py() { python3 -c "$1"; }

count=$(api GET "$P/carbon/activity-lines" | py 'import json,sys; print(len(json.load(sys.stdin)["items"]))')
if [ "$count" != "0" ]; then
  echo "demo carbon: $count activity line(s) already entered"
else
  # basis|activity|quantity|devis account covered (optional)|description
  while IFS='|' read -r basis activity quantity account description; do
    [ -z "$basis" ] && continue
    body=$(BASIS="$basis" ACT="$activity" QTY="$quantity" ACC="$account" DESC="$description" py '
import json, os
b = {"basis": os.environ["BASIS"], "activityCode": os.environ["ACT"], "quantity": os.environ["QTY"],
     "description": os.environ["DESC"]}
if os.environ["ACC"]: b["accountCode"] = os.environ["ACC"]
print(json.dumps(b))')
    api POST "$P/carbon/activity-lines" "$body" \
      -H "Idempotency-Key: demo-carbon-$PRODUCTION_ID-$basis-$activity-$quantity" >/dev/null
  done <<'LINES'
FORECAST|TRAIN_HIGH_SPEED|34800||Paris - Brest by TGV, 30 crew and cast x 2 x 580 km
FORECAST|CAR_THERMAL|6200||Location scouting and unit cars in Finistère
FORECAST|HOTEL_NIGHT|1140|64|30 people x 38 nights in Le Conquet
FORECAST|MEAL_AVERAGE|2300|65|Catering, 40 shooting days
FORECAST|MEAL_VEGETARIAN|1100|65|Catering, vegetarian option
FORECAST|DIESEL|2400|75|Generator, night shoots at the lighthouse
FORECAST|ELECTRICITY_FR|18500||Studio days, grid connection
FINAL|TRAIN_HIGH_SPEED|32480||Trains actually taken (travel agency statement)
FINAL|DIESEL|2650|75|Fuel tickets, generator
LINES
  echo "demo carbon: activity data entered"
fi

for basis in forecast final; do
  api GET "$P/carbon/$basis" | py '
import json, sys
s = json.load(sys.stdin)
name = "forecast (bilan prévisionnel)" if s["basis"] == "FORECAST" else "final (bilan définitif)"
print("carbon %s against devis V%s, factors of %s: %s t CO2e" % (name, s["versionNumber"], s["factorsOn"], s["totalTonnesCo2e"]))
for c in s["categories"]:
    print("  %-32s %12s kg" % (c["labelFr"], c["kgCo2e"]))
for w in s["warnings"]:
    print("  warning %s: %s" % (w["code"], w["message"]))'
done
curl -sf -H "Authorization: Bearer $TOKEN" -D - -o /dev/null "$P/carbon/export.csv?basis=FORECAST&lang=fr" \
  | grep -i '^content-disposition'
