#!/usr/bin/env bash
# rights-service demo: a French theatrical waterfall for "La Nuit du Phare" (preset with the dated rates), four weeks
# of box office entered by hand, the director's statement for the first period, and the path of her euros.
# Safe to run twice: everything is looked up before it is created.
set -euo pipefail
# shellcheck source=lib.sh
source "$ROOT/deploy/local/demo/lib.sh"
: "${TOKEN:?}" "${PRODUCTION_ID:?}" "${RIGHTS_URL:?}"
wait_for_production "$RIGHTS_URL"

base="$RIGHTS_URL/productions/$PRODUCTION_ID"
director="Maëlle Le Goff (réalisatrice)"

waterfall=$(api GET "$base/waterfalls" | python3 -c '
import json,sys
items=[w for w in json.load(sys.stdin)["items"] if w["name"]=="Sortie salles France"]
print(items[0]["id"] if items else "")')
if [ -z "$waterfall" ]; then
  waterfall=$(api POST "$base/waterfall-presets/theatrical-france" '{
    "name": "Sortie salles France", "releaseDate": "2027-10-06",
    "distributor": "Haut et Court Distribution", "producer": "Les Films du Quai",
    "rentalRate": "0.47", "commissionRate": "0.30",
    "expenses": [
      {"label": "copies DCP et VPF", "amount": {"amount": "60000.00", "currency": "EUR"}, "capped": true},
      {"label": "affichage et bande-annonce", "amount": {"amount": "180000.00", "currency": "EUR"}, "capped": true},
      {"label": "sous-titrage sourds et malentendants", "amount": {"amount": "6500.00", "currency": "EUR"}, "capped": false}],
    "expensesCap": {"amount": "220000.00", "currency": "EUR"},
    "minimumGuarantee": {"amount": "150000.00", "currency": "EUR"},
    "authors": [
      {"holder": "Maëlle Le Goff (réalisatrice)", "rate": "0.02", "advance": {"amount": "2000.00", "currency": "EUR"}},
      {"holder": "Yann Kervella (scénariste)", "rate": "0.015"}]}' | json_field id)
  echo "demo: rights: waterfall 'Sortie salles France' created ($waterfall)"
else
  echo "demo: rights: waterfall 'Sortie salles France' already there ($waterfall)"
fi

known=$(api GET "$base/receipts?size=200" | python3 -c '
import json,sys
print("\n".join(r["reference"] or "" for r in json.load(sys.stdin)["items"]))')
record_week() { # reference date gross admissions
  if grep -qxF "$1" <<< "$known"; then
    return 0
  fi
  api POST "$base/receipts" "{\"receivedOn\": \"$2\", \"media\": \"THEATRICAL\", \"territory\": \"FR\",
    \"gross\": {\"amount\": \"$3\", \"currency\": \"EUR\"}, \"admissions\": $4, \"reference\": \"$1\"}" \
    -H "Idempotency-Key: demo-nuit-du-phare-$1" > /dev/null
  echo "demo: rights: receipt $1 ($3 EUR) run down the waterfall"
}
record_week "CNC-S41-2027" 2027-10-12 1180000.00 162000
record_week "CNC-S42-2027" 2027-10-19 640000.00 88000
record_week "CNC-S43-2027" 2027-10-26 310000.00 42500
record_week "CNC-S44-2027" 2027-11-02 145000.00 19800

statement=$(api GET "$base/statements?holder=$(python3 -c 'import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))' "$director")" \
  | python3 -c '
import json,sys
items=[s for s in json.load(sys.stdin)["items"] if s["periodStart"]=="2027-10-06"]
print(items[0]["id"] if items else "")')
if [ -z "$statement" ]; then
  statement=$(api POST "$base/statements" "{\"waterfallId\": \"$waterfall\", \"holder\": \"$director\",
    \"periodStart\": \"2027-10-06\", \"periodEnd\": \"2027-12-31\"}" -H "Idempotency-Key: demo-nuit-du-phare-statement-2027" \
    | json_field id)
  echo "demo: rights: statement to $director issued ($statement)"
fi
api GET "$base/statements/$statement" | python3 -c '
import json,sys
s=json.load(sys.stdin)
print("demo: rights: %s, %s to %s: share %s EUR, advance recouped %s EUR, amount due %s EUR" % (s["holder"], s["periodStart"],
      s["periodEnd"], s["share"]["amount"], s["advancesRecouped"]["amount"], s["amountDue"]["amount"]))'
echo "demo: rights: the path of every euro: $base/waterfalls/$waterfall/explanation?holder=<participant>"
