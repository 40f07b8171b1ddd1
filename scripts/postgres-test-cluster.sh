#!/usr/bin/env bash
# A private, throw-away PostgreSQL for the tests: its own cluster in a temp folder, on 127.0.0.1 and a
# free port, trusted local logins, durability switched off (fsync) because nothing in it must survive.
#
#   eval "$(bash scripts/postgres-test-cluster.sh start)"   # exports INGEST_TEST_POSTGRES and INGEST_TEST_POSTGRES_DIR
#   bash scripts/postgres-test-cluster.sh stop              # stops it and deletes the folder (reads INGEST_TEST_POSTGRES_DIR)
#
# `start` prints only the export lines on stdout (everything else goes to stderr), so eval is safe.
# Needs Debian's `postgresql` package; installs it with apt-get when missing (as root or with sudo).
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user (or `nobody`).
set -euo pipefail

say() { echo "postgres-test-cluster: $*" >&2; }

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    return 1
  fi
  echo "$dir"
}

install_postgres() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      say "PostgreSQL is not installed; please run: apt-get install -y postgresql"; exit 2
    fi
  fi
  say "installing postgresql (apt-get)"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >&2
}

# The account the server runs as: ourselves unless we are root.
server_user() {
  if [ "$(id -u)" -ne 0 ]; then id -un; return; fi
  if getent passwd postgres >/dev/null; then echo postgres; else echo nobody; fi
}

as_server() {
  local user="$1"; shift
  if [ "$user" = "$(id -un)" ]; then "$@"; else runuser -u "$user" -- "$@"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  local bin user dir port attempt
  bin=$(pg_bin) || { install_postgres; bin=$(pg_bin) || { say "initdb not found under /usr/lib/postgresql"; exit 2; }; }
  user=$(server_user)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/ingest-pg.XXXXXX")
  chmod 755 "$dir"
  if [ "$user" != "$(id -un)" ]; then chown "$user" "$dir"; fi
  as_server "$user" "$bin/initdb" -D "$dir/data" -U ingest --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; say "initdb failed"; exit 1; }

  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    port_in_use "$port" && continue
    if as_server "$user" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null 2>&1; then
      break
    fi
    say "could not start on port $port (attempt $attempt); trying another"
    port=""
  done
  if [ -z "$port" ]; then
    tail -20 "$dir/server.log" >&2 || true
    say "the server did not start"; exit 1
  fi

  "$bin/createdb" -h 127.0.0.1 -p "$port" -U ingest ingest_test
  say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir (server user $user)"
  echo "export INGEST_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=ingest;Database=ingest_test'"
  echo "export INGEST_TEST_POSTGRES_DIR='$dir'"
}

stop() {
  local dir="${1:-${INGEST_TEST_POSTGRES_DIR:-}}" bin user
  if [ -z "$dir" ] || [ ! -d "$dir/data" ]; then
    say "nothing to stop"; return 0
  fi
  bin=$(pg_bin)
  user=$(stat -c %U "$dir/data")
  as_server "$user" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || say "the server in $dir was not running"
  rm -rf "$dir"
  say "stopped and removed $dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop [folder]" >&2; exit 2 ;;
esac
