#!/usr/bin/env bash
# crew-service demo data for "La Nuit du Phare": five technicians and one actress, their CDDU under the cinema
# agreement (IDCC 3097), signed; the first shooting week of the chief lighting technician (52 hours with two night
# hours and a Sunday), approved; an amendment (avenant) extending the director of photography's contract by a week; the
# March 2027 payroll inputs. Safe to run twice: everything is looked up first.
# Needs crew-service started with BOBINE_PERSONAL_DATA_KEYS (1:<32 bytes, base64>): personal data is encrypted at rest.
set -euo pipefail
# shellcheck source=lib.sh
source "$ROOT/deploy/local/demo/lib.sh"
P="$CREW_URL/productions/$PRODUCTION_ID"

# A valid NIR from its first 13 characters (key = 97 - number mod 97, 2A -> 19, 2B -> 18).
nir() {
  python3 -c 'import sys; n=sys.argv[1]; d=n.replace("2A","19").replace("2B","18"); print(n+"%02d"%(97-int(d)%97))' "$1"
}

# person LAST FIRST SEX KIND NIR13 BIRTHDATE BIRTHPLACE DEPT IBAN: prints the person's id, registering them if needed.
person() {
  local last=$1 first=$2 sex=$3 kind=$4 nir13=$5 born=$6 place=$7 dept=$8 iban=$9
  local found
  found=$(api GET "$CREW_URL/people?name=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$first $last")" \
    | python3 -c 'import json,sys; items=json.load(sys.stdin)["items"]; print(items[0]["id"] if items else "")')
  if [ -n "$found" ]; then echo "$found"; return; fi
  api POST "$CREW_URL/people" "{\"lastName\": \"$last\", \"firstNames\": \"$first\", \"sex\": \"$sex\", \"kind\": \"$kind\",
    \"nir\": \"$(nir "$nir13")\", \"birthDate\": \"$born\", \"birthPlace\": \"$place\", \"birthDepartement\": \"$dept\",
    \"address\": {\"street\": \"14 rue de Siam\", \"postcode\": \"29200\", \"town\": \"Brest\", \"country\": \"FR\"},
    \"iban\": \"$iban\", \"congesSpectaclesNumber\": \"C$RANDOM$RANDOM\", \"medicalVisitDate\": \"2026-10-15\"}" | json_field id
}

# contract PERSON POSITION ENGAGEMENT HOURS RATE END LINE: prints the contract id, drafting and signing it if needed.
contract() {
  local person=$1 position=$2 engagement=$3 hours=$4 rate=$5 end=$6 line=$7
  local found
  found=$(api GET "$P/contracts?personId=$person&size=50" \
    | python3 -c 'import json,sys; items=[c for c in json.load(sys.stdin)["items"] if c["status"]!="CANCELLED"]; print(items[0]["id"] if items else "")')
  if [ -z "$found" ]; then
    found=$(api POST "$P/contracts" "{\"personId\": \"$person\", \"positionCode\": \"$position\", \"engagement\": \"$engagement\",
      \"weeklyHours\": $hours, \"startDate\": \"2027-03-01\", \"firstHour\": \"08:00\", \"endDate\": \"$end\",
      \"rate\": {\"amount\": \"$rate\", \"currency\": \"EUR\"}, \"location\": \"OUTSIDE_PARIS_REGION\", \"budgetLineCode\": \"$line\",
      \"allowances\": [{\"kind\": \"MEAL\", \"amount\": {\"amount\": \"18.19\", \"currency\": \"EUR\"}, \"basis\": \"PER_WORKED_DAY\"},
                       {\"kind\": \"PER_DIEM\", \"amount\": {\"amount\": \"45.00\", \"currency\": \"EUR\"}, \"basis\": \"PER_WORKED_DAY\"}]}" \
      -H "Idempotency-Key: demo-contract-$person" | json_field id)
  fi
  local status
  status=$(api GET "$P/contracts/$found" | json_field status)
  if [ "$status" = DRAFT ]; then
    api POST "$P/contracts/$found/signature" "" -H "Idempotency-Key: demo-sign-$found" > /dev/null
  fi
  echo "$found"
}

probe=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$CREW_URL/people?name=zzz")
if [ "$probe" != 200 ]; then
  echo "demo crew: crew-service is not answering /people ($probe); skipped" >&2
  exit 0
fi
set +e
first=$(person "Le Bihan" "Gwenaël" MALE TECHNICIAN 1850329232123 1985-03-14 Quimper 29 FR7630006000011234567890189 2>/tmp/demo-crew.err)
rc=$?
set -e
if [ $rc -ne 0 ]; then
  if grep -q personal-data-key-missing /tmp/demo-crew.err; then
    echo "demo crew: crew-service runs without BOBINE_PERSONAL_DATA_KEYS, so it refuses personal data; people, contracts"
    echo "           and timesheets were not loaded. Restart it with e.g. BOBINE_PERSONAL_DATA_KEYS=1:\$(openssl rand -base64 32)."
    exit 0
  fi
  cat /tmp/demo-crew.err >&2
  exit 1
fi

electrician=$first
dop=$(person "Kervella" "Maëlle" FEMALE TECHNICIAN 2880675112045 1988-06-02 Paris 75 FR7630004000031234567890143)
sound=$(person "Santoni" "Pierre-Marie" MALE TECHNICIAN 179112A004012 1979-11-23 Ajaccio 2A FR7630006000011234567890189)
focus=$(person "Morvan" "Lena" FEMALE TECHNICIAN 2930735238077 1993-07-09 Rennes 35 FR7630006000011234567890189)
secretary=$(person "Guillou" "Anne" FEMALE TECHNICIAN 2911056260033 1991-10-30 Vannes 56 FR7630006000011234567890189)
actress=$(person "Caradec" "Soizic" FEMALE ARTIST 2900229019088 1990-02-17 Brest 29 FR7630006000011234567890189)

elec_contract=$(contract "$electrician" 3097-CHEF-ELEC WEEKLY 39 1450.00 2027-04-25 2802)
dop_contract=$(contract "$dop" 3097-DIR-PHOTO WEEKLY 39 2800.00 2027-04-25 2401)
contract "$sound" 3097-CHEF-OP-SON WEEKLY 39 1900.00 2027-04-25 2501 > /dev/null
contract "$focus" 3097-1ER-ASS-OP WEEKLY 39 1400.00 2027-04-25 2403 > /dev/null
contract "$secretary" 3097-SECR-PROD WEEKLY 39 950.00 2027-04-25 23 > /dev/null
actress_contract=$(contract "$actress" 3097-ARTISTE DAILY null 450.00 2027-03-05 32)

# The chief lighting technician's first shooting week (night from 20:00 in March; Sunday 7 March worked).
weeks=$(api GET "$P/contracts/$elec_contract/timesheets" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))')
if [ "$weeks" = 0 ]; then
  sheet=$(api POST "$P/contracts/$elec_contract/timesheets" '{"weekStart": "2027-03-03", "days": [
    {"date": "2027-03-03", "start": "2027-03-03T08:00:00", "end": "2027-03-03T19:00:00", "mealBreakMinutes": 60},
    {"date": "2027-03-04", "start": "2027-03-04T08:00:00", "end": "2027-03-04T19:00:00", "mealBreakMinutes": 60},
    {"date": "2027-03-05", "start": "2027-03-05T10:00:00", "end": "2027-03-05T22:00:00", "mealBreakMinutes": 60},
    {"date": "2027-03-07", "start": "2027-03-07T08:00:00", "end": "2027-03-07T19:00:00", "mealBreakMinutes": 60},
    {"date": "2027-03-08", "start": "2027-03-08T07:00:00", "end": "2027-03-08T19:00:00", "mealBreakMinutes": 60}]}' | json_field id)
  api POST "$P/contracts/$elec_contract/timesheets/$sheet/approval" "" -H "Idempotency-Key: demo-approve-$sheet" > /dev/null
fi
weeks=$(api GET "$P/contracts/$actress_contract/timesheets" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))')
if [ "$weeks" = 0 ]; then
  sheet=$(api POST "$P/contracts/$actress_contract/timesheets" '{"weekStart": "2027-03-03", "days": [
    {"date": "2027-03-03", "cachets": 1}, {"date": "2027-03-04", "cachets": 1, "rehearsalHours": "3"},
    {"date": "2027-03-05", "cachets": 1}]}' | json_field id)
  api POST "$P/contracts/$actress_contract/timesheets/$sheet/approval" "" -H "Idempotency-Key: demo-approve-$sheet" > /dev/null
fi

# Shooting runs a week longer: the director of photography's contract is extended to 2 May by an amendment, signed
# before its term; budget-service commits the extra week once (crew.contract.amended).
amended=$(api GET "$P/contracts/$dop_contract" | json_field amendmentNumber)
if [ "$amended" = 0 ]; then
  version=$(api GET "$P/contracts/$dop_contract" | json_field version)
  signed=$(date +%F)
  if [[ "$signed" > 2027-04-25 ]]; then signed=2027-04-25; fi
  api POST "$P/contracts/$dop_contract/amendments" '{"effectiveFrom": "2027-04-26", "signedOn": "'"$signed"'",
    "endDate": "2027-05-02", "reason": "Shooting extended by one week"}' \
    -H "If-Match: \"$version\"" -H "Idempotency-Key: demo-amend-$dop_contract" > /dev/null
fi

total=$(api GET "$P/payroll-periods/2027-03/inputs" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"]["amount"])')
echo "demo crew: 6 people, 6 signed contracts (one amended), 2 approved weeks; March 2027 payroll inputs total $total EUR"
