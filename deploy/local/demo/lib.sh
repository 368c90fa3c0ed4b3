# Helpers for the demo scripts (sourced). Needs TOKEN; every call fails loudly on an HTTP error.

# api METHOD URL [JSON_BODY] [EXTRA_CURL_ARGS...]: prints the response body; exits non-zero on 4xx/5xx with the problem.
api() {
  local method=$1 url=$2 body=${3:-}
  shift 3 2>/dev/null || shift $#
  local out status
  out=$(mktemp)
  if [ -n "$body" ]; then
    status=$(curl -s -o "$out" -w '%{http_code}' -X "$method" "$url" -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Type: application/json' -d "$body" "$@")
  else
    status=$(curl -s -o "$out" -w '%{http_code}' -X "$method" "$url" -H "Authorization: Bearer $TOKEN" "$@")
  fi
  if [ "$status" -ge 400 ] || [ "$status" = 000 ]; then
    echo "demo: $method $url answered $status: $(cat "$out")" >&2
    rm -f "$out"
    return 1
  fi
  cat "$out"
  rm -f "$out"
}

# json_field NAME: reads one top-level field of the JSON on stdin.
json_field() {
  python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"
}

# wait_for_production SERVICE_URL: waits (60 s at most) until the service has received the demo production.
wait_for_production() {
  local url=$1
  for _ in $(seq 1 120); do
    if curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$url/productions/$PRODUCTION_ID"; then
      return 0
    fi
    sleep 0.5
  done
  echo "demo: $url never received production $PRODUCTION_ID" >&2
  return 1
}
