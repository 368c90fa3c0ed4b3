#!/usr/bin/env bash
# Source me: makes, once per machine, the secrets the services run with outside development mode, and exports them.
#   BOBINE_JWT_PUBLIC_KEY / BOBINE_JWT_PRIVATE_KEY  an RSA key pair to verify / sign tokens (deploy/local/token.sh)
#   BOBINE_PERSONAL_DATA_KEYS                       the personal-data key ring, "1:<32 random bytes in base64>"
# Production mode refuses the development secrets committed to the repository (deploy/local/dev-keys, the %dev
# personal-data key), so ./bobine run, the benchmarks and the OpenAPI refresh use these, kept in $BOBINE_STATE_DIR/keys.
_bobine_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
_bobine_keys=${BOBINE_STATE_DIR:-$_bobine_root/.local}/keys
mkdir -p "$_bobine_keys"
if [ ! -s "$_bobine_keys/jwt-private.pem" ]; then
  (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$_bobine_keys/jwt-private.pem" 2>/dev/null)
  openssl pkey -in "$_bobine_keys/jwt-private.pem" -pubout -out "$_bobine_keys/jwt-public.pem"
fi
# The key crew-service used before key ids (./bobine run kept it there) stays key 1, so its data still reads.
if [ -s "${BOBINE_STATE_DIR:-$_bobine_root/.local}/crew-personal-data.key" ] && [ ! -s "$_bobine_keys/personal-data.key" ]; then
  cp "${BOBINE_STATE_DIR:-$_bobine_root/.local}/crew-personal-data.key" "$_bobine_keys/personal-data.key"
fi
if [ ! -s "$_bobine_keys/personal-data.key" ]; then
  (umask 077 && openssl rand -base64 32 > "$_bobine_keys/personal-data.key")
fi
export BOBINE_JWT_PUBLIC_KEY="$_bobine_keys/jwt-public.pem"
export BOBINE_JWT_PRIVATE_KEY="$_bobine_keys/jwt-private.pem"
export BOBINE_PERSONAL_DATA_KEYS="1:$(cat "$_bobine_keys/personal-data.key")"
unset _bobine_root _bobine_keys
