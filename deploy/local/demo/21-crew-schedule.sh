#!/usr/bin/env bash
# crew-service demo: the production office of "La Nuit du Phare". The breakdown (three sets on Ouessant, ten scenes,
# the actress in four of them), the production office's settings (electricians called an hour before the unit,
# emergency contacts), the shooting schedule of the first week (Monday 1 to Friday 5 March 2027, a night exterior at the
# cliff on Wednesday) published, which sends its planned labour to budget-service's cost report, a second version in
# draft with a scene moved, and the call sheets of days 1 and 3, sent, with a late change of day 3 prepared.
# Runs after 20-crew.sh (the people and their contracts). Safe to run twice: what exists is looked up first.
set -euo pipefail
# shellcheck source=lib.sh
source "$ROOT/deploy/local/demo/lib.sh"
P="$CREW_URL/productions/$PRODUCTION_ID"

py() { python3 -c "$1"; }

# etag URL: the ETag header of a resource.
etag() {
  curl -s -D - -o /dev/null -H "Authorization: Bearer $TOKEN" "$1" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p'
}

probe=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$P/schedule-versions")
if [ "$probe" != 200 ]; then
  echo "demo schedule: crew-service is not answering $P/schedule-versions ($probe); skipped" >&2
  exit 0
fi

# person_id "First Last": the id of a person registered by 20-crew.sh, empty when missing.
person_id() {
  api GET "$CREW_URL/people?name=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1")" \
    | py 'import json,sys; items=json.load(sys.stdin)["items"]; print(items[0]["id"] if items else "")'
}
actress=$(person_id "Soizic Caradec")
if [ -z "$actress" ]; then
  echo "demo schedule: the people of 20-crew.sh are missing (crew-service without its personal-data key?); skipped"
  exit 0
fi

# set CODE NAME KIND STREET HOSPITAL: prints the set's id, adding it if needed.
set_id() {
  local found
  found=$(api GET "$P/sets?q=$1&size=200" | CODE="$1" py 'import json,os,sys; s=[x["id"] for x in json.load(sys.stdin)["items"] if x["code"]==os.environ["CODE"]]; print(s[0] if s else "")')
  if [ -n "$found" ]; then echo "$found"; return; fi
  api POST "$P/sets" "{\"code\": \"$1\", \"name\": \"$2\", \"kind\": \"$3\",
    \"address\": {\"street\": \"$4\", \"postcode\": \"29242\", \"town\": \"Ouessant\", \"country\": \"FR\"},
    \"accessNotes\": \"Navette depuis le port du Stiff, parking de la base vie\", \"nearestHospital\": \"$5\"}" | json_field id
}

# scene NUMBER SET SETTING TIME EIGHTHS SYNOPSIS CAST_JSON NEEDS_JSON: prints the scene's id, adding it if needed.
scene_id() {
  local found
  found=$(api GET "$P/scenes?size=200" | NUM="$1" py 'import json,os,sys; s=[x["id"] for x in json.load(sys.stdin)["items"] if x["number"]==os.environ["NUM"]]; print(s[0] if s else "")')
  if [ -n "$found" ]; then echo "$found"; return; fi
  api POST "$P/scenes" "{\"number\": \"$1\", \"shootingSetId\": \"$2\", \"setting\": \"$3\", \"timeOfDay\": \"$4\",
    \"eighths\": $5, \"synopsis\": \"$6\", \"cast\": $7, \"specialNeeds\": $8}" | json_field id
}

hospital="Hôpital de la Cavale Blanche (CHU de Brest), bd Tanguy Prigent, 29200 Brest ; hélicoptère SAMU 29 depuis Ouessant"
lighthouse=$(set_id PHARE "Phare de Kéréon, salle des cartes" LOCATION "Pointe de Kéréon" "$hospital")
cliff=$(set_id FALAISE "Falaise de Pern" LOCATION "Chemin des douaniers, pointe de Pern" "$hospital")
harbour=$(set_id PORT "Port du Stiff" LOCATION "Port du Stiff" "$hospital")

anna="[{\"personId\": \"$actress\", \"character\": \"Anna, la gardienne\"}]"
s1=$(scene_id 1 "$lighthouse" INT DAY 12 "Anna allume la lanterne pour la dernière fois" "$anna" '[]')
s2=$(scene_id 2 "$lighthouse" INT DAY 9 "Le journal de bord, les tempêtes de 1962" '[]' '[]')
s3=$(scene_id 3 "$harbour" EXT DAY 16 "Arrivée du ravitaillement" '[]' '["Bateau de ravitaillement", "Figurants (10)"]')
s4=$(scene_id 4 "$lighthouse" INT NIGHT 10 "La lampe tourne, vue de l'intérieur" '[]' '["Lanterne en fonctionnement"]')
s5=$(scene_id 5 "$cliff" EXT NIGHT 18 "Anna cherche le canot dans la tempête" "$anna" '["Machine à vent", "Machine à pluie", "Cascadeuse"]')
s6=$(scene_id 6 "$cliff" EXT NIGHT 12 "Le canot échoué" "$anna" '["Canot"]')
s7=$(scene_id 7 "$cliff" EXT DAY 11 "Le lendemain, la falaise" '[]' '[]')
s8=$(scene_id 8 "$harbour" EXT NIGHT 9 "Les pêcheurs rentrent de nuit" '[]' '["Figurants (6)", "Bateaux"]')
s9=$(scene_id 9 "$lighthouse" INT DAY 14 "Anna écrit à sa fille" "$anna" '[]')
s10=$(scene_id 10 "$harbour" EXT DAY 7 "Le départ du ferry" '[]' '["Ferry Penn ar Bed"]')

office=$(api GET "$P/production-office")
office_version=$(echo "$office" | json_field version)
if [ "$office_version" = 0 ]; then
  api PUT "$P/production-office" '{"address": "Hôtel de la Baie, bourg de Lampaul, 29242 Ouessant", "phone": "+33 2 98 48 80 00",
    "departmentCalls": [{"department": "LIGHTING", "callOffsetMinutes": -60, "wrapOffsetMinutes": 0},
                        {"department": "CAST", "callOffsetMinutes": -60, "wrapOffsetMinutes": 0}],
    "emergencyContacts": [{"role": "Directeur de production", "name": "Hervé Le Roux", "phone": "+33 6 11 22 33 44"},
                          {"role": "Régisseur général", "name": "Yannick Le Goff", "phone": "+33 6 12 34 56 78"},
                          {"role": "Secouriste du plateau", "name": "Morgane Quéré", "phone": "+33 6 98 76 54 32"}],
    "positionDepartments": []}' -H 'If-Match: "0"' > /dev/null
fi

versions=$(api GET "$P/schedule-versions?size=200")
v1=$(echo "$versions" | py 'import json,sys; v=[x["id"] for x in json.load(sys.stdin)["items"] if x["number"]==1]; print(v[0] if v else "")')
if [ -z "$v1" ]; then
  v1=$(api POST "$P/schedule-versions" '{"label": "V1 semaine 1", "copyOf": null}' | json_field id)
fi
status=$(api GET "$P/schedule-versions/$v1" | json_field status)
if [ "$status" = DRAFT ]; then
  # Mon-Tue at the lighthouse and the harbour; Wednesday the night exterior at the cliff (wrap 02:00 Thursday);
  # Thursday a late call at 13:00 (11 h after the wrap); Friday back at the lighthouse.
  api PUT "$P/schedule-versions/$v1/days" "{\"days\": [
    {\"date\": \"2027-03-01\", \"unitCall\": \"08:00\", \"estimatedWrap\": \"19:00\", \"mealBreakMinutes\": 60, \"notes\": null, \"sceneIds\": [\"$s1\", \"$s2\"]},
    {\"date\": \"2027-03-02\", \"unitCall\": \"08:00\", \"estimatedWrap\": \"19:00\", \"mealBreakMinutes\": 60, \"notes\": \"Ravitaillement à 10:30 : marée\", \"sceneIds\": [\"$s3\", \"$s4\"]},
    {\"date\": \"2027-03-03\", \"unitCall\": \"15:00\", \"estimatedWrap\": \"02:00\", \"mealBreakMinutes\": 60, \"notes\": \"Nuit extérieure : vêtements chauds, lampes frontales\", \"sceneIds\": [\"$s5\", \"$s6\"]},
    {\"date\": \"2027-03-04\", \"unitCall\": \"13:00\", \"estimatedWrap\": \"23:00\", \"mealBreakMinutes\": 60, \"notes\": null, \"sceneIds\": [\"$s7\", \"$s8\"]},
    {\"date\": \"2027-03-05\", \"unitCall\": \"10:00\", \"estimatedWrap\": \"20:00\", \"mealBreakMinutes\": 60, \"notes\": null, \"sceneIds\": [\"$s9\", \"$s10\"]}]}" \
    -H "If-Match: $(etag "$P/schedule-versions/$v1")" > /dev/null
  api POST "$P/schedule-versions/$v1/publication" "" -H "If-Match: $(etag "$P/schedule-versions/$v1")" \
    -H "Idempotency-Key: demo-publish-$v1" > /dev/null
fi

# Version 2, a draft: scene 9 (the actress, Friday) moved to the head of Thursday; its consequences printed.
v2=$(echo "$versions" | py 'import json,sys; v=[x["id"] for x in json.load(sys.stdin)["items"] if x["number"]==2]; print(v[0] if v else "")')
if [ -z "$v2" ]; then
  v2=$(api POST "$P/schedule-versions" "{\"label\": \"V2 pluie annoncée vendredi\", \"copyOf\": \"$v1\"}" | json_field id)
  api POST "$P/schedule-versions/$v2/scene-moves" "{\"sceneId\": \"$s9\", \"toDate\": \"2027-03-04\", \"position\": 0}" \
    -H "If-Match: $(etag "$P/schedule-versions/$v2")" | py '
import json, sys
r = json.load(sys.stdin)
for m in r["consequences"]["moved"]:
    print("demo schedule: V2 moves scene %s from %s to %s" % (m["number"], m["from"], m["to"]))
for c in r["consequences"]["cast"]:
    print("  %s: days %s -> %s" % (c["name"], ", ".join(c["before"]), ", ".join(c["after"])))
for f in r["restFindings"]:
    print("  %s %s: %s" % (f["verdict"], f["name"], f["reason"]))'
fi

# call_sheet DATE BODY: the day's call sheet of number 1, prepared and sent when missing.
call_sheet() {
  local found
  found=$(api GET "$P/call-sheets?date=$1" | py 'import json,sys; s=[x for x in json.load(sys.stdin)["items"] if x["number"]==1]; print(s[0]["id"] if s else "")')
  if [ -z "$found" ]; then
    found=$(api POST "$P/call-sheets" "$2" | json_field id)
  fi
  local status
  status=$(api GET "$P/call-sheets/$found" | json_field status)
  if [ "$status" = DRAFT ]; then
    api POST "$P/call-sheets/$found/sending" "" -H "If-Match: $(etag "$P/call-sheets/$found")" > /dev/null
  fi
  echo "$found"
}
meals='[{"kind": "BREAKFAST", "time": "07:30", "place": "Hôtel de la Baie", "caterer": null},
        {"kind": "LUNCH", "time": "13:00", "place": "Cantine, base vie du phare", "caterer": "Traiteur du Stiff"}]'
day1=$(call_sheet 2027-03-01 "{\"date\": \"2027-03-01\", \"transport\": [{\"departure\": \"07:15\", \"from\": \"Hôtel de la Baie\",
  \"to\": \"Phare de Kéréon\", \"vehicle\": \"Minibus 9 places\", \"passengers\": \"Toute l'équipe\"}], \"meals\": $meals,
  \"callOverrides\": [], \"notes\": \"Premier jour : accueil sécurité à 08:00 par le régisseur\"}")
day3_body="{\"date\": \"2027-03-03\", \"transport\": [{\"departure\": \"13:45\", \"from\": \"Hôtel de la Baie\", \"to\": \"Falaise de Pern\",
  \"vehicle\": \"Minibus 9 places\", \"passengers\": \"Électriciens\"}, {\"departure\": \"14:30\", \"from\": \"Hôtel de la Baie\",
  \"to\": \"Falaise de Pern\", \"vehicle\": \"Minibus 9 places\", \"passengers\": \"Équipe, comédienne\"}],
  \"meals\": [{\"kind\": \"DINNER\", \"time\": \"20:30\", \"place\": \"Barnum chauffé, parking de Pern\", \"caterer\": \"Traiteur du Stiff\"}],
  \"callOverrides\": %s, \"notes\": \"Marée haute à 19:42 : aucun plan en bas de falaise après 18:30\"}"
# shellcheck disable=SC2059
day3=$(call_sheet 2027-03-03 "$(printf "$day3_body" '[]')")
# A late change of day 3: the actress called at 15:00 instead of 14:00 (make-up at the hotel); version 2 prepared, not sent.
late=$(api GET "$P/call-sheets?date=2027-03-03" | py 'import json,sys; print(len(json.load(sys.stdin)["items"]))')
if [ "$late" = 1 ]; then
  # shellcheck disable=SC2059
  api POST "$P/call-sheets" "$(printf "$day3_body" "[{\"personId\": \"$actress\", \"call\": \"2027-03-03T15:00:00\", \"reason\": \"Maquillage à l'hôtel\"}]")" | py '
import json, sys
c = json.load(sys.stdin)
print("demo schedule: call sheet of %s, version %d: tell %s" % (c["date"], c["number"],
      "; ".join("%s (%s)" % (n["name"], ", ".join(n["reasons"])) for n in c["change"]["toNotify"])))'
fi

labour=$(api GET "$P/schedule-versions/$v1/planned-labour" | py 'import json,sys; print(json.load(sys.stdin)["gross"]["amount"])')
echo "demo schedule: 3 sets, 10 scenes, V1 published (planned labour of the week $labour EUR), V2 in draft;"
echo "               call sheets of 1 and 3 March sent ($day1, $day3), the late change of 3 March prepared"
