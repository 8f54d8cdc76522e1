#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store tests (CTest fixture `pg_server`, see
# tests/unit/store/CMakeLists.txt): `start DIR PORT` creates a fresh cluster in DIR/data
# with Debian's initdb and starts it listening only on a unix socket in DIR (no TCP),
# trust authentication for the role `chancery`; `stop DIR PORT` stops it and removes DIR.
# PostgreSQL refuses to run as root, so under root the server runs as the `postgres`
# user that Debian's postgresql package creates (DIR is handed over to it).
set -euo pipefail

cmd=${1:?usage: pg_test_server.sh start|stop DIR PORT}
dir=${2:?DIR}
port=${3:?PORT}

bindir=""
for v in 17 16 15; do
  if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then bindir="/usr/lib/postgresql/$v/bin"; break; fi
done
if [ -z "$bindir" ]; then
  echo "pg_test_server: no PostgreSQL server found (apt-get install postgresql; scripts/setup.sh does)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_server() {
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
}

case "$cmd" in
  start)
    stop_server
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
      id postgres >/dev/null 2>&1 || { echo "pg_test_server: no 'postgres' user to run the server as" >&2; exit 1; }
      chown postgres: "$dir"
      # The server user must be able to reach DIR through its parents.
      p=$(dirname "$dir")
      while [ "$p" != "/" ]; do chmod o+x "$p" 2>/dev/null || true; p=$(dirname "$p"); done
    fi
    as_owner "$bindir/initdb" -D "$dir/data" -U chancery --auth=trust -E UTF8 --locale=C.UTF-8 \
      --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # A restart right after a crash can find a stale postmaster.pid: retry a few times.
    for attempt in 1 2 3 4 5; do
      if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
           -o "-k $dir -p $port -c listen_addresses= -c fsync=off -c max_connections=50" start >/dev/null; then
        echo "pg_test_server: running on $dir port $port" >&2
        exit 0
      fi
      sleep 1
    done
    cat "$dir/server.log" >&2 || true
    exit 1
    ;;
  stop)
    stop_server
    rm -rf "$dir"
    ;;
  *)
    echo "usage: pg_test_server.sh start|stop DIR PORT" >&2
    exit 2
    ;;
esac
