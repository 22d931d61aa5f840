#!/usr/bin/env bash
# Shared by the walk-throughs: where the service is, how to get a token, and a few helpers. Needs only curl and jq.
#   PAVILION   the service (default http://localhost:8080, ./mvnw quarkus:dev)
#   TOKEN_URL  where tokens come from (default $PAVILION/dev/token, dev mode only)
set -euo pipefail
PAVILION=${PAVILION:-http://localhost:8080}
TOKEN_URL=${TOKEN_URL:-$PAVILION/dev/token}
API=$PAVILION/api/v1
JSON='Content-Type: application/json'
TODAY=$(TZ=Asia/Seoul date +%Y-%m-%d)   # the service's "today" is Seoul's: from 15:00 UTC it is already tomorrow there

# token SUBJECT ROLES: a bearer token for this user (dev mode signs it with its own key pair)
token() { curl -sf "$TOKEN_URL?sub=$1&roles=$2"; }

# key: a fresh Idempotency-Key (no uuidgen needed)
key() { printf 'walk-%s-%s%s%s' "$(date +%s)" "$RANDOM" "$RANDOM" "$RANDOM"; }

# unique: a suffix that makes names and numbers of this run its own
unique() { printf '%s%05d' "$(date +%s)" "$RANDOM"; }

# brn: a new business registration number with a valid National Tax Service check digit
brn() {
  local w=(1 3 7 1 3 7 1 3 5) d=() sum=0 i
  for i in 0 1 2 3 4 5 6 7 8; do d[i]=$((RANDOM % 10)); sum=$((sum + d[i] * w[i])); done
  sum=$((sum + d[8] * 5 / 10))
  d[9]=$(((10 - sum % 10) % 10))
  printf '%s%s%s-%s%s-%s%s%s%s%s' "${d[@]}"
}

# call METHOD PATH TOKEN [BODY]: the answer's body; fails (exit 1) on any status >= 400, printing the problem
call() {
  local method=$1 path=$2 bearer=$3 body=${4:-} out status
  out=$(mktemp)
  if [ -n "$body" ]; then
    status=$(curl -s -o "$out" -w '%{http_code}' -X "$method" "$API$path" -H "Authorization: Bearer $bearer" -H "$JSON" \
      -H "Idempotency-Key: $(key)" -d "$body")
  else
    status=$(curl -s -o "$out" -w '%{http_code}' -X "$method" "$API$path" -H "Authorization: Bearer $bearer")
  fi
  if [ "$status" -ge 400 ]; then
    echo "$method $path answered $status: $(cat "$out")" >&2
    rm -f "$out"
    return 1
  fi
  cat "$out"
  rm -f "$out"
}

# expect WHAT ACTUAL EXPECTED: shows what the walk-through claims, and stops if it is not so
expect() {
  if [ "$2" != "$3" ]; then
    echo "NOT AS CLAIMED: $1 is '$2', expected '$3'" >&2
    exit 1
  fi
  echo "ok: $1 = $2"
}
