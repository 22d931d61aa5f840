#!/usr/bin/env bash
# Production-like run without Docker: the packaged jar (prod profile) against a separate
# PostgreSQL server, configured only through environment variables, then a smoke check.
#
#   ./mvnw package -DskipTests && docker/run-packaged.sh          # start, check, stop
#   KEEP_RUNNING=1 docker/run-packaged.sh                          # leave it running
#
# Uses the Debian PostgreSQL server binaries (apt-get install postgresql), in a throwaway
# cluster on port 55432. To use an existing server instead, set QUARKUS_DATASOURCE_JDBC_URL,
# QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD before calling.
# Tokens are verified with a key pair made here (standing in for Keycloak's JWKS).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }
WORK=$(mktemp -d /tmp/pavilion-prod.XXXXXX)
chmod 755 "$WORK"
PORT=${PAVILION_PORT:-18080}
PG_PORT=55432
started_pg=""

cleanup() {
  if [ -z "${KEEP_RUNNING:-}" ]; then
    [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
    if [ -n "$started_pg" ]; then runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true; fi
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

if [ -z "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$PG_BIN" ] || { echo "No PostgreSQL server found: apt-get install postgresql" >&2; exit 1; }
  mkdir -p "$WORK/pg" && chown postgres "$WORK/pg"
  echo postgres-admin > "$WORK/pwfile" && chown postgres "$WORK/pwfile"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$WORK/pg" -U postgres --auth=scram-sha-256 \
      --pwfile="$WORK/pwfile" >/dev/null
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg" -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" \
      -l "$WORK/pg/server.log" -w start >/dev/null
  started_pg=1
  PGPASSWORD=postgres-admin "$PG_BIN/psql" -h 127.0.0.1 -p $PG_PORT -U postgres -q \
      -c "create role pavilion login password 'pavilion-secret'" -c "create database pavilion owner pavilion"
  PGPASSWORD=postgres-admin "$PG_BIN/psql" -h 127.0.0.1 -p $PG_PORT -U postgres -d pavilion -qc "create extension if not exists pg_trgm;"
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/pavilion"
  export QUARKUS_DATASOURCE_USERNAME=pavilion
  export QUARKUS_DATASOURCE_PASSWORD=pavilion-secret
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
fi

openssl genrsa -out "$WORK/key.pem" 2048 2>/dev/null
openssl rsa -in "$WORK/key.pem" -pubout -out "$WORK/public.pem" 2>/dev/null
export MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$WORK/public.pem"
export MP_JWT_VERIFY_ISSUER="https://idp.example/realms/pavilion"
export QUARKUS_HTTP_PORT=$PORT

started=$(date +%s%N)
java @docker/jvm.options -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 100); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/q/health/ready" || true)
  [ "$code" = 200 ] && break
  sleep 0.1
done
echo "ready in $(( ($(date +%s%N) - started) / 1000000 )) ms (launch to first 200 on /q/health/ready)"

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
token() { # $1 subject, $2 role
  local header payload now
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"iss":"%s","sub":"%s","preferred_username":"%s","groups":["%s"],"iat":%d,"exp":%d}' \
      "$MP_JWT_VERIFY_ISSUER" "$1" "$1" "$2" "$now" $((now + 3600)) | b64url)
  printf '%s.%s.%s' "$header" "$payload" "$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$WORK/key.pem" | b64url)"
}

fail=0
check() { # $1 label, $2 expected, $3 actual
  if [ "$2" = "$3" ]; then echo "ok   $1 ($3)"; else echo "FAIL $1: expected $2, got $3"; fail=1; fi
}
BASE="http://127.0.0.1:$PORT"
check "no token: 401" 401 "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/companies")"
check "no /dev/token in production" 404 "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/dev/token?sub=x&roles=admin")"
OFFICER=$(token officer-1 officer)
check "officer registers a company" 201 "$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/api/v1/companies" \
    -H "Authorization: Bearer $OFFICER" -H 'Content-Type: application/json' \
    -d '{"brn":"124-81-00998","nameKo":"샘플","representative":"Kim","sector":"Electronics","contactEmail":"a@example.com"}')"
check "officer lists companies" 200 "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $OFFICER" "$BASE/api/v1/companies")"
check "readiness" 200 "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready")"
echo "resident memory: $(( $(awk '/VmRSS/{print $2}' /proc/$APP_PID/status) / 1024 )) MB"
if [ -n "${KEEP_RUNNING:-}" ]; then
  echo "Running on $BASE (pid $APP_PID); work files in $WORK. Officer token:"; echo "$OFFICER"
fi
exit $fail
