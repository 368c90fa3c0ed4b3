#!/usr/bin/env bash
# distribution-service demo for "La Nuit du Phare": country of origin and French release (6 Oct 2027), a festival
# catalogue (Venice, Angoulême, Berlinale), submissions with their fees, a screening log with a preview of what a
# screening would cost, the French distributor's contract with a 150,000 EUR MG (20% on signature, 80% on delivery),
# the deliverables that trigger the second instalment, and three weeks of French box office.
# Safe to run twice: everything is looked up before it is created.
set -euo pipefail
# shellcheck source=lib.sh
source "$ROOT/deploy/local/demo/lib.sh"
: "${TOKEN:?}" "${PRODUCTION_ID:?}" "${DISTRIBUTION_URL:?}"
wait_for_production "$DISTRIBUTION_URL"

base="$DISTRIBUTION_URL/productions/$PRODUCTION_ID"
distributor="Haut et Court Distribution"

# pick FIELD MATCH_FIELD VALUE: reads a page ({"items": [...]}) on stdin, prints FIELD of the first item whose
# MATCH_FIELD equals VALUE (nested with dots), or nothing.
pick() {
  python3 -c '
import json,sys
field, match, value = sys.argv[1:4]
def get(o, path):
    for p in path.split("."):
        o = o.get(p) if isinstance(o, dict) else None
    return o
data = json.load(sys.stdin)
items = data["items"] if isinstance(data, dict) else data
hits = [i for i in items if str(get(i, match)) == value]
print(get(hits[0], field) if hits else "")' "$1" "$2" "$3"
}

# 1. Release profile: French film, released in France on Wednesday 6 October 2027.
if ! api GET "$base/release-profile" >/dev/null 2>&1; then
  api PUT "$base/release-profile" '{"originCountry": "FR", "frenchReleaseDate": "2027-10-06"}' >/dev/null
  echo "demo: distribution: release profile set (FR, released 2027-10-06)"
fi

# 2. Festival catalogue.
festival() { # name year json
  local id
  id=$(api GET "$DISTRIBUTION_URL/festivals?year=$2&size=200" | pick id name "$1")
  if [ -z "$id" ]; then
    id=$(api POST "$DISTRIBUTION_URL/festivals" "$3" | json_field id)
    echo "demo: distribution: festival $1 $2 added" >&2
  fi
  echo "$id"
}
venice=$(festival "Mostra internazionale d'arte cinematografica" 2027 '{
  "name": "Mostra internazionale d'"'"'arte cinematografica", "year": 2027, "country": "IT", "city": "Venezia",
  "startsOn": "2027-09-01", "endsOn": "2027-09-11", "notificationOn": "2027-07-20", "platform": "DIRECT", "international": true,
  "sections": [{"code": "VENEZIA", "name": "Venezia (concorso)", "premiereRequirement": "WORLD", "premiereRuleCode": "VENICE"},
               {"code": "ORIZZONTI", "name": "Orizzonti", "premiereRequirement": "WORLD", "premiereRuleCode": "VENICE"}],
  "deadlines": [{"name": "REGULAR", "deadline": "2027-06-11", "fee": {"amount": "200.00", "currency": "EUR"}}]}')
angouleme=$(festival "Festival du film francophone d'Angoulême" 2027 '{
  "name": "Festival du film francophone d'"'"'Angoulême", "year": 2027, "country": "FR", "city": "Angoulême",
  "startsOn": "2027-08-24", "endsOn": "2027-08-29", "notificationOn": "2027-07-15", "platform": "DIRECT", "international": false,
  "sections": [{"code": "COMPETITION", "name": "Compétition officielle", "premiereRequirement": "NATIONAL", "premiereRuleCode": null}],
  "deadlines": [{"name": "REGULAR", "deadline": "2027-06-30", "fee": {"amount": "0.00", "currency": "EUR"}}]}')
berlin=$(festival "Berlinale" 2028 '{
  "name": "Berlinale", "year": 2028, "country": "DE", "city": "Berlin",
  "startsOn": "2028-02-10", "endsOn": "2028-02-20", "notificationOn": "2028-01-20", "platform": "DIRECT", "international": true,
  "sections": [{"code": "COMPETITION", "name": "Wettbewerb", "premiereRequirement": "INTERNATIONAL", "premiereRuleCode": "BERLINALE_COMPETITION"},
               {"code": "PANORAMA", "name": "Panorama", "premiereRequirement": "INTERNATIONAL", "premiereRuleCode": "BERLINALE_COMPETITION"}],
  "deadlines": [{"name": "EARLY", "deadline": "2027-10-01", "fee": {"amount": "125.00", "currency": "EUR"}},
                {"name": "REGULAR", "deadline": "2027-11-01", "fee": {"amount": "150.00", "currency": "EUR"}}]}')

# 3. Submissions; entry fees paid are booked by budget-service through distribution.cost.incurred.
submit() { # festivalId section tier submittedOn tracking
  local id
  id=$(api GET "$base/submissions?size=200" | python3 -c '
import json,sys
f, s = sys.argv[1:3]
hits=[i["id"] for i in json.load(sys.stdin)["items"] if i["festivalId"]==f and i["sectionCode"]==s]
print(hits[0] if hits else "")' "$1" "$2")
  if [ -z "$id" ]; then
    id=$(api POST "$base/submissions" "{\"festivalId\": \"$1\", \"sectionCode\": \"$2\", \"tier\": \"$3\",
      \"submittedOn\": \"$4\", \"trackingId\": \"$5\", \"screenerUrl\": \"https://screeners.lesfilmsduquai.fr/nuit-du-phare\"}" | json_field id)
    echo "demo: distribution: submitted to $2 ($5)" >&2
  fi
  echo "$id"
}
pay() { # submissionId paidOn
  if [ "$(api GET "$base/submissions/$1" | json_field feePaidOn)" = "None" ]; then
    api POST "$base/submissions/$1/fee-payment" "{\"paidOn\": \"$2\"}" -H "Idempotency-Key: demo-fee-$1" >/dev/null
  fi
}
venice_sub=$(submit "$venice" VENEZIA REGULAR 2027-06-04 "VEN-2027-0412")
pay "$venice_sub" 2027-06-04
angouleme_sub=$(submit "$angouleme" COMPETITION REGULAR 2027-06-20 "FFA-2027-088")
berlin_sub=$(submit "$berlin" COMPETITION EARLY 2027-09-20 "BER-2028-1187")
pay "$berlin_sub" 2027-09-20

# 4. Screening log (append-only). First ask what the Angoulême screening would cost, then record it.
screening() { # date country kind public event
  local known
  known=$(api GET "$base/screenings?size=200" | python3 -c '
import json,sys
d, e = sys.argv[1:3]
print(any(s["screenedOn"]==d and (s["event"] or "")==e for s in json.load(sys.stdin)["items"]))' "$1" "$5")
  if [ "$known" = "False" ]; then
    api POST "$base/screenings" "{\"screenedOn\": \"$1\", \"country\": \"$2\", \"kind\": \"$3\", \"isPublic\": $4, \"event\": \"$5\"}" >/dev/null
    echo "demo: distribution: screening $1 $2 $3 ($5) logged"
  fi
}
screening 2027-07-08 FR MARKET false "Projection test équipe et distributeur"
echo "demo: distribution: preview of the Angoulême screening: $(api POST "$base/screenings/preview" \
  '{"screenedOn": "2027-08-25", "country": "FR", "kind": "FESTIVAL_NATIONAL", "isPublic": true, "event": "Festival du film francophone d'"'"'Angoulême"}' \
  | python3 -c 'import json,sys; print([s["festival"] + " " + s["section"] for s in json.load(sys.stdin)["madeIneligible"]] or "breaks no pending submission")')"
# Venice answered: not selected. Its judging status changes; the submission status stays as it was.
venice_json=$(api GET "$base/submissions/$venice_sub")
if [ "$(echo "$venice_json" | json_field judgingStatus)" = "UNDECIDED" ]; then
  version=$(echo "$venice_json" | json_field version)
  api PATCH "$base/submissions/$venice_sub" '{"judgingStatus": "NOT_SELECTED", "notifiedOn": "2027-07-20"}' -H "If-Match: \"$version\"" >/dev/null
  angouleme_json=$(api GET "$base/submissions/$angouleme_sub")
  api PATCH "$base/submissions/$angouleme_sub" '{"judgingStatus": "SELECTED", "notifiedOn": "2027-07-15"}' \
    -H "If-Match: \"$(echo "$angouleme_json" | json_field version)\"" >/dev/null
fi
screening 2027-08-25 FR FESTIVAL_NATIONAL true "Festival du film francophone d'Angoulême"
screening 2027-10-06 FR THEATRICAL true "Sortie nationale France"
echo "demo: distribution: premiere status: $(api GET "$base/premiere-status?country=DE&country=IT" | python3 -c '
import json,sys
p=json.load(sys.stdin)
print("world", p["worldPremiereAvailable"], "international", p["internationalPremiereAvailable"],
      "european", p["europeanPremiereAvailable"], {n["country"]: n["available"] for n in p["national"]})')"

# 5. The French distributor's contract: theatrical, video and TVOD in France, MG 150,000 EUR, 30% commission.
contract=$(api GET "$base/contracts?size=200" | pick id counterpartyName "$distributor")
if [ -z "$contract" ]; then
  contract=$(api POST "$base/contracts" '{
    "counterpartyName": "Haut et Court Distribution", "counterpartyKind": "DISTRIBUTOR",
    "rightsBlocks": [
      {"media": ["THEATRICAL", "VIDEO", "TVOD", "NON_THEATRICAL"], "territories": ["FR", "MC", "AD"], "languages": ["fr"],
       "termStart": "2027-10-06", "termEnd": "2039-10-05", "exclusive": true, "windowCode": null,
       "holdbacks": [{"media": "VIDEO", "until": "2028-02-06"}, {"media": "TVOD", "until": "2028-02-06"}]}],
    "minimumGuarantee": {"amount": "150000.00", "currency": "EUR"},
    "instalments": [
      {"label": "20% à la signature", "trigger": "ON_SIGNATURE", "share": "0.2"},
      {"label": "80% à la livraison du matériel", "trigger": "ON_DELIVERY", "share": "0.8"}],
    "commissionRate": "0.30", "expenseCap": {"amount": "220000.00", "currency": "EUR"},
    "reportingFrequency": "QUARTERLY"}' -H "Idempotency-Key: demo-contract-$PRODUCTION_ID" | json_field id)
  echo "demo: distribution: contract with $distributor created ($contract)"
fi
contract_json=$(api GET "$base/contracts/$contract")
if [ "$(echo "$contract_json" | json_field status)" = "DRAFT" ]; then
  api POST "$base/contracts/$contract/signature" '{"signedOn": "2027-05-12"}' \
    -H "If-Match: \"$(echo "$contract_json" | json_field version)\"" -H "Idempotency-Key: demo-sign-$contract" >/dev/null
  echo "demo: distribution: contract signed; 30,000.00 EUR falls due"
fi
delivery_instalment=$(api GET "$base/contracts/$contract" | python3 -c '
import json,sys
print([i["id"] for i in json.load(sys.stdin)["instalments"] if i["trigger"]=="ON_DELIVERY"][0])')

# 6. Deliverables for the distributor; the DCP and the visa are the conditions of the delivery instalment.
deliverable() { # kind dueOn dcpName instalment spec
  local id
  id=$(api GET "$base/deliverables?size=200&recipient=Haut%20et%20Court%20Distribution" | pick id kind "$1")
  if [ -z "$id" ]; then
    id=$(api POST "$base/deliverables" "{\"recipient\": \"$distributor\", \"kind\": \"$1\", \"dueOn\": \"$2\",
      \"spec\": $5, \"dcpName\": $3, \"mgInstalmentId\": $4}" | json_field id)
    echo "demo: distribution: deliverable $1 requested" >&2
  fi
  echo "$id"
}
accept() { # deliverableId
  local json state
  for step in DELIVERED IN_QC ACCEPTED; do
    json=$(api GET "$base/deliverables/$1")
    state=$(echo "$json" | json_field qcState)
    case "$state:$step" in
      REQUESTED:DELIVERED|DELIVERED:IN_QC|IN_QC:ACCEPTED)
        api POST "$base/deliverables/$1/qc-transitions" "{\"to\": \"$step\", \"note\": null}" \
          -H "If-Match: \"$(echo "$json" | json_field version)\"" >/dev/null ;;
    esac
  done
}
nospec='{"wrapper": null, "codec": null, "loudnessTarget": null, "audioLayout": null, "timecodeStart": null, "notes": null}'
dcp=$(deliverable DCP 2027-09-15 '"LaNuitDuPhare_FTR-1_S_FR-XX_FR-T_51_2K_HTC_20270910_LFQ_SMPTE_OV"' "\"$delivery_instalment\"" \
  '{"wrapper": "SMPTE DCP", "codec": "JPEG 2000 2K", "loudnessTarget": null, "audioLayout": "5.1", "timecodeStart": null, "notes": "OV, KDM-free for the press screenings"}')
visa=$(deliverable VISA_EXPLOITATION 2027-09-01 null "\"$delivery_instalment\"" "$nospec")
deliverable TRAILER 2027-07-15 '"LaNuitDuPhare_TLR-1_S_FR-XX_FR-T_51_2K_HTC_20270701_LFQ_SMPTE_OV"' null "$nospec" >/dev/null
deliverable PRESS_KIT 2027-07-15 null null "$nospec" >/dev/null
deliverable MUSIC_CUE_SHEET 2027-09-15 null null "$nospec" >/dev/null
accept "$visa"
accept "$dcp"

# 7. Three French cinema weeks (Wednesday to Tuesday) of box office from the distributor.
known_reports=$(api GET "$base/revenue-reports?size=200" | python3 -c '
import json,sys
print(" ".join(r["periodStart"] for r in json.load(sys.stdin)["items"] if r["reporter"]=="Haut et Court Distribution"))')
box_office() { # weekStart periodEnd admissions gross
  case " $known_reports " in *" $1 "*) return 0 ;; esac
  api POST "$base/revenue-reports" "{\"contractId\": \"$contract\", \"reporter\": \"$distributor\",
    \"periodStart\": \"$1\", \"periodEnd\": \"$2\", \"receivedOn\": \"$2\",
    \"lines\": [{\"media\": \"THEATRICAL\", \"territory\": \"FR\", \"grossReceipts\": {\"amount\": \"$4\", \"currency\": \"EUR\"},
                 \"admissions\": $3, \"weekStart\": \"$1\"}]}" -H "Idempotency-Key: demo-bo-$contract-$1" >/dev/null
  echo "demo: distribution: box office week of $1: $3 admissions, $4 EUR"
}
box_office 2027-10-06 2027-10-12 48210 325417.50
box_office 2027-10-13 2027-10-19 31544 212922.00
box_office 2027-10-20 2027-10-26 19870 134122.50
echo "demo: distribution: done (contract $contract, festivals: Venice, Angoulême, Berlinale)"
