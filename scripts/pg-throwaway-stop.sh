#!/usr/bin/env bash
# Stops the server started by pg-throwaway.sh and removes its folder.
DIR=$(cat /tmp/k2k-pg-current 2>/dev/null) || exit 0
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
rm -rf "$DIR" /tmp/k2k-pg-current
