#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (STACK.md recipe A): port 54329, data in /tmp/zeugnisdesk-pg,
# trust authentication on 127.0.0.1 only, database zeugnisdesk_test.
#
#   source scripts/test-postgres.sh   # starts it and exports TEST_DATABASE_URL; stop with test_postgres_stop
#   bash scripts/test-postgres.sh start|stop
#
# Installs Debian's postgresql package if initdb is missing (needs root). As root the cluster runs as the
# `postgres` user; as another user it runs as that user.

TEST_PG_PORT=${TEST_PG_PORT:-54329}
TEST_PG_ROOT=${TEST_PG_ROOT:-/tmp/zeugnisdesk-pg}

_test_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true; }

_test_pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

test_postgres_stop() {
  local bin
  bin=$(_test_pg_bin)
  if [ -n "$bin" ] && [ -f "$TEST_PG_ROOT/data/postmaster.pid" ]; then
    _test_pg_as_owner "$bin/pg_ctl" -D "$TEST_PG_ROOT/data" -m fast -w stop >/dev/null || return 1
  fi
  rm -rf "$TEST_PG_ROOT"
}

test_postgres_start() {
  local bin
  bin=$(_test_pg_bin)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >/dev/null \
      || return 1
    bin=$(_test_pg_bin)
  fi
  test_postgres_stop || return 1
  mkdir -p "$TEST_PG_ROOT/data" "$TEST_PG_ROOT/sock" || return 1
  chmod 755 "$TEST_PG_ROOT"
  chmod 700 "$TEST_PG_ROOT/data"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$TEST_PG_ROOT/data" "$TEST_PG_ROOT/sock" || return 1; fi
  _test_pg_as_owner "$bin/initdb" -D "$TEST_PG_ROOT/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >/dev/null || return 1
  _test_pg_as_owner "$bin/pg_ctl" -D "$TEST_PG_ROOT/data" -l "$TEST_PG_ROOT/data/server.log" -w -t 30 \
    -o "-p $TEST_PG_PORT -c listen_addresses=127.0.0.1 -k $TEST_PG_ROOT/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || return 1
  "$bin/psql" "postgresql://postgres@127.0.0.1:$TEST_PG_PORT/postgres" -qAtc 'create database zeugnisdesk_test' \
    || return 1
  export TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$TEST_PG_PORT/zeugnisdesk_test"
  echo "PostgreSQL test cluster on 127.0.0.1:$TEST_PG_PORT; TEST_DATABASE_URL=$TEST_DATABASE_URL"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-}" in
    start) test_postgres_start && echo "export TEST_DATABASE_URL=$TEST_DATABASE_URL" ;;
    stop) test_postgres_stop ;;
    *) echo "usage: bash $0 start|stop   (or: source $0)" >&2; exit 2 ;;
  esac
else
  test_postgres_start
fi
