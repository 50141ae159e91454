#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for the central's tests and print its URL:
#   export CENTRAL_TEST_POSTGRES_URL=$(scripts/postgres-for-tests.sh)
# Installs Debian's postgresql package when it is missing. The data lives in a temporary
# directory; the server runs until the machine stops (CI machines are thrown away).
set -euo pipefail
# A free port, so that it never meets another server on this machine.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
sudo=""
[[ $EUID -ne 0 ]] && sudo="sudo"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  $sudo apt-get update -qq >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
data=$(mktemp -d /tmp/central-pg.XXXXXX)
$sudo chown postgres "$data"
if [[ $EUID -eq 0 ]]; then
  as_postgres() { su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; }
else
  as_postgres() { sudo -u postgres "$@"; }
fi
as_postgres "$bin/initdb" -D "$data" -A trust -U postgres >/dev/null
as_postgres "$bin/pg_ctl" -D "$data" -l "$data/log" -o "-p $port -k /tmp -c listen_addresses=127.0.0.1" -w start >/dev/null
as_postgres "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres central_test
echo "postgresql://postgres@127.0.0.1:$port/central_test"
