#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the test suite and print the lines that export its URL.
#
#   eval "$(bash scripts/ci_postgres.sh)"          # starts it; exports STORYLINE_TEST_PG_URL, STORYLINE_PG_DIR
#   bash scripts/ci_postgres.sh stop "$STORYLINE_PG_DIR"   # stops it and removes its files
#
# The cluster lives in a fresh temporary directory, listens on 127.0.0.1 at a free port (and on a
# Unix socket in that directory), trusts local connections and runs with fsync off: it is for tests
# only. PostgreSQL refuses to run as root, so under root the server runs as the `postgres` system
# user (or a created `storyline-pg` user). Progress goes to stderr; only the export lines go to
# stdout. Exits non-zero, printing nothing on stdout, when no PostgreSQL server can be found.
set -euo pipefail

log() { echo "ci_postgres: $*" >&2; }

if [ "${1:-}" = "stop" ]; then
  dir="${2:?usage: ci_postgres.sh stop DIR}"
  [ -f "$dir/bindir" ] || { log "no cluster in $dir"; exit 0; }
  bindir="$(cat "$dir/bindir")"; user="$(cat "$dir/user")"
  if [ "$(id -u)" = 0 ] && [ "$user" != root ]; then
    runuser -u "$user" -- "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  else
    "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$dir"
  exit 0
fi

# 1. find the server binaries (newest major version), installing Debian's package if we can
find_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
bindir="$(find_bindir)"
if [ -z "$bindir" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  log "no PostgreSQL server found; installing Debian's postgresql package"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2 || true
  bindir="$(find_bindir)"
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  log "no PostgreSQL server binaries (looked in /usr/lib/postgresql/*/bin)"
  exit 1
fi

# 2. a user the server may run as
user="$(id -un)"
if [ "$(id -u)" = 0 ]; then
  if id postgres >/dev/null 2>&1; then
    user=postgres
  else
    id storyline-pg >/dev/null 2>&1 || useradd --system --no-create-home storyline-pg
    user=storyline-pg
  fi
fi
as_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$user" -- "$@"; else "$@"; fi
}

# 3. a fresh cluster in a temporary directory, on a free port
dir="$(mktemp -d "${TMPDIR:-/tmp}/storyline-pg.XXXXXX")"
chmod 755 "$dir"
echo "$bindir" > "$dir/bindir"
echo "$user" > "$dir/user"
mkdir "$dir/data" "$dir/sock"
[ "$(id -u)" = 0 ] && chown -R "$user" "$dir/data" "$dir/sock"
port="${STORYLINE_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"

as_user "$bindir/initdb" -D "$dir/data" -U storyline -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
as_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/sock/server.log" -w -t 60 \
  -o "-p $port -k $dir/sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >&2 || { cat "$dir/sock/server.log" >&2; exit 1; }
as_user "$bindir/createdb" -h 127.0.0.1 -p "$port" -U storyline storyline_test >&2 || {
  as_user "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >&2; rm -rf "$dir"; exit 1; }

url="postgresql://storyline@127.0.0.1:$port/storyline_test"
log "$("$bindir/postgres" --version) running at $url (data in $dir)"
echo "export STORYLINE_TEST_PG_URL='$url'"
echo "export STORYLINE_PG_DIR='$dir'"
