#!/usr/bin/env bash
# budget-service demo: the cash-flow plan (plan de trésorerie) of "La Nuit du Phare", week by week from the opening of
# the production's bank account in January 2027. In: the confirmed financing instalments (producer, Canal+, Région
# Bretagne) and the distributor's minimum guarantee. Out: the orders and invoices of 11-budget-costs.sh at their
# payment terms with VAT, the crew payroll of 20-crew.sh, the authors' statements of 30-rights.sh. Then the shortfall
# check, which publishes budget.cash.shortfall.forecast only when the picture changed. Runs last. Safe to run twice:
# the settings are replaced by the same values and a check with nothing new publishes nothing.
set -euo pipefail
# shellcheck source=lib.sh
source "$ROOT/deploy/local/demo/lib.sh"
P="$BUDGET_URL/productions/$PRODUCTION_ID"

py() { python3 -c "$1"; }

# The account opened with the company's 45 000.00 on 11 January 2027; the bank's covenant asks for 30 000.00 at least.
# Open orders carry 20 % VAT; crew salaries are paid 5 days after the week, contributions on the 15th of the next
# month, rights statements 30 days after issue.
api PUT "$P/cash-flow/settings" '{"openingBalance": {"amount": "45000.00", "currency": "EUR"},
  "openingDate": "2027-01-11", "threshold": {"amount": "30000.00", "currency": "EUR"}, "vatRate": "0.2",
  "salaryDaysAfterWeek": 5, "contributionsDay": 15, "contributionsMonthsLater": 1, "statementPaymentDays": 30}' >/dev/null

api GET "$P/cash-flow" | py '
import json, sys
p = json.load(sys.stdin)
weeks = p["weeks"]
print("cash-flow plan: %d weeks from %s to %s, opening %s EUR on %s, threshold %s EUR" % (len(weeks), p["from"], p["to"],
      p["openingBalance"]["amount"], p["openingDate"], p["threshold"]["amount"]))
for w in weeks:
    if w["items"]:
        print("  %s  in %12s  out %12s  closing %12s%s%s" % (w["isoWeek"], w["totalIn"]["amount"], w["totalOut"]["amount"],
              w["closingBalance"]["amount"], "  SHORTFALL" if w["shortfall"] else "",
              "  (+%s not confirmed)" % w["notYetConfirmedIn"]["amount"] if w["notYetConfirmedIn"]["amount"] != "0.00" else ""))
s = p["shortfall"]
print("  lowest balance %s EUR in the week of %s; first week below the threshold: %s" % (
      s["lowestBalance"]["amount"] if s["lowestBalance"] else "-", s["lowestBalanceWeek"], s["firstShortfallWeek"] or "none"))
if p["undated"]:
    print("  not dated yet: %s" % ", ".join("%s %s" % (i["label"], i["amount"]["amount"]) for i in p["undated"]))'

api POST "$P/cash-flow/checks" | py '
import json, sys
c = json.load(sys.stdin)
state = "published budget.cash.shortfall.forecast" if c["published"] else "nothing new to publish"
print("cash-flow check: %d week(s) below the threshold, %s" % (len(c["shortfall"]["weeks"]), state))'
curl -sf -H "Authorization: Bearer $TOKEN" -D - -o /dev/null "$P/cash-flow/export.csv" | grep -i '^content-disposition'
