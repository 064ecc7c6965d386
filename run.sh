#!/usr/bin/env bash
# ./run.sh: build ECommerce.GraphQL, make sure PostgreSQL and Redis are reachable (starting
# private ones under .data/ when none are configured), start every service that exists, print
# the URLs, and stop everything cleanly on Ctrl-C (SIGINT) or SIGTERM.
# Every setting is an environment variable; README.md ("Configuration") lists them.
set -uo pipefail

# A script started in the background by a non-interactive shell inherits SIGINT as "ignored",
# and bash cannot trap a signal that was ignored on entry. Start over with default handling so
# that `./run.sh & ... kill -INT $!` stops everything as Ctrl-C does.
if [[ -z "${ECOMMERCE_RUN_SIGNALS_RESET:-}" ]] && env --default-signal=INT true 2>/dev/null; then
  export ECOMMERCE_RUN_SIGNALS_RESET=1
  exec env --default-signal=INT,TERM bash "${BASH_SOURCE[0]}" "$@"
fi
unset ECOMMERCE_RUN_SIGNALS_RESET

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LOOPBACK=127.0.0.1
# Start order: Orders last of the subgraphs, since its warm-up calls Products, Inventory and Payments.
SERVICE_NAMES=(Users Products Inventory Payments Orders)

DATA_DIR="${ECOMMERCE_DATA_DIR:-$ROOT/.data}"
PG_PORT="${ECOMMERCE_POSTGRES_PORT:-55432}"
PG_PASSWORD="${ECOMMERCE_POSTGRES_PASSWORD:-postgres}"
REDIS_PORT="${ECOMMERCE_REDIS_PORT:-56379}"
GATEWAY_PORT="${ECOMMERCE_GATEWAY_PORT:-5000}"
USERS_PORT="${ECOMMERCE_USERS_PORT:-5101}"
PRODUCTS_PORT="${ECOMMERCE_PRODUCTS_PORT:-5102}"
INVENTORY_PORT="${ECOMMERCE_INVENTORY_PORT:-5103}"
ORDERS_PORT="${ECOMMERCE_ORDERS_PORT:-5104}"
PAYMENTS_PORT="${ECOMMERCE_PAYMENTS_PORT:-5105}"
STOREFRONT_PORT="${ECOMMERCE_STOREFRONT_PORT:-5200}"
START_TIMEOUT="${ECOMMERCE_START_TIMEOUT:-180}"

# ---------------------------------------------------------------------------------------------
# messages

info() { printf 'run.sh: %s\n' "$*"; }

# fail MESSAGE: one line on stderr, stop whatever was started, exit 1.
fail() {
  printf 'run.sh: error: %s\n' "$*" >&2
  QUIET_STOP=1 stop_everything
  exit 1
}

# ---------------------------------------------------------------------------------------------
# state of what this run started (stop_everything undoes exactly this)

SERVICE_PIDS=()      # pids of service processes (children of this script)
SERVICE_LABELS=()    # their names, same order
PG_OWNED=0           # 1 when this run started (or adopted) the embedded PostgreSQL
REDIS_OWNED=0        # 1 when this run started (or adopted) the embedded Redis
REDIS_PID=""
REDIS_CHILD=""       # set when REDIS_PID is a child of this script (not adopted from an earlier run)
IDLE_PID=""
STOPPING=0

# ---------------------------------------------------------------------------------------------
# small helpers

is_port_number() { [[ "$1" =~ ^[0-9]{1,5}$ ]] && (( 10#$1 >= 1 && 10#$1 <= 65535 )); }

# port_open HOST PORT: true when something accepts TCP connections there.
port_open() { timeout 5 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null; }

# wait_until SECONDS COMMAND...: poll COMMAND until it succeeds or SECONDS pass.
wait_until() {
  local deadline=$((SECONDS + $1)); shift
  until "$@"; do
    (( SECONDS >= deadline )) && return 1
    sleep 0.2
  done
}

pid_alive() { [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null; }

last_line_of() { [[ -f "$1" ]] && grep -v '^[[:space:]]*$' "$1" | tail -n 1; }

is_root() { [[ "$(id -u)" == 0 ]]; }

# redis_command HOST PORT PASSWORD COMMAND [ARGS...]: send one command over RESP, print the first
# reply line (without CR). Needs no redis-cli.
redis_command() {
  local host=$1 port=$2 password=$3; shift 3
  local reply arg
  exec {fd}<>"/dev/tcp/$host/$port" 2>/dev/null || return 1
  if [[ -n "$password" ]]; then
    printf '*2\r\n$4\r\nAUTH\r\n$%d\r\n%s\r\n' "${#password}" "$password" >&"$fd"
    IFS= read -r -t 5 reply <&"$fd" || { exec {fd}>&-; return 1; }
    [[ "${reply%$'\r'}" == "+OK" ]] || { printf '%s\n' "${reply%$'\r'}"; exec {fd}>&-; return 1; }
  fi
  { printf '*%d\r\n' "$#"; for arg in "$@"; do printf '$%d\r\n%s\r\n' "${#arg}" "$arg"; done; } >&"$fd"
  if IFS= read -r -t 5 reply <&"$fd"; then
    printf '%s\n' "${reply%$'\r'}"
  fi
  exec {fd}>&-
  return 0
}

redis_ping() { [[ "$(redis_command "$1" "$2" "${3:-}" PING 2>/dev/null)" == "+PONG" ]]; }

# redis_version HOST PORT PASSWORD: prints e.g. 7.0.15
redis_version() {
  local host=$1 port=$2 password=$3 line
  exec {fd}<>"/dev/tcp/$host/$port" 2>/dev/null || return 1
  if [[ -n "$password" ]]; then
    printf '*2\r\n$4\r\nAUTH\r\n$%d\r\n%s\r\n' "${#password}" "$password" >&"$fd"
    IFS= read -r -t 5 line <&"$fd"
  fi
  printf '*2\r\n$4\r\nINFO\r\n$6\r\nserver\r\n' >&"$fd"
  while IFS= read -r -t 5 line <&"$fd"; do
    line=${line%$'\r'}
    if [[ "$line" == redis_version:* ]]; then printf '%s\n' "${line#redis_version:}"; break; fi
  done
  exec {fd}>&-
}

major_version() { local v=${1%%.*}; [[ "$v" =~ ^[0-9]+$ ]] && printf '%s\n' "$v" || printf '0\n'; }

# ---------------------------------------------------------------------------------------------
# configuration checks (before anything is started)

check_settings() {
  local name value
  for name in ECOMMERCE_POSTGRES_PORT:PG_PORT ECOMMERCE_REDIS_PORT:REDIS_PORT \
              ECOMMERCE_GATEWAY_PORT:GATEWAY_PORT ECOMMERCE_USERS_PORT:USERS_PORT \
              ECOMMERCE_PRODUCTS_PORT:PRODUCTS_PORT ECOMMERCE_INVENTORY_PORT:INVENTORY_PORT \
              ECOMMERCE_ORDERS_PORT:ORDERS_PORT ECOMMERCE_PAYMENTS_PORT:PAYMENTS_PORT \
              ECOMMERCE_STOREFRONT_PORT:STOREFRONT_PORT; do
    value=${name#*:}
    value=${!value}
    is_port_number "$value" || fail "${name%%:*}=$value is not a TCP port number (1-65535)"
  done
  [[ "$START_TIMEOUT" =~ ^[0-9]+$ ]] || fail "ECOMMERCE_START_TIMEOUT=$START_TIMEOUT is not a number of seconds"
}

# ---------------------------------------------------------------------------------------------
# installing what is missing

# install_packages PACKAGE...: apt-get install when allowed, else fail with what to install.
install_packages() {
  local why="$1"; shift
  local hint="install it with: apt-get install -y $* (or set ECOMMERCE_POSTGRES / ECOMMERCE_REDIS to use servers you already run)"
  if [[ "${ECOMMERCE_NO_INSTALL:-0}" == 1 ]]; then
    fail "$why; ECOMMERCE_NO_INSTALL=1 forbids installing it here: $hint"
  fi
  if ! is_root || ! command -v apt-get >/dev/null 2>&1; then
    fail "$why; $hint"
  fi
  mkdir -p "$DATA_DIR/logs"
  info "$why: installing $* with apt-get (log: $DATA_DIR/logs/apt.log)"
  if ! { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y "$@"; } \
       >"$DATA_DIR/logs/apt.log" 2>&1 </dev/null 9>&-; then
    fail "apt-get install $* failed: $(last_line_of "$DATA_DIR/logs/apt.log")"
  fi
}

# Sets PG_BIN to the directory holding initdb, pg_ctl and postgres (highest version).
find_postgres_bin() {
  local dir candidate
  PG_BIN=""
  if [[ -n "${ECOMMERCE_PG_BINDIR:-}" ]]; then
    [[ -x "$ECOMMERCE_PG_BINDIR/initdb" && -x "$ECOMMERCE_PG_BINDIR/pg_ctl" && -x "$ECOMMERCE_PG_BINDIR/postgres" ]] \
      || fail "ECOMMERCE_PG_BINDIR=$ECOMMERCE_PG_BINDIR does not hold initdb, pg_ctl and postgres"
    PG_BIN=$ECOMMERCE_PG_BINDIR
    return
  fi
  if command -v pg_config >/dev/null 2>&1; then
    dir=$(pg_config --bindir 2>/dev/null)
    [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]] && PG_BIN=$dir
  fi
  candidate=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [[ -n "$candidate" && -x "$candidate/initdb" && -x "$candidate/pg_ctl" && -x "$candidate/postgres" ]]; then
    if [[ -z "$PG_BIN" ]] || [[ "$(printf '%s\n%s\n' "$PG_BIN" "$candidate" | sort -V | tail -n 1)" == "$candidate" ]]; then
      PG_BIN=$candidate
    fi
  fi
  if [[ -z "$PG_BIN" ]]; then
    dir=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
    [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]] && PG_BIN=$dir
  fi
  [[ -n "$PG_BIN" ]]
}

# Sets REDIS_SERVER to the redis-server executable.
find_redis_server() {
  if [[ -n "${ECOMMERCE_REDIS_SERVER:-}" ]]; then
    REDIS_SERVER=$(command -v "$ECOMMERCE_REDIS_SERVER" 2>/dev/null) \
      || fail "redis-server not found at ECOMMERCE_REDIS_SERVER=$ECOMMERCE_REDIS_SERVER; install it with: apt-get install -y redis-server (or set ECOMMERCE_REDIS=host:port to use a server you already run)"
    return
  fi
  REDIS_SERVER=$(command -v redis-server 2>/dev/null)
}

# find_server_binaries: locate what the embedded servers need; install all that is missing at once.
find_server_binaries() {
  local missing=() what=()
  if [[ -z "${ECOMMERCE_POSTGRES:-}" ]] && ! find_postgres_bin; then
    missing+=(postgresql); what+=("PostgreSQL server binaries (initdb, pg_ctl, postgres)")
  fi
  if [[ -z "${ECOMMERCE_REDIS:-}" ]] && ! find_redis_server; then
    missing+=(redis-server); what+=("redis-server")
  fi
  (( ${#missing[@]} )) || return 0
  install_packages "$(IFS=,; echo "${what[*]}" | sed 's/,/ and /') not found" "${missing[@]}"
  if [[ -z "${ECOMMERCE_POSTGRES:-}" ]]; then
    find_postgres_bin || fail "PostgreSQL server binaries still not found after apt-get install postgresql"
  fi
  if [[ -z "${ECOMMERCE_REDIS:-}" ]]; then
    find_redis_server || fail "redis-server still not found after apt-get install redis-server"
  fi
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL

# The connection string handed to services; set by use_configured_postgres / start_embedded_postgres.
POSTGRES_CONNECTION=""

# parse_npgsql CONNECTION_STRING: sets PGC_HOST PGC_PORT PGC_USER PGC_PASSWORD PGC_DB; false when
# the text is not a Key=Value;... connection string with a Host.
parse_npgsql() {
  local part key value
  local -a parts
  PGC_HOST="" PGC_PORT=5432 PGC_USER="" PGC_PASSWORD="" PGC_DB=""
  IFS=';' read -ra parts <<<"$1"
  for part in "${parts[@]}"; do
    [[ -z "${part//[[:space:]]/}" ]] && continue
    [[ "$part" == *=* ]] || return 1
    key=${part%%=*}; key=${key//[[:space:]]/}; key=${key,,}
    value=${part#*=}; value="${value#"${value%%[![:space:]]*}"}"; value="${value%"${value##*[![:space:]]}"}"
    case "$key" in
      host|server) PGC_HOST=${value%%,*} ;;
      port) PGC_PORT=$value ;;
      username|user|userid|uid) PGC_USER=$value ;;
      password|pwd) PGC_PASSWORD=$value ;;
      database|db|initialcatalog) PGC_DB=$value ;;
    esac
  done
  [[ -n "$PGC_HOST" ]] && is_port_number "$PGC_PORT"
}

psql_bin() {
  if [[ -n "${PG_BIN:-}" && -x "$PG_BIN/psql" ]]; then printf '%s\n' "$PG_BIN/psql"; else command -v psql; fi
}

# psql_query SQL: runs SQL against PGC_*; prints the result (tuples only) or the error.
psql_query() {
  local psql
  psql=$(psql_bin) || { printf 'psql not found\n'; return 1; }
  PGPASSWORD="$PGC_PASSWORD" PGCONNECT_TIMEOUT=5 "$psql" -X -q -w -t -A \
    -h "$PGC_HOST" -p "$PGC_PORT" ${PGC_USER:+-U "$PGC_USER"} -d "${PGC_DB:-postgres}" -c "$1" 2>&1 </dev/null
}

# check_postgres_reachable WHAT: one select against PGC_*; fails the run with psql's reason.
check_postgres_reachable() {
  local output version
  if ! output=$(psql_query 'show server_version_num'); then
    output=$(printf '%s\n' "$output" | grep -v '^[[:space:]]*$' | head -n 1)
    output=${output#psql: error: }
    fail "cannot connect to $1 (host $PGC_HOST, port $PGC_PORT${PGC_USER:+, user $PGC_USER}, database ${PGC_DB:-postgres}): $output"
  fi
  version=$(printf '%s\n' "$output" | tr -dc '0-9')
  if [[ -n "$version" ]] && (( version < 150000 )); then
    fail "$1 runs PostgreSQL $version; version 15 or newer is needed"
  fi
}

use_configured_postgres() {
  parse_npgsql "$ECOMMERCE_POSTGRES" \
    || fail "ECOMMERCE_POSTGRES is not an Npgsql connection string (expected e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=secret)"
  if ! psql_bin >/dev/null 2>&1; then
    port_open "$PGC_HOST" "$PGC_PORT" \
      || fail "cannot connect to the PostgreSQL server in ECOMMERCE_POSTGRES (host $PGC_HOST, port $PGC_PORT): nothing accepts connections there"
    info "psql not found: checked only that $PGC_HOST:$PGC_PORT accepts connections"
  else
    check_postgres_reachable "the PostgreSQL server in ECOMMERCE_POSTGRES"
  fi
  POSTGRES_CONNECTION=$ECOMMERCE_POSTGRES
  info "PostgreSQL: using ECOMMERCE_POSTGRES ($PGC_HOST:$PGC_PORT)"
}

# as_pg_owner COMMAND...: PostgreSQL refuses to run as root; as root use the postgres OS user.
as_pg_owner() {
  if is_root; then runuser -u postgres -- "$@"; else "$@"; fi
}

# check_reachable_by_postgres DIR: as root, the postgres OS user must be able to enter DIR.
check_reachable_by_postgres() {
  local dir=$1 path="" part
  is_root || return 0
  as_pg_owner test -x "$dir" -a -w "$dir" 2>/dev/null && return 0
  IFS='/' read -ra parts <<<"${dir#/}"
  for part in "${parts[@]}"; do
    path="$path/$part"
    if ! as_pg_owner test -x "$path" 2>/dev/null; then
      fail "the postgres OS user cannot enter $path (mode $(stat -c %a "$path")), so PostgreSQL cannot use $dir; run chmod o+x $path or set ECOMMERCE_DATA_DIR to a directory it can reach"
    fi
  done
  fail "the postgres OS user cannot write to $dir"
}

start_embedded_postgres() {
  local pgdata="$DATA_DIR/postgres" log="$DATA_DIR/logs/postgres.log" running_port pwfile
  if is_root && ! id postgres >/dev/null 2>&1; then
    fail "running as root, but there is no 'postgres' OS user to run PostgreSQL as (PostgreSQL refuses to run as root); create one with: useradd --system --home /var/lib/postgresql postgres"
  fi
  local version
  version=$("$PG_BIN/postgres" --version 2>/dev/null | grep -oE '[0-9]+' | head -n 1)
  (( ${version:-0} >= 15 )) || fail "PostgreSQL 15 or newer is needed; $PG_BIN/postgres is version ${version:-unknown}"

  mkdir -p "$pgdata" || fail "cannot create $pgdata"
  touch "$log"
  if is_root; then chown postgres: "$pgdata" "$log"; fi
  chmod 700 "$pgdata"
  check_reachable_by_postgres "$pgdata"

  PGC_HOST=$LOOPBACK PGC_PORT=$PG_PORT PGC_USER=postgres PGC_PASSWORD=$PG_PASSWORD PGC_DB=postgres

  if [[ -f "$pgdata/PG_VERSION" ]] && as_pg_owner "$PG_BIN/pg_ctl" status -D "$pgdata" >/dev/null 2>&1; then
    # Left running by an earlier run that was killed: it is ours, so use it and stop it at the end.
    running_port=$(sed -n 4p "$pgdata/postmaster.pid" 2>/dev/null)
    [[ "$running_port" == "$PG_PORT" ]] \
      || fail "the PostgreSQL in $pgdata is already running on port $running_port, not $PG_PORT; stop it with: runuser -u postgres -- $PG_BIN/pg_ctl stop -D $pgdata"
    PG_OWNED=1
    info "PostgreSQL: an earlier run left it running on $LOOPBACK:$PG_PORT; using it"
  else
    port_open "$LOOPBACK" "$PG_PORT" \
      && fail "port $PG_PORT on $LOOPBACK is already in use by another program (not this project's PostgreSQL); stop it or choose another port with ECOMMERCE_POSTGRES_PORT"
    if [[ ! -f "$pgdata/PG_VERSION" ]]; then
      [[ -z "$(ls -A "$pgdata")" ]] || fail "$pgdata is not empty and holds no PostgreSQL data directory; move it away or set ECOMMERCE_DATA_DIR"
      info "PostgreSQL: creating a new database cluster in $pgdata"
      pwfile="$DATA_DIR/.pgpass.tmp"
      printf '%s\n' "$PG_PASSWORD" >"$pwfile"; chmod 600 "$pwfile"
      if is_root; then chown postgres: "$pwfile"; fi
      if ! as_pg_owner "$PG_BIN/initdb" -D "$pgdata" -U postgres --pwfile="$pwfile" -E UTF8 --locale=C \
             --auth-host=scram-sha-256 --auth-local=peer >"$DATA_DIR/logs/initdb.log" 2>&1 9>&-; then
        rm -f "$pwfile"
        fail "initdb failed: $(last_line_of "$DATA_DIR/logs/initdb.log")"
      fi
      rm -f "$pwfile"
    fi
    info "PostgreSQL: starting on $LOOPBACK:$PG_PORT (data: $pgdata)"
    PG_OWNED=1
    if ! as_pg_owner "$PG_BIN/pg_ctl" start -D "$pgdata" -l "$log" -w -t 60 \
           -o "-c listen_addresses=$LOOPBACK -p $PG_PORT -c unix_socket_directories=''" >/dev/null 2>&1 9>&-; then
      fail "PostgreSQL did not start: $(last_line_of "$log") (log: $log)"
    fi
  fi
  check_postgres_reachable "the PostgreSQL started by run.sh"
  POSTGRES_CONNECTION="Host=$LOOPBACK;Port=$PG_PORT;Username=postgres;Password=$PG_PASSWORD;Database=postgres"
}

stop_embedded_postgres() {
  (( PG_OWNED )) || return 0
  PG_OWNED=0
  [[ -z "${QUIET_STOP:-}" ]] && info "stopping PostgreSQL"
  as_pg_owner "$PG_BIN/pg_ctl" stop -D "$DATA_DIR/postgres" -m fast -w -t 60 >/dev/null 2>&1 </dev/null
}

# ---------------------------------------------------------------------------------------------
# Redis

REDIS_CONNECTION=""

use_configured_redis() {
  local endpoint=${ECOMMERCE_REDIS%%,*} password="" option host port version
  for option in ${ECOMMERCE_REDIS//,/ }; do
    [[ "$option" == password=* ]] && password=${option#password=}
  done
  host=${endpoint%:*}; port=${endpoint##*:}
  [[ "$endpoint" == *:* && -n "$host" ]] && is_port_number "$port" \
    || fail "ECOMMERCE_REDIS=$ECOMMERCE_REDIS is not host:port (e.g. 127.0.0.1:6379, optionally followed by ,password=...)"
  port_open "$host" "$port" \
    || fail "cannot connect to the Redis server in ECOMMERCE_REDIS ($host:$port): nothing accepts connections there"
  redis_ping "$host" "$port" "$password" \
    || fail "the server in ECOMMERCE_REDIS ($host:$port) does not answer PING: $(redis_command "$host" "$port" "$password" PING 2>/dev/null || echo 'no reply')"
  version=$(redis_version "$host" "$port" "$password")
  (( $(major_version "${version:-0}") >= 7 )) \
    || fail "the Redis server in ECOMMERCE_REDIS ($host:$port) is version ${version:-unknown}; version 7 or newer is needed"
  REDIS_CONNECTION=$ECOMMERCE_REDIS
  info "Redis: using ECOMMERCE_REDIS ($host:$port)"
}

start_embedded_redis() {
  local dir="$DATA_DIR/redis" log="$DATA_DIR/logs/redis.log" version old_pid
  version=$("$REDIS_SERVER" --version 2>/dev/null | grep -oE 'v=[0-9.]+' | cut -c3-)
  (( $(major_version "${version:-0}") >= 7 )) || fail "Redis 7 or newer is needed; $REDIS_SERVER is version ${version:-unknown}"
  mkdir -p "$dir" || fail "cannot create $dir"

  old_pid=$(cat "$dir/redis.pid" 2>/dev/null)
  if pid_alive "$old_pid" && [[ "$(cat "/proc/$old_pid/comm" 2>/dev/null)" == redis-server* ]] \
       && redis_ping "$LOOPBACK" "$REDIS_PORT"; then
    REDIS_PID=$old_pid
    REDIS_OWNED=1
    info "Redis: an earlier run left it running on $LOOPBACK:$REDIS_PORT; using it"
  else
    port_open "$LOOPBACK" "$REDIS_PORT" \
      && fail "port $REDIS_PORT on $LOOPBACK is already in use by another program (not this project's Redis); stop it or choose another port with ECOMMERCE_REDIS_PORT"
    info "Redis: starting on $LOOPBACK:$REDIS_PORT (data: $dir, appendonly)"
    # setsid: a Ctrl-C in the terminal reaches the services first; Redis is shut down after them.
    setsid "$REDIS_SERVER" --port "$REDIS_PORT" --bind "$LOOPBACK" --dir "$dir" --appendonly yes \
      --daemonize no --pidfile "$dir/redis.pid" --logfile "$log" --protected-mode yes \
      </dev/null >/dev/null 2>&1 9>&- &
    REDIS_PID=$!
    REDIS_CHILD=1
    REDIS_OWNED=1
    wait_until 30 redis_ready_or_dead
    pid_alive "$REDIS_PID" || fail "redis-server exited at start: $(last_line_of "$log") (log: $log)"
    redis_ping "$LOOPBACK" "$REDIS_PORT" || fail "redis-server did not answer PING within 30 s (log: $log)"
  fi
  REDIS_CONNECTION="$LOOPBACK:$REDIS_PORT"
}

redis_ready_or_dead() { ! pid_alive "$REDIS_PID" || redis_ping "$LOOPBACK" "$REDIS_PORT"; }

stop_embedded_redis() {
  (( REDIS_OWNED )) || return 0
  REDIS_OWNED=0
  [[ -z "${QUIET_STOP:-}" ]] && info "stopping Redis"
  if pid_alive "$REDIS_PID"; then
    redis_command "$LOOPBACK" "$REDIS_PORT" "" SHUTDOWN >/dev/null 2>&1
    wait_until 30 redis_gone || { kill -TERM "$REDIS_PID" 2>/dev/null; wait_until 10 redis_gone || kill -KILL "$REDIS_PID" 2>/dev/null; }
  fi
  [[ -n "$REDIS_CHILD" ]] && wait "$REDIS_PID" 2>/dev/null
  return 0
}

redis_gone() { ! pid_alive "$REDIS_PID"; }

# ---------------------------------------------------------------------------------------------
# services

# Each found service: label, project file, port. Filled by discover_services.
FOUND_LABELS=() FOUND_PROJECTS=() FOUND_PORTS=()

service_port() {
  case "$1" in
    gateway) echo "$GATEWAY_PORT" ;; users) echo "$USERS_PORT" ;; products) echo "$PRODUCTS_PORT" ;;
    inventory) echo "$INVENTORY_PORT" ;; orders) echo "$ORDERS_PORT" ;; payments) echo "$PAYMENTS_PORT" ;;
  esac
}

# wanted LABEL: ECOMMERCE_SERVICES selects services ("none", or e.g. "users,gateway"); default all.
wanted() {
  local list=",${ECOMMERCE_SERVICES:-all},"
  [[ "$list" == ",all," ]] && return 0
  [[ "${list,,}" == *",$1,"* ]]
}

discover_services() {
  local name label project
  for name in "${SERVICE_NAMES[@]}" gateway; do
    label=${name,,}
    if [[ "$name" == gateway ]]; then
      project=$(ls "$ROOT"/gateway/*.csproj 2>/dev/null | head -n 1)
    else
      project=$(ls "$ROOT/subgraphs/$name"/*.csproj 2>/dev/null | head -n 1)
    fi
    [[ -n "$project" ]] || continue
    wanted "$label" || continue
    FOUND_LABELS+=("$label"); FOUND_PROJECTS+=("$project"); FOUND_PORTS+=("$(service_port "$label")")
  done
  STOREFRONT_DIR=""
  if [[ -f "$ROOT/clients/web/package.json" ]] && wanted storefront \
       && grep -q '"start"[[:space:]]*:' "$ROOT/clients/web/package.json"; then
    STOREFRONT_DIR="$ROOT/clients/web"
  fi
}

check_service_ports() {
  local i
  for i in "${!FOUND_LABELS[@]}"; do
    port_open "$LOOPBACK" "${FOUND_PORTS[$i]}" \
      && fail "port ${FOUND_PORTS[$i]} on $LOOPBACK (for ${FOUND_LABELS[$i]}) is already in use by another program; stop it or set ECOMMERCE_${FOUND_LABELS[$i]^^}_PORT"
  done
  if [[ -n "$STOREFRONT_DIR" ]] && port_open "$LOOPBACK" "$STOREFRONT_PORT"; then
    fail "port $STOREFRONT_PORT on $LOOPBACK (for the storefront) is already in use by another program; stop it or set ECOMMERCE_STOREFRONT_PORT"
  fi
}

# built_assembly PROJECT: the .dll dotnet build produced for PROJECT.
built_assembly() {
  local project=$1 dll
  dll="$(dirname "$project")/bin/Debug/net10.0/$(basename "$project" .csproj).dll"
  if [[ ! -f "$dll" ]]; then
    dll=$(dotnet msbuild "$project" -getProperty:TargetPath 2>/dev/null 9>&- | tail -n 1)
  fi
  printf '%s\n' "$dll"
}

# Environment every service gets (README.md, "What run.sh hands to services").
export_service_environment() {
  export ECOMMERCE_POSTGRES="$POSTGRES_CONNECTION"
  export ECOMMERCE_REDIS="$REDIS_CONNECTION"
  export ECOMMERCE_ENVIRONMENT=local
  export ECOMMERCE_FUSION_FILE="$ROOT/fusion.json"
  export ECOMMERCE_USERS_URL="http://$LOOPBACK:$USERS_PORT/graphql"
  export ECOMMERCE_PRODUCTS_URL="http://$LOOPBACK:$PRODUCTS_PORT/graphql"
  export ECOMMERCE_INVENTORY_URL="http://$LOOPBACK:$INVENTORY_PORT/graphql"
  export ECOMMERCE_ORDERS_URL="http://$LOOPBACK:$ORDERS_PORT/graphql"
  export ECOMMERCE_PAYMENTS_URL="http://$LOOPBACK:$PAYMENTS_PORT/graphql"
  export ECOMMERCE_GATEWAY_URL="http://$LOOPBACK:$GATEWAY_PORT/graphql"
  export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
  export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
}

# start_process LABEL PORT DIR COMMAND...: run COMMAND in DIR with output prefixed by [LABEL]
# (and kept in .data/logs/LABEL.log), then wait until PORT accepts connections.
start_process() {
  local label=$1 port=$2 dir=$3; shift 3
  local log="$DATA_DIR/logs/$label.log" pid
  : >"$log"
  # The output filter ignores SIGINT: on Ctrl-C it must keep reading until the service has stopped.
  ( cd "$dir" && exec "$@" ) </dev/null > >(trap '' INT; tee -a "$log" | sed -u "s/^/[$label] /") 2>&1 9>&- &
  pid=$!
  SERVICE_PIDS+=("$pid"); SERVICE_LABELS+=("$label")
  STARTING_PID=$pid STARTING_PORT=$port
  wait_until "$START_TIMEOUT" service_ready_or_dead
  pid_alive "$pid" || fail "$label exited during start-up: $(last_line_of "$log") (log: $log)"
  port_open "$LOOPBACK" "$port" || fail "$label did not listen on port $port within $START_TIMEOUT s (log: $log)"
}

service_ready_or_dead() { ! pid_alive "$STARTING_PID" || port_open "$LOOPBACK" "$STARTING_PORT"; }

# http_status HOST PORT PATH: prints the status code of a GET (HTTP/1.0 over /dev/tcp; needs no curl).
http_status() {
  local reply
  exec {fd}<>"/dev/tcp/$1/$2" 2>/dev/null || return 1
  printf 'GET %s HTTP/1.0\r\nHost: %s:%s\r\n\r\n' "$3" "$1" "$2" >&"$fd"
  IFS= read -r -t 5 reply <&"$fd"
  exec {fd}>&-
  reply=${reply%$'\r'}
  [[ "$reply" =~ ^HTTP/[0-9.]+\ ([0-9]{3}) ]] && printf '%s\n' "${BASH_REMATCH[1]}"
}

subgraph_ready_or_dead() { ! pid_alive "$WAITING_PID" || [[ "$(http_status "$LOOPBACK" "$WAITING_PORT" /health/ready)" == 200 ]]; }

# Each subgraph listens before it has warmed up (its first queries, EF Core model, connections to the
# services it calls); its /health/ready answers 200 only after that. "ready" is printed once all have.
wait_for_subgraphs() {
  local i
  for i in "${!FOUND_LABELS[@]}"; do
    [[ "${FOUND_LABELS[$i]}" == gateway ]] && continue
    WAITING_PID=${SERVICE_PIDS[$i]} WAITING_PORT=${FOUND_PORTS[$i]}
    wait_until "$START_TIMEOUT" subgraph_ready_or_dead
    pid_alive "$WAITING_PID" || fail "${FOUND_LABELS[$i]} exited during start-up: $(last_line_of "$DATA_DIR/logs/${FOUND_LABELS[$i]}.log")"
    [[ "$(http_status "$LOOPBACK" "$WAITING_PORT" /health/ready)" == 200 ]] \
      || fail "${FOUND_LABELS[$i]} did not report ready (/health/ready) within $START_TIMEOUT s (log: $DATA_DIR/logs/${FOUND_LABELS[$i]}.log)"
  done
}

# runtime_settings DIR: the KEY=VALUE lines of DIR/runtime.env, settings the .NET runtime reads only
# from the environment (the gateway has one; its Dockerfile sets the same).
runtime_settings() {
  [[ -f "$1/runtime.env" ]] || return 0
  grep -E '^[A-Za-z_][A-Za-z0-9_]*=' "$1/runtime.env" || true
}

start_services() {
  local i dll settings
  export_service_environment
  # Subgraphs first (they apply their own migrations and seed data at start-up), the gateway last.
  for i in "${!FOUND_LABELS[@]}"; do
    dll=$(built_assembly "${FOUND_PROJECTS[$i]}")
    [[ -f "$dll" ]] || fail "${FOUND_LABELS[$i]} is not built (no $dll); run ./run.sh without ECOMMERCE_SKIP_BUILD=1"
    mapfile -t settings < <(runtime_settings "$(dirname "${FOUND_PROJECTS[$i]}")")
    info "starting ${FOUND_LABELS[$i]} on http://$LOOPBACK:${FOUND_PORTS[$i]}/graphql"
    start_process "${FOUND_LABELS[$i]}" "${FOUND_PORTS[$i]}" "$(dirname "${FOUND_PROJECTS[$i]}")" \
      env "${settings[@]}" ASPNETCORE_URLS="http://$LOOPBACK:${FOUND_PORTS[$i]}" dotnet "$dll"
  done
  if [[ -n "$STOREFRONT_DIR" ]]; then
    if [[ ! -d "$STOREFRONT_DIR/node_modules" ]]; then
      info "installing the storefront's npm packages"
      ( cd "$STOREFRONT_DIR" && if [[ -f package-lock.json ]]; then npm ci; else npm install; fi ) \
        >"$DATA_DIR/logs/storefront-npm.log" 2>&1 </dev/null 9>&- \
        || fail "npm install in clients/web failed: $(last_line_of "$DATA_DIR/logs/storefront-npm.log")"
    fi
    info "starting the storefront on http://$LOOPBACK:$STOREFRONT_PORT/"
    # The storefront's server proxies its same-origin /graphql (HTTP and WebSocket) to the gateway.
    start_process storefront "$STOREFRONT_PORT" "$STOREFRONT_DIR" \
      env PORT="$STOREFRONT_PORT" HOST="$LOOPBACK" ECOMMERCE_GATEWAY_URL="http://$LOOPBACK:$GATEWAY_PORT" npm start
  fi
}

stop_services() {
  local i pid deadline
  (( ${#SERVICE_PIDS[@]} )) || return 0
  [[ -z "${QUIET_STOP:-}" ]] && info "stopping services: ${SERVICE_LABELS[*]}"
  for pid in "${SERVICE_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  deadline=$((SECONDS + 30))
  for i in "${!SERVICE_PIDS[@]}"; do
    pid=${SERVICE_PIDS[$i]}
    while pid_alive "$pid" && (( SECONDS < deadline )); do sleep 0.2; done
    if pid_alive "$pid"; then
      info "${SERVICE_LABELS[$i]} did not stop within 30 s; killing it"
      kill -KILL "$pid" 2>/dev/null
    fi
    wait "$pid" 2>/dev/null
  done
  SERVICE_PIDS=() SERVICE_LABELS=()
}

# ---------------------------------------------------------------------------------------------
# stopping

stop_everything() {
  (( STOPPING )) && return 0
  STOPPING=1
  trap '' INT TERM
  stop_services
  stop_embedded_postgres
  stop_embedded_redis
  if [[ -n "$IDLE_PID" ]]; then kill "$IDLE_PID" 2>/dev/null; wait "$IDLE_PID" 2>/dev/null; fi
  return 0
}

on_signal() {
  echo
  info "stopping (signal received)"
  stop_everything
  info "stopped"
  exit 0
}

# ---------------------------------------------------------------------------------------------
# main

print_urls() {
  local i label any_service=0
  echo
  info "URLs"
  for i in "${!FOUND_LABELS[@]}"; do
    label=${FOUND_LABELS[$i]}
    if [[ "$label" == gateway ]]; then
      printf '  gateway     http://%s:%s/graphql  (open it in a browser for Banana Cake Pop)\n' "$LOOPBACK" "${FOUND_PORTS[$i]}"
    else
      printf '  %-11s http://%s:%s/graphql\n' "$label" "$LOOPBACK" "${FOUND_PORTS[$i]}"
    fi
    any_service=1
  done
  if [[ -n "$STOREFRONT_DIR" ]]; then
    printf '  storefront  http://%s:%s/  (the shop: open it in a browser)\n' "$LOOPBACK" "$STOREFRONT_PORT"
    any_service=1
  fi
  printf '  postgres    %s\n' "$(printf '%s' "$POSTGRES_CONNECTION" | sed -E 's/(Password|PWD)=[^;]*/\1=***/Ig')"
  printf '  redis       %s\n' "${REDIS_CONNECTION%%,*}"
  if (( ! any_service )); then
    echo
    info "no services yet: none of subgraphs/{Users,Products,Inventory,Orders,Payments}/*.csproj or gateway/*.csproj exists${ECOMMERCE_SERVICES:+ (or ECOMMERCE_SERVICES=$ECOMMERCE_SERVICES selects none)}; only PostgreSQL and Redis are running."
    info "once they exist they will be at: gateway http://$LOOPBACK:$GATEWAY_PORT/graphql, subgraphs http://$LOOPBACK:$USERS_PORT..$PAYMENTS_PORT/graphql, storefront http://$LOOPBACK:$STOREFRONT_PORT/"
  fi
  echo
}

main() {
  trap on_signal INT TERM
  trap 'stop_everything' EXIT
  check_settings

  mkdir -p "$DATA_DIR/logs" || fail "cannot create $DATA_DIR"
  DATA_DIR="$(cd "$DATA_DIR" && pwd)"
  exec 9>"$DATA_DIR/run.lock"
  flock -n 9 || fail "another ./run.sh is already running with the data directory $DATA_DIR"

  if [[ "${ECOMMERCE_SKIP_BUILD:-0}" != 1 ]]; then
    command -v dotnet >/dev/null 2>&1 || fail "the .NET 10 SDK (dotnet) is not on PATH; install it first"
    info "building ECommerce.GraphQL.sln"
    # 9>&-: build servers that outlive the build must not hold the data directory's lock.
    dotnet build "$ROOT/ECommerce.GraphQL.sln" -nologo -v minimal </dev/null 9>&- \
      || fail "the build failed (compiler output above); fix it, or set ECOMMERCE_SKIP_BUILD=1 to start what was built before"
  fi

  discover_services
  check_service_ports

  # Everything that can be checked is checked before anything is started.
  find_server_binaries
  [[ -n "${ECOMMERCE_POSTGRES:-}" ]] && use_configured_postgres
  [[ -n "${ECOMMERCE_REDIS:-}" ]] && use_configured_redis
  [[ -z "${ECOMMERCE_POSTGRES:-}" ]] && start_embedded_postgres
  [[ -z "${ECOMMERCE_REDIS:-}" ]] && start_embedded_redis

  start_services
  wait_for_subgraphs
  print_urls

  # Something to wait for even with no service; immune to Ctrl-C so only the trap decides to stop.
  ( trap '' INT; exec sleep infinity ) 9>&- &
  IDLE_PID=$!
  info "ready (Ctrl-C stops everything)"

  local pid i
  while :; do
    wait -n "$IDLE_PID" "${SERVICE_PIDS[@]}" ${REDIS_CHILD:+"$REDIS_PID"} 2>/dev/null
    for i in "${!SERVICE_PIDS[@]}"; do
      pid=${SERVICE_PIDS[$i]}
      pid_alive "$pid" || fail "${SERVICE_LABELS[$i]} exited unexpectedly: $(last_line_of "$DATA_DIR/logs/${SERVICE_LABELS[$i]}.log")"
    done
    if (( REDIS_OWNED )) && ! pid_alive "$REDIS_PID"; then
      fail "Redis exited unexpectedly: $(last_line_of "$DATA_DIR/logs/redis.log")"
    fi
    pid_alive "$IDLE_PID" || fail "internal: the idle process ended"
  done
}

main "$@"
