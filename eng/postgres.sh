#!/usr/bin/env bash
# A throw-away PostgreSQL server for the CxCore.Data tests: a new cluster in a temporary folder, listening only on a
# Unix socket in that folder (no TCP port, so several checkouts on one machine never clash), trust authentication for
# the local user, stopped and deleted by `stop`.
#
#   eval "$(bash eng/postgres.sh start)"   # prints `export CXCORE_POSTGRES=…` (an Npgsql connection string) and
#                                          # `export CXCORE_POSTGRES_DIR=…` (the folder to give to stop)
#   bash eng/postgres.sh stop "$CXCORE_POSTGRES_DIR"
#
# The binaries come from $PG_BIN, else the newest /usr/lib/postgresql/*/bin; when there are none and the script runs as
# root it installs them with apt-get. initdb refuses to run as root, so as root the server runs as the `postgres` user.
set -euo pipefail

die() { echo "postgres.sh: $*" >&2; exit 1; }

find_bin() {
  if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ]; then echo "$PG_BIN"; return; fi
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

# Runs a command as the server's owner: the postgres user when this shell is root, else this user.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin dir user
  bin="$(find_bin || true)"
  if [ -z "$bin" ]; then
    [ "$(id -u)" = 0 ] || die "no PostgreSQL binaries under /usr/lib/postgresql and not root: install the postgresql package"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
    bin="$(find_bin)" || die "apt-get installed no PostgreSQL binaries"
  fi
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || die "running as root needs the postgres user (the postgresql package creates it)"
    user=postgres
  else
    user="$(id -un)"
  fi
  dir="$(mktemp -d "${TMPDIR:-/tmp}/cxcore-pg.XXXXXX")"
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U "$user" -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $dir -c fsync=off -c full_page_writes=off -c synchronous_commit=off" start >&2 \
    || { cat "$dir/server.log" >&2; die "the server did not start"; }
  echo "$bin" > "$dir/bin"
  echo "export CXCORE_POSTGRES='Host=$dir;Username=$user;Database=postgres;Pooling=false'"
  echo "export CXCORE_POSTGRES_DIR='$dir'"
}

stop() {
  local dir="${1:-}"
  [ -n "$dir" ] || die "stop needs the folder that start printed (CXCORE_POSTGRES_DIR)"
  [ -f "$dir/bin" ] || die "$dir is not a folder that start made"
  as_owner "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) die "usage: postgres.sh start | stop <folder>" ;;
esac
