#!/usr/bin/env bash
# rights-service demo, chain of title: "La Nuit du Phare" adapted from a novel, its screenplay, an original score and two
# library cues; contracts for all but the last cue (signed, so their fees reach budget-service), the chain of title that
# flags the cue left without a contract, an availability check, the SACEM cue sheet (finalised) and the ISAN.
# Safe to run twice: everything is looked up before it is created.
set -euo pipefail
# shellcheck source=lib.sh
source "$ROOT/deploy/local/demo/lib.sh"
: "${TOKEN:?}" "${PRODUCTION_ID:?}" "${RIGHTS_URL:?}"
wait_for_production "$RIGHTS_URL"

base="$RIGHTS_URL/productions/$PRODUCTION_ID"
ALL_MEDIA='["THEATRICAL","VIDEO","TVOD","PAY_TV","SVOD","FREE_TV","AVOD","NON_THEATRICAL","AIRLINE"]'

# work KIND TITLE ADAPTED_FROM HOLDERS_JSON: prints the id of the work with that title, creating it when missing.
work() {
  local id
  id=$(api GET "$base/works?size=200" | python3 -c '
import json,sys
items=[w for w in json.load(sys.stdin)["items"] if w["title"]==sys.argv[1]]
print(items[0]["id"] if items else "")' "$2")
  if [ -z "$id" ]; then
    local adapted=null
    [ -n "$3" ] && adapted="\"$3\""
    id=$(api POST "$base/works" "{\"kind\": \"$1\", \"title\": \"$2\", \"adaptedFrom\": $adapted, \"holders\": $4}" | json_field id)
  fi
  echo "$id"
}

# contract WORK_ID BODY_JSON: drafts and signs the work's contract unless the work already has one.
contract() {
  local existing
  existing=$(api GET "$base/rights-contracts?size=200" | python3 -c '
import json,sys
print(len([c for c in json.load(sys.stdin)["items"] if c["workId"]==sys.argv[1]]))' "$1")
  if [ "$existing" = 0 ]; then
    local created id version
    created=$(api POST "$base/rights-contracts" "$2" -H "Idempotency-Key: demo-rights-contract-$1")
    id=$(echo "$created" | json_field id)
    version=$(echo "$created" | json_field version)
    api POST "$base/rights-contracts/$id/signature" '{"signedOn": "2026-09-15", "signedBy": "Camille Ferrand, productrice déléguée"}' \
      -H "If-Match: \"$version\"" >/dev/null
  fi
}

novel=$(work NOVEL "Le Gardien de Kéréon (roman)" "" '[
  {"name": "Yann Quéméner", "kind": "PERSON", "roles": ["AUTHOR"], "society": "SACD", "agent": "Agence Adéquat"},
  {"name": "Éditions du Seuil", "kind": "COMPANY", "roles": ["PUBLISHER"]}]')
screenplay=$(work ADAPTATION "La Nuit du Phare (scénario et dialogues)" "$novel" '[
  {"name": "Maëlle Le Goff", "kind": "PERSON", "roles": ["SCREENWRITER", "DIRECTOR"], "society": "SACD"},
  {"name": "Thomas Riou", "kind": "PERSON", "roles": ["ADAPTER", "DIALOGUE_WRITER"], "society": "SACD", "agent": "Cinéart"}]')
score=$(work ORIGINAL_SCORE "La Nuit du Phare (musique originale)" "" '[
  {"name": "Erwan Kerdraon", "kind": "PERSON", "roles": ["COMPOSER"], "ipi": "00052219364", "society": "SACEM"},
  {"name": "Éditions Marée Haute", "kind": "COMPANY", "roles": ["PUBLISHER"], "ipi": "00163417829", "society": "SACEM"}]')
cue1=$(work PRE_EXISTING_MUSIC "Harbour Lights" "" '[
  {"name": "Koka Media", "kind": "COMPANY", "roles": ["PUBLISHER"], "society": "SACEM"}]')
work PRE_EXISTING_MUSIC "Night Drive" "" '[
  {"name": "Extreme Music", "kind": "COMPANY", "roles": ["PUBLISHER"], "society": "PRS"}]' >/dev/null

world_block() { # MEDIA START END EXCLUSIVE
  echo "{\"media\": $1, \"territories\": [\"WW\"], \"languages\": [], \"termStart\": \"$2\", \"termEnd\": \"$3\", \"exclusive\": $4}"
}
contract "$novel" "{\"workId\": \"$novel\", \"kind\": \"ASSIGNMENT\", \"holderName\": \"Yann Quéméner\", \"reference\": \"CES-2026-001\",
  \"blocks\": [$(world_block "$ALL_MEDIA" 2026-06-01 2056-05-31 true)],
  \"remuneration\": {\"flatFees\": [
      {\"label\": \"Option levée\", \"amount\": {\"amount\": \"15000.00\", \"currency\": \"EUR\"}, \"trigger\": \"ON_SIGNATURE\"},
      {\"label\": \"Premier jour de tournage\", \"amount\": {\"amount\": \"15000.00\", \"currency\": \"EUR\"}, \"trigger\": \"ON_START_OF_SHOOTING\"}],
    \"minimumGuarantee\": {\"amount\": \"10000.00\", \"currency\": \"EUR\"}, \"rnppRate\": \"0.025\",
    \"bonuses\": [{\"admissions\": 500000, \"amount\": {\"amount\": \"5000.00\", \"currency\": \"EUR\"}}]}}"
contract "$screenplay" "{\"workId\": \"$screenplay\", \"kind\": \"ASSIGNMENT\", \"holderName\": \"Maëlle Le Goff et Thomas Riou\",
  \"blocks\": [$(world_block "$ALL_MEDIA" 2026-06-01 2056-05-31 true)],
  \"remuneration\": {\"flatFees\": [
      {\"label\": \"Traitement\", \"amount\": {\"amount\": \"20000.00\", \"currency\": \"EUR\"}, \"trigger\": \"ON_SIGNATURE\"},
      {\"label\": \"Version définitive\", \"amount\": {\"amount\": \"25000.00\", \"currency\": \"EUR\"}, \"trigger\": \"ON_DELIVERY\"}],
    \"minimumGuarantee\": {\"amount\": \"15000.00\", \"currency\": \"EUR\"}, \"publicPriceRate\": \"0.015\", \"rnppRate\": \"0.03\"}}"
contract "$score" "{\"workId\": \"$score\", \"kind\": \"ASSIGNMENT\", \"holderName\": \"Erwan Kerdraon\",
  \"blocks\": [$(world_block "$ALL_MEDIA" 2026-06-01 2056-05-31 true)],
  \"remuneration\": {\"flatFees\": [{\"label\": \"Prime de commande\", \"amount\": {\"amount\": \"18000.00\", \"currency\": \"EUR\"}, \"trigger\": \"ON_DELIVERY\"}]}}"
contract "$cue1" "{\"workId\": \"$cue1\", \"kind\": \"LICENCE\", \"holderName\": \"Koka Media\",
  \"blocks\": [$(world_block "$ALL_MEDIA" 2026-06-01 2041-05-31 false)],
  \"remuneration\": {\"flatFees\": [{\"label\": \"Licence de synchronisation\", \"amount\": {\"amount\": \"1200.00\", \"currency\": \"EUR\"}, \"trigger\": \"ON_SIGNATURE\"}]}}"

echo "chain of title (Night Drive has no contract yet):"
api GET "$base/chain-of-title?plannedRelease=2027-10-06&media=THEATRICAL&media=SVOD&territory=FR" | python3 -c '
import json,sys
c=json.load(sys.stdin)
print("  complete:", c["complete"])
for g in c["gaps"]: print("  gap:", g["kind"], "-", g["detail"])'

echo "availability of SVOD in Belgium, 2028:"
api GET "$base/availability?media=SVOD&territory=BE&from=2028-01-01&to=2028-12-31" | python3 -c '
import json,sys
a=json.load(sys.stdin); print("  available:", a["available"]); [print("  why not:", r) for r in a["reasons"]]'

sheets=$(api GET "$base/cue-sheets" | python3 -c 'import json,sys; print(json.load(sys.stdin)["totalItems"])')
if [ "$sheets" = 0 ]; then
  sheet=$(api POST "$base/cue-sheets" '{"programmeDuration": "01:38:12:00", "cues": [
    {"number": 1, "title": "Kéréon (générique début)", "iswc": "T-034.524.680-1", "origin": "COMMISSIONED", "use": "OPENING_CREDITS",
     "timecodeIn": "00:00:12:00", "timecodeOut": "00:02:05:10", "parties": [
       {"name": "Erwan Kerdraon", "role": "C", "ipi": "00052219364", "society": "SACEM", "performingShare": "66.67", "mechanicalShare": "50.00"},
       {"name": "Éditions Marée Haute", "role": "E", "ipi": "00163417829", "society": "SACEM", "performingShare": "33.33", "mechanicalShare": "50.00"}]},
    {"number": 2, "title": "Harbour Lights", "isrc": "GB-KKM-19-00412", "origin": "LIBRARY", "use": "BACKGROUND",
     "timecodeIn": "00:23:40:00", "timecodeOut": "00:25:02:12", "parties": [
       {"name": "Koka Media", "role": "E", "society": "SACEM", "performingShare": "100.00"}]},
    {"number": 3, "title": "La Tempête", "origin": "COMMISSIONED", "use": "THEME",
     "timecodeIn": "01:05:10:00", "timecodeOut": "01:09:48:20", "parties": [
       {"name": "Erwan Kerdraon", "role": "C", "ipi": "00052219364", "society": "SACEM", "performingShare": "66.67"},
       {"name": "Éditions Marée Haute", "role": "E", "ipi": "00163417829", "society": "SACEM", "performingShare": "33.33"}]},
    {"number": 4, "title": "Kéréon (générique fin)", "origin": "COMMISSIONED", "use": "END_CREDITS",
     "timecodeIn": "01:34:02:00", "timecodeOut": "01:38:12:00", "parties": [
       {"name": "Erwan Kerdraon", "role": "C", "ipi": "00052219364", "society": "SACEM", "performingShare": "66.67"},
       {"name": "Éditions Marée Haute", "role": "E", "ipi": "00163417829", "society": "SACEM", "performingShare": "33.33"}]}]}')
  id=$(echo "$sheet" | json_field id)
  api POST "$base/cue-sheets/$id/finalization" "" -H "If-Match: \"$(echo "$sheet" | json_field version)\"" >/dev/null
  echo "cue sheet $id finalised (total music $(echo "$sheet" | json_field totalMusic))"
fi

api PUT "$base/isan" '{"isan": "0000-0001-8947-0000-8-0000-0000-D"}' >/dev/null
echo "rights catalogue loaded for production $PRODUCTION_ID"
