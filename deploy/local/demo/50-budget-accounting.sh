#!/usr/bin/env bash
# budget-service demo: the accounting side of "La Nuit du Phare". The bank exports of the accounting software come
# back as payments (May: the camera rental paid in full; June: the same camera line again, as exports overlap, and the
# grip invoice paid at its due date), each a bank entry in journal BQ that letters the settled invoices; paying the
# lighting invoice that has no sign-off yet is refused. Then the payroll of March and April (OD de paie, journal PAIE)
# from the crew costs booked so far, and the CSV journal and FEC of the year.
# Runs after the budget, crew, rights and distribution scripts, so that the crew costs of 20-crew.sh are posted.
# Safe to run twice: a file imported again books nothing (200, its first result), a
# line seen in another file is counted as already booked, and a month posted again adds only the costs that are new.
set -euo pipefail
# shellcheck source=lib.sh
source "$ROOT/deploy/local/demo/lib.sh"
P="$BUDGET_URL/productions/$PRODUCTION_ID"

py() { python3 -c "$1"; }

import_file() { # name csv-text
  local out status
  out=$(mktemp)
  status=$(printf '%s' "$2" | curl -s -o "$out" -w '%{http_code}' -X POST "$P/payments/imports?fileName=$1" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv; charset=UTF-8' --data-binary @-)
  case "$status" in
    200|201)
      STATUS=$status py 'import json,os,sys; i=json.load(sys.stdin); print("payments %s: %s line(s) read, %s booked, %s already booked%s" % (i["fileName"], i["linesRead"], i["linesBooked"], i["linesAlreadyBooked"], " (imported before: first result)" if os.environ["STATUS"]=="200" else ""))' < "$out" ;;
    422)
      py 'import json,sys; p=json.load(sys.stdin); print("payments refused as expected:", p["detail"]); [print("  %s: %s" % (e["field"], e["reason"])) for e in p.get("errors", [])]' < "$out" ;;
    *)
      echo "demo: import $1 answered $status: $(cat "$out")" >&2; rm -f "$out"; return 1 ;;
  esac
  rm -f "$out"
}

# The accounting software's bank exports (';', decimal comma, French dates), as the accountant downloads them.
import_file "export-banque-2027-05.csv" 'Référence;Date;SIRET;Facture;Montant;Devise;Libellé
VIR-2027-0530-01;30/05/2027;39124478000014;TPX-27-0412;31 200,00;EUR;Caméras du Ponant - caméra et optiques avril
'
import_file "export-banque-2027-06.csv" 'Référence;Date;SIRET;Facture;Montant;Devise;Libellé
VIR-2027-0530-01;30/05/2027;39124478000014;TPX-27-0412;31 200,00;EUR;Caméras du Ponant - caméra et optiques avril
VIR-2027-0616-01;16/06/2027;44306184100047;LDO-27-118;14 436,00;EUR;Lumières de l'"'"'Ouest - machinerie
'
# The lighting rental (LDO-27-119) has no sign-off: the software paid it by mistake, the file is refused whole.
import_file "export-banque-2027-06-bis.csv" 'Référence;Date;SIRET;Facture;Montant;Devise;Libellé
VIR-2027-0617-01;17/06/2027;44306184100047;LDO-27-119;23 700,00;EUR;Lumières de l'"'"'Ouest - électricité
'

for invoice in TPX-27-0412 LDO-27-118; do
  id=$(api GET "$P/invoices?size=200" | NUM="$invoice" py 'import json,os,sys; i=[x["id"] for x in json.load(sys.stdin)["items"] if x["number"]==os.environ["NUM"]]; print(i[0] if i else "")')
  [ -z "$id" ] && continue
  api GET "$P/payments?invoiceId=$id" | NUM="$invoice" py 'import json,os,sys; p=json.load(sys.stdin); print("invoice %s: paid %s, still due %s" % (os.environ["NUM"], p["invoicePaid"]["amount"], p["invoiceRemaining"]["amount"]))'
done

# Payroll of the shoot: the crew costs booked from crew-service (weeks approved so far), posted once per month. The
# approved weeks travel through Kafka: wait (30 s at most) until the gaffer's week shows as actual cost on line 2802.
for _ in $(seq 1 30); do
  actual=$(api GET "$P/cost-report" | py 'import json,sys; l=[x for x in json.load(sys.stdin)["lines"] if x["accountCode"]=="2802"]; print(l[0]["figures"]["actual"]["amount"] if l else "0.00")')
  [ "$actual" != "0.00" ] && break
  sleep 1
done
for month in 2027-03 2027-04; do
  api POST "$P/accounting/payroll-postings" "{\"month\": \"$month\"}" | py '
import json, sys
r = json.load(sys.stdin)
e = r["entry"]
if e is None:
    print("payroll %s: nothing new to post (%d cost(s) posted before)" % (r["month"], r["costsAlreadyPosted"]))
else:
    print("payroll %s: entry %s, %d cost(s) posted" % (r["month"], e["number"], r["costsPosted"]))
    for l in e["lines"]:
        print("  %-6s %-45s %-6s D %12s C %12s" % (l["account"], l["accountLabel"], l["analyticCode"] or "", l["debit"], l["credit"]))'
done

year=$(date -u +%Y)
csv=$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Accept: text/csv' "$P/accounting/journal?from=$year-01-01&to=$year-12-31" || true)
if [ -n "$csv" ]; then
  echo "$csv" | py '
import sys
from decimal import Decimal
rows = [r.split(";") for r in sys.stdin.read().strip().split("\r\n")[1:]]
d = sum(Decimal(r[10].replace(",", ".")) for r in rows)
c = sum(Decimal(r[11].replace(",", ".")) for r in rows)
lettered = sorted({r[12] for r in rows if r[12]})
print("CSV journal of the year: %d lines, debit %s, credit %s, lettering codes %s" % (len(rows), d, c, ", ".join(lettered) or "none"))'
else
  echo "CSV journal: no entry validated in $year yet"
fi
