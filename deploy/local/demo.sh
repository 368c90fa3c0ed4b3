#!/usr/bin/env bash
# Loads the demo production into running services (see ./bobine run): creates "La Nuit du Phare" in
# budget-service unless it exists, waits for the other services to receive it through Kafka, then runs every
# deploy/local/demo/NN-*.sh in order. Safe to run twice.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export ROOT=$(cd "$here/../.." && pwd)
export BUDGET_URL=${BUDGET_URL:-http://localhost:8081}
export CREW_URL=${CREW_URL:-http://localhost:8082}
export RIGHTS_URL=${RIGHTS_URL:-http://localhost:8083}
export DISTRIBUTION_URL=${DISTRIBUTION_URL:-http://localhost:8084}
export TOKEN=${TOKEN:-$("$here/token.sh" --user demo@bobine.local --all)}
# shellcheck source=demo/lib.sh
source "$here/demo/lib.sh"

existing=$(api GET "$BUDGET_URL/productions?size=200" | python3 -c '
import json,sys
items=[p for p in json.load(sys.stdin)["items"] if p["title"]=="La Nuit du Phare"]
print(items[-1]["id"] if items else "")')
if [ -z "$existing" ]; then
  PRODUCTION_ID=$(api POST "$BUDGET_URL/productions" '{
    "title": "La Nuit du Phare", "originalTitle": "The Lighthouse Night", "kind": "FEATURE_FILM",
    "status": "PRE_PRODUCTION", "genre": "drama", "originalLanguages": ["fr", "br"],
    "format": {"runtimeMinutes": 105},
    "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"},
    "plannedShootingStart": "2027-03-01", "plannedShootingEnd": "2027-04-23",
    "estimatedBudget": {"amount": "3450000.00", "currency": "EUR"}}' | json_field id)
  echo "demo: created production La Nuit du Phare ($PRODUCTION_ID)"
else
  PRODUCTION_ID=$existing
  echo "demo: production La Nuit du Phare already there ($PRODUCTION_ID)"
fi
export PRODUCTION_ID
for url in "$CREW_URL" "$RIGHTS_URL" "$DISTRIBUTION_URL"; do
  wait_for_production "$url"
done
for script in "$here"/demo/[0-9]*.sh; do
  [ -e "$script" ] || continue
  echo "demo: $(basename "$script")"
  bash "$script"
done
echo "demo: done. Production id: $PRODUCTION_ID"
