# Shared by the HTTP and gateway benchmark drivers (source it; set BENCH_NAME first):
# messages, tool checks, free ports, health polling, and servers started pinned to a CPU that are
# stopped when the driver exits.
# shellcheck shell=bash

BENCH_NAME=${BENCH_NAME:-benchmark}
BENCH_PIDS=()
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { printf '\n== %s\n' "$*"; }
fail() { echo "$BENCH_NAME: $*" >&2; exit 1; }

# require_tools TOOL...: fails naming the first tool that is not on PATH.
require_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is not on PATH (wrk: apt-get install wrk)"
  done
}

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

# wait_healthy URL NAME LOG [SECONDS]: polls URL/health until it answers (default 30 s).
wait_healthy() {
  local url=$1 name=$2 log=$3 seconds=${4:-30} _
  for _ in $(seq 1 $((seconds * 10))); do
    curl -fsS "$url/health" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  fail "$name did not answer $url/health within $seconds s (log: $log)"
}

# start_pinned CPU LOG COMMAND...: starts COMMAND on CPU in the background, output to LOG;
# its pid is in STARTED_PID and is stopped when the driver exits.
start_pinned() {
  local cpu=$1 log=$2
  shift 2
  taskset -c "$cpu" "$@" >"$log" 2>&1 &
  STARTED_PID=$!
  BENCH_PIDS+=("$STARTED_PID")
}

# stop_pid PID: SIGTERM, then SIGKILL after 10 s.
stop_pid() {
  local pid=$1 _
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

stop_all() {
  local pid
  for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all EXIT
