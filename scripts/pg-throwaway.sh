#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the test suite and prints the URL to use.
# Installs Debian's postgresql if missing. initdb refuses root, so the server runs as the
# postgres user, on loopback only, in a temporary folder removed by pg-throwaway-stop.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
# a free loopback port unless one is given
PORT=${PG_TEST_PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}
DIR=$(mktemp -d /tmp/k2k-pg-XXXXXX)
chown postgres "$DIR"
RUN="runuser -u postgres --"
command -v runuser >/dev/null 2>&1 || RUN="su postgres -s /bin/sh -c"
$RUN "$PGBIN/initdb" -D "$DIR/data" -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8 >/dev/null
$RUN "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
$RUN "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres k2k_test
echo "$DIR" > /tmp/k2k-pg-current
echo "postgres://postgres@127.0.0.1:$PORT/k2k_test"
