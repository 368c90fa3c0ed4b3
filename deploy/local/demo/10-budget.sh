#!/usr/bin/env bash
# budget-service demo: the CNC devis of "La Nuit du Phare" (version 1 approved and locked, version 2 a draft after
# the location scouting), and its financing plan against the locked version. Safe to run twice: it does nothing
# when the budget or the plan's sources already exist.
set -euo pipefail
# shellcheck source=lib.sh
source "$ROOT/deploy/local/demo/lib.sh"
P="$BUDGET_URL/productions/$PRODUCTION_ID"

py() { python3 -c "$1"; }

existing=$(api GET "$P/budgets" | py 'import json,sys; b=[x for x in json.load(sys.stdin)["items"] if x["title"]=="Devis de production"]; print(b[0]["id"] if b else "")')
if [ -n "$existing" ]; then
  echo "demo budget: devis already there ($existing)"
else
  budget=$(api POST "$P/budgets" '{"templateCode": "CNC-CINEMA", "title": "Devis de production",
    "ratesOn": "2027-03-01", "versionLabel": "V1 dépôt CNC et financiers"}')
  budget_id=$(echo "$budget" | py 'import json,sys; print(json.load(sys.stdin)["id"])')
  v1=$(echo "$budget" | py 'import json,sys; print(json.load(sys.stdin)["versions"][0]["id"])')
  V="$P/budgets/$budget_id/versions/$v1"
  # account|label|quantity|unit|rate|currency|exchange rate|in France|note
  while IFS='|' read -r account label quantity unit rate currency fx france note; do
    [ -z "$account" ] && continue
    body=$(ACCOUNT="$account" LABEL="$label" QTY="$quantity" UNIT="$unit" RATE="$rate" CUR="$currency" FX="$fx" FR="$france" NOTE="$note" py '
import json, os
b = {"accountCode": os.environ["ACCOUNT"], "quantity": os.environ["QTY"], "unit": os.environ["UNIT"],
     "rate": os.environ["RATE"], "currency": os.environ["CUR"], "spentInFrance": os.environ["FR"] == "1"}
if os.environ["LABEL"]: b["label"] = os.environ["LABEL"]
if os.environ["FX"]: b["exchangeRate"] = os.environ["FX"]
if os.environ["NOTE"]: b["note"] = os.environ["NOTE"]
print(json.dumps(b))')
    api POST "$V/lines" "$body" >/dev/null
  done <<'LINES'
1101|Droits d'adaptation du roman « Ar Goulou »|1|forfait|60000.00|EUR||1|option levée en janvier 2027
1201|Scénario (Maëlle Kerjean)|1|forfait|55000.00|EUR||1|
13|Droits du réalisateur|1|forfait|150000.00|EUR||1|
1401|Musique originale|1|forfait|35000.00|EUR||1|
21|Producteur délégué (salaire)|1|forfait|80000.00|EUR||1|
2201|Réalisateur (salaire technicien)|14|semaine|2587.53|EUR||1|
2202||12|semaine|2150.00|EUR||1|
2203||9|semaine|1650.00|EUR||1|
2301||20|semaine|2400.00|EUR||1|
2302||14|semaine|1800.00|EUR||1|
23|Secrétaire de production|20|semaine|1300.00|EUR||1|
2401||10|semaine|2900.00|EUR||1|
2402||8|semaine|2100.00|EUR||1|
2403||9|semaine|1750.00|EUR||1|
2501||9|semaine|2000.00|EUR||1|
2502||8|semaine|1600.00|EUR||1|
2601||12|semaine|2300.00|EUR||1|
2602||11|semaine|1900.00|EUR||1|
26|Ensemblier|10|semaine|1700.00|EUR||1|
2701||16|semaine|2100.00|EUR||1|
2801||8|semaine|1700.00|EUR||1|
2802||8|semaine|1750.00|EUR||1|
31|Rôle principal : Anna, la gardienne|40|jour|6000.00|EUR||1|
31|Rôle principal : Yann, le pêcheur|35|jour|5000.00|EUR||1|
32|Seconds rôles|40|jour|900.00|EUR||1|
34|Figuration (fête du port)|300|jour|120.00|EUR||1|
52|Décors naturels : phare de Kéréon et port du Conquet|40|jour|1200.00|EUR||1|autorisation des Phares et Balises
53||1|forfait|160000.00|EUR||1|
54||1|forfait|40000.00|EUR||1|
57|Effets de tempête (vent, pluie, houle)|1|forfait|65000.00|EUR||1|
58||1|forfait|45000.00|EUR||1|
59||1|forfait|18000.00|EUR||1|
61||1|forfait|60000.00|EUR||1|
64|Hébergement équipe (Finistère)|1400|nuit|95.00|EUR||1|plafond crédit d'impôt 200 €/nuit hors Paris
65||2200|repas|18.50|EUR||1|
69||1|forfait|30000.00|EUR||1|
71|Caméra et optiques|8|semaine|6500.00|EUR||1|
71|Équipe drone (Londres)|5|jour|2800.00|GBP|1.1765321|0|prestataire britannique
72||8|semaine|3200.00|EUR||1|
73||8|semaine|4500.00|EUR||1|
74||8|semaine|1200.00|EUR||1|
76||1|forfait|6000.00|EUR||1|
81||16|semaine|1800.00|EUR||1|
82||1|forfait|45000.00|EUR||1|
83|Effets visuels (tempête, coproducteur belge)|1|forfait|200000.00|EUR||0|dépense en Belgique
84||1|forfait|75000.00|EUR||1|
86|DCP et livrables|1|forfait|15000.00|EUR||1|
91||1|forfait|48000.00|EUR||1|
92|Festivals et promotion|1|forfait|20000.00|EUR||1|inscriptions aux festivals, copies et matériel de presse
93|Frais juridiques et commissaire aux comptes|1|forfait|25000.00|EUR||1|
LINES
  api POST "$V/submission" >/dev/null
  api POST "$V/approval" >/dev/null
  total=$(api GET "$V" | py 'import json,sys; print(json.load(sys.stdin)["total"]["amount"])')
  echo "demo budget: version 1 approved and locked, total $total EUR"
  # Version 2: after the scouting, two more shooting days at the lighthouse and no drone team.
  v2=$(api POST "$V/copies" '{"label": "V2 après repérages"}' | json_field id)
  V2="$P/budgets/$budget_id/versions/$v2"
  lines=$(api GET "$V2")
  location=$(echo "$lines" | py 'import json,sys; l=[x for x in json.load(sys.stdin)["lines"] if x["accountCode"]=="52"][0]; print(l["id"])')
  drone=$(echo "$lines" | py 'import json,sys; l=[x for x in json.load(sys.stdin)["lines"] if x["rate"]["currency"]=="GBP"][0]; print(l["id"])')
  api PUT "$V2/lines/$location" '{"accountCode": "52", "label": "Décors naturels : phare de Kéréon et port du Conquet",
    "quantity": "42", "unit": "jour", "rate": "1200.00", "currency": "EUR", "note": "deux jours de plus au phare"}' \
    -H 'If-Match: "0"' >/dev/null
  api DELETE "$V2/lines/$drone" >/dev/null
  echo "demo budget: version 2 drafted (compare with GET $V2/comparison?against=$v1)"
fi

sources=$(api GET "$P/financing-plan" | py 'import json,sys; print(len(json.load(sys.stdin)["sources"]))')
if [ "$sources" != "0" ]; then
  echo "demo budget: financing plan already has $sources sources"
  exit 0
fi
api PUT "$P/financing-plan/settings" '{"difficultOrLowBudget": false, "taxCreditScheme": "CINEMA_FRENCH_LANGUAGE"}' >/dev/null
add_source() {
  api POST "$P/financing-plan/sources" "$1" | json_field id
}
s_producer=$(add_source '{"kind": "PRODUCER_CONTRIBUTION", "financier": "Les Films du Quai", "amount": {"amount": "250000.00", "currency": "EUR"}, "expectedDate": "2027-01-15"}')
add_source '{"kind": "AUTOMATIC_SUPPORT", "financier": "CNC - compte de soutien", "amount": {"amount": "260000.00", "currency": "EUR"}, "status": "REQUESTED", "expectedDate": "2027-02-15"}' >/dev/null
add_source '{"kind": "AVANCE_SUR_RECETTES", "financier": "CNC - avance sur recettes avant réalisation", "amount": {"amount": "350000.00", "currency": "EUR"}, "status": "REQUESTED", "expectedDate": "2027-02-28", "note": "commission plénière de décembre"}' >/dev/null
s_region=$(add_source '{"kind": "REGIONAL_AID", "financier": "Région Bretagne", "amount": {"amount": "280000.00", "currency": "EUR"}, "status": "REQUESTED", "expectedDate": "2027-02-10",
  "instalments": [{"dueDate": "2027-03-01", "amount": {"amount": "168000.00", "currency": "EUR"}}, {"dueDate": "2027-11-30", "amount": {"amount": "112000.00", "currency": "EUR"}}]}')
s_tv=$(add_source '{"kind": "TV_PRESALE", "financier": "Canal+", "amount": {"amount": "650000.00", "currency": "EUR"}, "expectedDate": "2027-01-31",
  "instalments": [{"dueDate": "2027-03-01", "amount": {"amount": "325000.00", "currency": "EUR"}}, {"dueDate": "2028-01-15", "amount": {"amount": "325000.00", "currency": "EUR"}}]}')
add_source '{"kind": "SOFICA", "financier": "Cinémage 18", "amount": {"amount": "150000.00", "currency": "EUR"}, "expectedDate": "2027-03-15"}' >/dev/null
add_source '{"kind": "DISTRIBUTOR_MINIMUM_GUARANTEE", "financier": "Pyramide Distribution", "amount": {"amount": "200000.00", "currency": "EUR"}, "expectedDate": "2027-02-01"}' >/dev/null
add_source '{"kind": "INTERNATIONAL_SALES", "financier": "Indie Sales", "amount": {"amount": "120000.00", "currency": "EUR"}, "expectedDate": "2027-05-20"}' >/dev/null
add_source '{"kind": "CO_PRODUCER_SHARE", "financier": "Frakas Productions (Belgique)", "amount": {"amount": "280000.00", "currency": "EUR"}, "expectedDate": "2027-02-15"}' >/dev/null
estimate=$(api GET "$P/financing-plan" | py 'import json,sys; t=json.load(sys.stdin)["taxCredit"]; print(t["estimate"]["amount"] if t else "")')
if [ -n "$estimate" ]; then
  add_source "{\"kind\": \"TAX_CREDIT\", \"financier\": \"Crédit d'impôt cinéma\", \"amount\": {\"amount\": \"$estimate\", \"currency\": \"EUR\"}, \"expectedDate\": \"2028-06-30\"}" >/dev/null
fi
for s in "$s_producer" "$s_tv" "$s_region"; do
  api POST "$P/financing-plan/sources/$s/confirmation" >/dev/null
done
api GET "$P/financing-plan" | py '
import json, sys
p = json.load(sys.stdin)
print("demo budget: financing plan %s EUR against locked budget %s EUR, gap %s, public aid share %s, warnings %s" % (
    p["total"]["amount"], p["lockedBudgetTotal"]["amount"], p["gap"]["amount"], p["publicAidShare"],
    [w["code"] for w in p["warnings"]]))'
