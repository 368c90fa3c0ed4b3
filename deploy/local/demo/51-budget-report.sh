#!/usr/bin/env bash
# budget-service demo: the weekly cost report of "La Nuit du Phare". The accountant keeps the reports of the
# weeks ending Tuesday 27 April 2027 (orders placed, nothing invoiced yet) and Tuesday 4 May 2027 (the first invoices
# in), compares them line by line, downloads the XLSX, and reads the provisional final cost statement (coût définitif)
# with the items still open, explaining the lighting chapter's overrun. The statement is not closed: shooting goes on.
# Runs after the budget, crew, rights and distribution scripts, and 50-budget-accounting.sh. Safe to run twice: a week already kept is reused, an explanation already written is
# left as it is.
set -euo pipefail
# shellcheck source=lib.sh
source "$ROOT/deploy/local/demo/lib.sh"
P="$BUDGET_URL/productions/$PRODUCTION_ID"

py() { python3 -c "$1"; }

snapshot() { # weekEnding note
  local found
  found=$(api GET "$P/cost-report/snapshots" | WEEK="$1" py 'import json,os,sys; s=[x["id"] for x in json.load(sys.stdin)["snapshots"] if x["weekEnding"]==os.environ["WEEK"]]; print(s[0] if s else "")')
  if [ -n "$found" ]; then echo "$found"; return; fi
  api POST "$P/cost-report/snapshots" "{\"weekEnding\": \"$1\", \"note\": \"$2\"}" \
    -H "Idempotency-Key: demo-snapshot-$PRODUCTION_ID-$1" | json_field id
}

week1=$(snapshot "2027-04-27" "Rapport hebdomadaire envoyé au producteur et au garant de bonne fin")
week2=$(snapshot "2027-05-04" "Rapport hebdomadaire envoyé au producteur et au garant de bonne fin")
api GET "$P/cost-report/snapshots" | py '
import json, sys
for s in json.load(sys.stdin)["snapshots"]:
    t = s["total"]
    print("kept: week ending %s (V%s): committed %s, actual %s, EFC %s, variance %s" % (s["weekEnding"], s["versionNumber"],
          t["committed"]["amount"], t["actual"]["amount"], t["estimatedFinalCost"]["amount"], t["variance"]["amount"]))'

api GET "$P/cost-report/comparison?from=$week1&to=$week2" | py '
import json, sys
c = json.load(sys.stdin)
print("week %s -> week %s: %d line(s) moved" % (c["from"]["weekEnding"], c["to"]["weekEnding"], c["linesMoved"]))
for l in c["lines"]:
    if l["moved"]:
        d = l["delta"]
        print("  %s %s: actual %s, committed %s, EFC %s" % (l["accountCode"], l["label"], d["actual"]["amount"],
              d["committed"]["amount"], d["estimatedFinalCost"]["amount"]))'

out=$(mktemp --suffix=.xlsx)
curl -sf -H "Authorization: Bearer $TOKEN" \
  -H 'Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' \
  "$P/cost-report/snapshots/$week2" -o "$out"
echo "week 2 report as XLSX: $(wc -c < "$out") bytes ($out)"

statement=$(api GET "$P/closing-statement")
echo "$statement" | py '
import json, sys
s = json.load(sys.stdin)
t = s["total"]
print("final cost statement (%s): budget %s, executed %s, variance %s; %d item(s) still open" % (s["status"],
      t["budget"]["amount"], t["executed"]["amount"], t["variance"]["amount"], len(s["blockingItems"])))
for b in s["blockingItems"]:
    print("  open: %s %s %s" % (b["kind"], b["reference"], b["amount"]["amount"]))'
explained=$(echo "$statement" | py 'import json,sys; c=[x for x in json.load(sys.stdin)["chapters"] if x["code"]=="7"]; print(c[0]["explanation"] or "" if c else "")')
if [ -z "$explained" ] && [ "$(echo "$statement" | json_field status)" = "OPEN" ]; then
  api PUT "$P/closing-statement/chapters/7" \
    '{"explanation": "Électricité : le forfait du chef électricien (groupe inclus) dépasse de 3 500,00 les 8 semaines prévues ; nuits au phare."}' \
    >/dev/null
  echo "chapter 7 explained"
fi
