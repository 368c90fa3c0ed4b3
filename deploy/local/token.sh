#!/usr/bin/env bash
# Prints a bearer JWT (RS256) signed with $BOBINE_JWT_PRIVATE_KEY (./bobine run's key pair, deploy/local/keys.sh),
# by default with deploy/local/dev-keys/privateKey.pem, which only services in development mode accept.
# Needs only bash, openssl and base64. DEVELOPMENT ONLY (see dev-keys/README.md).
#
#   deploy/local/token.sh [--user NAME] [--ttl SECONDS] ROLE [ROLE...]
#   deploy/local/token.sh [--user NAME] --all
#
# Claims: iss=https://bobine.local/dev, aud=bobine, sub=upn=NAME (default dev@bobine.local),
#         groups=[ROLES], iat=now, exp=now+12h (or --ttl; the services refuse more than 12 h), jti=random.
# Roles : producer production-manager accountant payroll rights-manager
#         distribution-manager auditor
# Usage : curl -H "Authorization: Bearer $(deploy/local/token.sh accountant)" ...
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
KEY=${BOBINE_JWT_PRIVATE_KEY:-$SCRIPT_DIR/dev-keys/privateKey.pem}
ISSUER=https://bobine.local/dev
VALID_ROLES=(producer production-manager accountant payroll rights-manager distribution-manager auditor)

die() { printf 'token.sh: %s\n' "$*" >&2; exit 1; }
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; }

user=dev@bobine.local
ttl=$((12 * 3600))
roles=()
all=false
while [[ $# -gt 0 ]]; do
  case $1 in
    --user) [[ $# -ge 2 ]] || die "--user needs a value"; user=$2; shift 2 ;;
    --user=*) user=${1#--user=}; shift ;;
    --ttl) [[ $# -ge 2 ]] || die "--ttl needs a value"; ttl=$2; shift 2 ;;
    --all) all=true; shift ;;
    -h | --help) usage; exit 0 ;;
    -*) usage >&2; die "unknown option $1" ;;
    *) roles+=("$1"); shift ;;
  esac
done

$all && roles=("${VALID_ROLES[@]}")
[[ ${#roles[@]} -gt 0 ]] || { usage >&2; die "give at least one role (or --all). Valid roles: ${VALID_ROLES[*]}"; }
[[ $ttl =~ ^[0-9]+$ && $ttl -gt 0 ]] || die "--ttl must be a positive number of seconds"
[[ -n $user ]] || die "--user must not be empty"
[[ $user =~ ^[A-Za-z0-9@._+-]+$ ]] || die "--user may only contain letters, digits and @ . _ + -"
[[ -r $KEY ]] || die "private key $KEY not found (see $SCRIPT_DIR/dev-keys/README.md)"

for r in "${roles[@]}"; do
  ok=false
  for v in "${VALID_ROLES[@]}"; do [[ $r == "$v" ]] && ok=true && break; done
  $ok || die "invalid role '$r'. Valid roles: ${VALID_ROLES[*]} (or --all)"
done

b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }

groups=""
declare -A seen=()
for r in "${roles[@]}"; do
  [[ -n ${seen[$r]:-} ]] && continue
  seen[$r]=1
  groups+="${groups:+,}\"$r\""
done

now=$(date +%s)
jti=$(openssl rand -hex 16)
header='{"alg":"RS256","typ":"JWT"}'
payload=$(printf '{"iss":"%s","aud":"bobine","sub":"%s","upn":"%s","groups":[%s],"iat":%d,"exp":%d,"jti":"%s"}' \
  "$ISSUER" "$user" "$user" "$groups" "$now" "$((now + ttl))" "$jti")

signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature=$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$KEY" -binary | b64url)
printf '%s.%s\n' "$signing_input" "$signature"
