#!/usr/bin/env bash
# CI/dev: installs (if missing) and starts a local PostgreSQL on 127.0.0.1 with the test role and database
# `digitalindex_test`, then prints the line `TEST_DATABASE_URL=postgres://…` to export. Idempotent; runs as
# root without sudo (Debian's postgresql package, pg_ctlcluster). Everything else it prints goes to stderr.
#
#   eval "export $(bash .ci/postgres.sh)"     # then: REQUIRE_POSTGRES=1 npx vitest run test/store
#
# The test database's default collation is German (ICU de-DE), as a German deployment's would be, so that
# the store's byte-order sorting (COLLATE "C" on its text columns) is really tested.
set -euo pipefail

NAME=digitalindex_test
PASSWORD=${DIGITALINDEX_TEST_PASSWORD:-digitalindex_test}
HOST=127.0.0.1
PORT=5432

log() { echo "postgres.sh: $*" >&2; }

if ! command -v pg_lsclusters >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing Debian's postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{ print $1, $2 }' | grep -qx "$VERSION main"; then
  log "creating cluster $VERSION/main"
  pg_createcluster "$VERSION" main --port "$PORT" >&2
fi
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" { print $3 }')

# Listen on the loopback address only; rewrite (and restart) only when the setting changes.
CONF=/etc/postgresql/$VERSION/main/conf.d/digitalindex-test.conf
WANT="listen_addresses = '$HOST'"
changed=0
if [ "$(cat "$CONF" 2>/dev/null)" != "$WANT" ]; then
  mkdir -p "$(dirname "$CONF")"
  echo "$WANT" >"$CONF"
  changed=1
fi

status=$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" { print $4 }')
if [ "$status" != online ]; then
  log "starting cluster $VERSION/main on $HOST:$PORT"
  pg_ctlcluster "$VERSION" main start >&2
elif [ "$changed" = 1 ]; then
  log "restarting cluster $VERSION/main to listen on $HOST only"
  pg_ctlcluster "$VERSION" main restart >&2
fi

for _ in $(seq 1 60); do
  pg_isready -q -h "$HOST" -p "$PORT" && break
  sleep 0.5
done
pg_isready -h "$HOST" -p "$PORT" >&2

psql_admin() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PORT" "$@"; }

psql_admin -d postgres -v name="$NAME" -v password="$PASSWORD" >&2 <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'name', :'password')
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'name') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'name', :'password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I TEMPLATE template0 ENCODING %L LOCALE_PROVIDER icu ICU_LOCALE %L LOCALE %L',
              :'name', :'name', 'UTF8', 'de-DE', 'C.UTF-8')
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'name') \gexec
SQL

echo "TEST_DATABASE_URL=postgres://$NAME:$PASSWORD@$HOST:$PORT/$NAME"
