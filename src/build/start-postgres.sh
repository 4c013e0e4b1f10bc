#!/usr/bin/env bash
# Starts Debian's PostgreSQL on localhost:5432 and makes a 'kiosk' user and database for the tests.
set -euo pipefail
version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)
if [ -z "$version" ]; then
  echo "PostgreSQL is not installed (Debian/Ubuntu: sudo apt-get install postgresql)." >&2
  exit 1
fi
if ! pg_lsclusters -h 2>/dev/null | grep -q .; then
  pg_createcluster "$version" main >/dev/null
fi
cluster=$(pg_lsclusters -h | head -n 1 | awk '{print $1" "$2}')
pg_ctlcluster $cluster start 2>/dev/null || true
for _ in $(seq 1 30); do
  su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -qAtc \"select 1 from pg_roles where rolname='kiosk'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"create role kiosk login password 'kiosk' createdb\""
for db in kiosk kiosk_test; do
  su postgres -c "psql -qAtc \"select 1 from pg_database where datname='$db'\"" | grep -q 1 \
    || su postgres -c "createdb -O kiosk $db"
done
echo "PostgreSQL $version is running on localhost:5432 (user kiosk, databases kiosk and kiosk_test)."
