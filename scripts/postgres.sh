#!/usr/bin/env bash
# A PostgreSQL server for transcheck's shared job repository (the multi-process test, trials of
# --role=manager/worker on one machine). Installs Debian's postgresql if it is missing (as root).
#
#   scripts/postgres.sh start    initialise (once) and start the server, create database "transcheck"
#   scripts/postgres.sh url      print the JDBC URL to pass as --spring.datasource.url=...
#   scripts/postgres.sh stop     stop the server
#
# TRANSCHECK_PG_PORT (default 55432) and TRANSCHECK_PG_DIR (default /tmp/transcheck-pg) change where.
set -euo pipefail
PORT=${TRANSCHECK_PG_PORT:-55432}
DIR=${TRANSCHECK_PG_DIR:-/tmp/transcheck-pg}

pg_bin() {
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/$1" ] && { echo "$d/$1"; return 0; }
    done
    return 1
}

ensure_installed() {
    pg_bin pg_ctl >/dev/null && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "postgres.sh: installing Debian's postgresql" >&2
        (apt-get install -y -q postgresql >/dev/null 2>&1) || { apt-get update -q >/dev/null && apt-get install -y -q postgresql >/dev/null; }
    fi
    pg_bin pg_ctl >/dev/null || { echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
}

# PostgreSQL refuses to run as root: run its programs as the postgres user then
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "${1:-}" in
    start)
        ensure_installed
        if [ ! -f "$DIR/PG_VERSION" ]; then
            mkdir -p "$DIR"
            [ "$(id -u)" = 0 ] && chown postgres "$DIR"
            as_owner "$(pg_bin initdb)" -D "$DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
        fi
        if ! as_owner "$(pg_bin pg_ctl)" -D "$DIR" status >/dev/null 2>&1; then
            as_owner "$(pg_bin pg_ctl)" -D "$DIR" -l "$DIR/server.log" -w \
                -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
        fi
        if ! as_owner "$(pg_bin psql)" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='transcheck'" | grep -q 1; then
            as_owner "$(pg_bin createdb)" -h 127.0.0.1 -p "$PORT" -U postgres transcheck
        fi
        echo "jdbc:postgresql://127.0.0.1:$PORT/transcheck?user=postgres"
        ;;
    url)
        echo "jdbc:postgresql://127.0.0.1:$PORT/transcheck?user=postgres"
        ;;
    stop)
        pg_bin pg_ctl >/dev/null && as_owner "$(pg_bin pg_ctl)" -D "$DIR" -m fast stop >/dev/null || true
        ;;
    *)
        echo "usage: $0 start|url|stop" >&2
        exit 2
        ;;
esac
