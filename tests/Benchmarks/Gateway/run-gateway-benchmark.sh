#!/usr/bin/env bash
# Federation gateway benchmark: our gateway (gateway/), Hive Gateway with and without
# @graphql-hive/router-runtime, and Apollo Gateway, one after the other in front of the same four
# subgraphs (Gql.Benchmarks.Subgraphs: the Guild's accounts, inventory, products, reviews) with the
# Guild's TestQuery. Each gateway is pinned to one core (CPU 0), the subgraphs to another, wrk too.
# Two modes per gateway: subgraphs answering at once, then each subgraph response delayed (4 ms).
# Writes results/gateway-latest.md.
#
#   tests/Benchmarks/Gateway/run-gateway-benchmark.sh           full run (15 s per gateway and mode)
#   tests/Benchmarks/Gateway/run-gateway-benchmark.sh --smoke   answers checked, 2 s wrk runs, nothing written
#
# Options: --duration <s>, --connections <n> (50), --delay-ms <n> (4), --gateways <list> (default
# ours,hive-router-runtime,hive,apollo), --no-build, --configuration <name>, --gateway-cpu <n>,
# --subgraphs-cpu <n>, --wrk-cpu <n>. Every measured run follows a warm-up of half its duration.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
BENCH_NAME=run-gateway-benchmark.sh
# shellcheck source=../lib/bench-common.sh
source "$HERE/../lib/bench-common.sh"

SUBGRAPHS_PROJECT="$HERE/Gql.Benchmarks.Subgraphs/Gql.Benchmarks.Subgraphs.csproj"
EXPECTED="$HERE/test-query.expected.json"
WORK="$ROOT/TestResults/gateway-benchmark"
RESULTS="$HERE/results/gateway-latest.md"
SMOKE=0 BUILD=1 CONFIGURATION=Release DURATION=15 CONNECTIONS=50 DELAY_MS=4
GATEWAYS=ours,hive-router-runtime,hive,apollo
CPUS=$(nproc)
GATEWAY_CPU=0
SUBGRAPHS_CPU=$(( CPUS > 1 ? 1 : 0 ))
WRK_CPU=$(( CPUS > 2 ? 2 : SUBGRAPHS_CPU ))

while (( $# )); do
  case "$1" in
    --smoke) SMOKE=1 DURATION=2 CONNECTIONS=4 ;;
    --no-build) BUILD=0 ;;
    --configuration|-c) CONFIGURATION="${2:?--configuration needs a value}"; shift ;;
    --duration) DURATION="${2:?--duration needs seconds}"; shift ;;
    --connections) CONNECTIONS="${2:?--connections needs a number}"; shift ;;
    --delay-ms) DELAY_MS="${2:?--delay-ms needs a number}"; shift ;;
    --gateways) GATEWAYS="${2:?--gateways needs a list}"; shift ;;
    --gateway-cpu) GATEWAY_CPU="${2:?--gateway-cpu needs a CPU number}"; shift ;;
    --subgraphs-cpu) SUBGRAPHS_CPU="${2:?--subgraphs-cpu needs a CPU number}"; shift ;;
    --wrk-cpu) WRK_CPU="${2:?--wrk-cpu needs a CPU number}"; shift ;;
    -h|--help) sed -n '2,15p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "$BENCH_NAME: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
IFS=, read -r -a GATEWAY_LIST <<<"$GATEWAYS"
for gateway in "${GATEWAY_LIST[@]}"; do
  case "$gateway" in ours|hive-router-runtime|hive|apollo) ;; *) fail "unknown gateway \"$gateway\" (ours, hive-router-runtime, hive, apollo)" ;; esac
done

require_tools node wrk curl taskset dotnet
if [[ ! -d "$HERE/node_modules/@graphql-hive/gateway" || ! -d "$HERE/node_modules/@apollo/gateway" ]]; then
  step "npm ci (tests/Benchmarks/Gateway)"
  (cd "$HERE" && npm ci --no-audit --no-fund </dev/null)
fi

# Our gateway takes part once gateway/ has a project; until it serves this benchmark's supergraph
# correctly its slot is skipped with the reason (the peers are measured all the same).
OURS_PROJECT=$(find "$ROOT/gateway" -maxdepth 1 -name '*.csproj' 2>/dev/null | sort | head -n 1)
OURS_DLL=
OURS_RUNTIME_ENV=()
if [[ -n "$OURS_PROJECT" ]]; then
  OURS_DLL="$(dirname "$OURS_PROJECT")/bin/$CONFIGURATION/net10.0/$(basename "$OURS_PROJECT" .csproj).dll"
  # The runtime settings the gateway runs with everywhere (its Dockerfile, ./run.sh): gateway/runtime.env.
  if [[ -f "$(dirname "$OURS_PROJECT")/runtime.env" ]]; then
    mapfile -t OURS_RUNTIME_ENV < <(grep -E '^[A-Za-z_][A-Za-z0-9_]*=' "$(dirname "$OURS_PROJECT")/runtime.env")
  fi
fi

rm -rf "$WORK"
mkdir -p "$WORK"
cut -d' ' -f1-3 /proc/loadavg >"$WORK/loadavg-start"
if (( BUILD )); then
  step "dotnet build -c $CONFIGURATION Gql.Benchmarks.Subgraphs"
  dotnet build "$SUBGRAPHS_PROJECT" -c "$CONFIGURATION" -nologo -v quiet -nodeReuse:false </dev/null
  if [[ -n "$OURS_PROJECT" && ",$GATEWAYS," == *,ours,* ]]; then
    step "dotnet build -c $CONFIGURATION ${OURS_PROJECT#"$ROOT/"}"
    dotnet build "$OURS_PROJECT" -c "$CONFIGURATION" -nologo -v quiet -nodeReuse:false </dev/null >"$WORK/ours-build.log" 2>&1 \
      || echo "our gateway did not build (log: $WORK/ours-build.log); its slot will be skipped"
  fi
fi
SUBGRAPHS_DLL="$HERE/Gql.Benchmarks.Subgraphs/bin/$CONFIGURATION/net10.0/Gql.Benchmarks.Subgraphs.dll"
[[ -f "$SUBGRAPHS_DLL" ]] || fail "$SUBGRAPHS_DLL is missing (build first or drop --no-build)"

# ---------------------------------------------------------------------------------------------
step "subgraphs on CPU $SUBGRAPHS_CPU"
DOTNET_gcServer=0 DOTNET_TieredPGO=1 start_pinned "$SUBGRAPHS_CPU" "$WORK/subgraphs.log" dotnet "$SUBGRAPHS_DLL" --base-port 0
SUBGRAPHS_PID=$STARTED_PID
for _ in $(seq 1 600); do
  grep -q '^ready' "$WORK/subgraphs.log" 2>/dev/null && break
  kill -0 "$SUBGRAPHS_PID" 2>/dev/null || { cat "$WORK/subgraphs.log"; fail "the subgraph host exited"; }
  sleep 0.1
done
grep -q '^ready' "$WORK/subgraphs.log" || fail "the subgraph host did not start within 60 s (log: $WORK/subgraphs.log)"
mapfile -t SUBGRAPH_URLS < <(sed -n 's/^Listening: \([a-z]*\) \(http[^ ]*\)$/\1=\2/p' "$WORK/subgraphs.log")
printf '%s\n' "${SUBGRAPH_URLS[@]}"
ACCOUNTS_URL=$(printf '%s\n' "${SUBGRAPH_URLS[@]}" | sed -n 's/^accounts=//p')
ACCOUNTS_BASE=${ACCOUNTS_URL%/graphql}

# All four subgraphs share one delay setting; setting it through one of them is enough.
set_delay_ms() { curl -fsS -X POST "$ACCOUNTS_BASE/delay?ms=$1" >/dev/null || fail "could not set the subgraph delay to $1 ms"; }

step "supergraph (@apollo/composition) and our gateway's settings"
PLAN=$(cd "$HERE" && node compose.mjs --out "$WORK" "${SUBGRAPH_URLS[@]}") || fail "composition failed"
read -r _ _ PLAN_STEPS _ FETCHES <<<"$PLAN"
echo "supergraph: $WORK/supergraph.graphql; Apollo's plan of the TestQuery: $PLAN_STEPS sequential steps, $FETCHES fetches ($WORK/query-plan.txt)"

BODY=$(node -e 'process.stdout.write(JSON.stringify({ query: require("fs").readFileSync(process.argv[1], "utf8"), operationName: "TestQuery" }))' "$HERE/test-query.graphql")

# ---------------------------------------------------------------------------------------------
# start_gateway NAME PORT: starts the gateway on GATEWAY_CPU; its pid in STARTED_PID.
start_gateway() {
  local name=$1 port=$2 log="$WORK/$1.log"
  local hive=("$HERE/node_modules/.bin/hive-gateway" supergraph "$WORK/supergraph.graphql" --host 127.0.0.1 --port "$port" --fork 1)
  local ours_env=(env -u ECOMMERCE_USERS_URL -u ECOMMERCE_PRODUCTS_URL -u ECOMMERCE_INVENTORY_URL -u ECOMMERCE_ORDERS_URL
    -u ECOMMERCE_PAYMENTS_URL ECOMMERCE_FUSION_FILE="$WORK/fusion.json" ECOMMERCE_ENVIRONMENT=local ECOMMERCE_GATEWAY_PORT="$port"
    ASPNETCORE_URLS="http://127.0.0.1:$port" DOTNET_gcServer=0 DOTNET_TieredPGO=1 "${OURS_RUNTIME_ENV[@]}" Logging__LogLevel__Default=Warning)
  case "$name" in
    ours)
      start_pinned "$GATEWAY_CPU" "$log" "${ours_env[@]}" dotnet "$OURS_DLL" ;;
    hive-router-runtime) NODE_ENV=production start_pinned "$GATEWAY_CPU" "$log" node "${hive[@]}" --config-path "$HERE/hive-gateway-router-runtime.config.mjs" ;;
    hive) NODE_ENV=production start_pinned "$GATEWAY_CPU" "$log" node "${hive[@]}" --config-path "$HERE/hive-gateway.config.mjs" ;;
    apollo) NODE_ENV=production start_pinned "$GATEWAY_CPU" "$log" node "$HERE/apollo-gateway.mjs" "$port" "$WORK/supergraph.graphql" ;;
  esac
}

# probe NAME PID URL OUT: waits (60 s) until the gateway answers the TestQuery with 200, keeps the body in OUT.
probe() {
  local name=$1 pid=$2 url=$3 out=$4 status _
  for _ in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || { echo "exited before answering"; return 1; }
    status=$(curl -sS -o "$out" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
      -H 'Accept: application/graphql-response+json, application/json' -H "X-Request-Id: probe-$RANDOM" \
      --data "$BODY" "$url" 2>/dev/null) || status=000
    [[ "$status" == 200 ]] && return 0
    sleep 0.2
  done
  echo "no 200 answer to the TestQuery within 60 s (last status $status)"
  return 1
}

# measure NAME MODE URL EXPECTED_LENGTH PID: warm-up, then the measured wrk run with CPU and memory figures.
measure() {
  local name=$1 mode=$2 url=$3 length=$4 pid=$5 out="$WORK/$2.$1" warmup
  warmup=$(( DURATION > 2 ? DURATION / 2 : 1 ))
  mkdir -p "$out.samples"
  if (( ! SMOKE )); then
    GQL_BODY=$BODY GQL_EXPECTED_LENGTH=$length taskset -c "$WRK_CPU" wrk -t1 -c"$CONNECTIONS" -d"${warmup}s" --timeout 10s \
      -s "$HERE/gateway.lua" "$url" >"$out.warmup.wrk" 2>&1 || true
  fi
  node "$HERE/proc-stats.mjs" "$pid" >"$out.stats-before"
  node "$HERE/proc-stats.mjs" "$SUBGRAPHS_PID" >"$out.subgraphs-before"
  GQL_BODY=$BODY GQL_EXPECTED_LENGTH=$length GQL_SAMPLE_DIR="$out.samples" taskset -c "$WRK_CPU" \
    wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$HERE/gateway.lua" "$url" >"$out.wrk" 2>&1 \
    || { cat "$out.wrk"; return 1; }
  node "$HERE/proc-stats.mjs" "$pid" >"$out.stats-after"
  node "$HERE/proc-stats.mjs" "$SUBGRAPHS_PID" >"$out.subgraphs-after"
  echo "$mode $name: $(grep 'Requests/sec' "$out.wrk") | $(grep '^gateway-bench: checked' "$out.wrk" | cut -d' ' -f2-)"
  local checked bad errors
  checked=$(sed -n 's/^gateway-bench: checked \([0-9]*\) .*/\1/p' "$out.wrk")
  bad=$(sed -n 's/^gateway-bench: checked [0-9]* bad \([0-9]*\).*/\1/p' "$out.wrk")
  # Requests wrk gave up on after 10 s are reported (an overloaded gateway), not a failure; any
  # other socket error or a non-2xx status is.
  errors=$(sed -n 's/^gateway-bench: socket-errors connect \([0-9]*\) read \([0-9]*\) write \([0-9]*\) timeout [0-9]* status \([0-9]*\)$/\1 \2 \3 \4/p' "$out.wrk")
  if [[ "$bad" != 0 || "$errors" != "0 0 0 0" ]]; then
    cat "$out.wrk"
    echo "$bad bad responses, socket errors (connect read write status): $errors"
    return 1
  fi
  if [[ "$checked" == 0 ]]; then
    # A smoke run's second under a busy machine may end before the first answer; the probe checked one.
    (( SMOKE )) && { echo "no response within ${DURATION} s"; return 0; }
    echo "no response within ${DURATION} s"
    return 1
  fi
  node "$HERE/check-response.mjs" "$EXPECTED" "$out.samples"/*.json || return 1
}

FAILED=()
run_gateway() {
  local name=$1 port pid url answer problem
  port=$(free_port)
  url="http://127.0.0.1:$port/graphql"
  answer="$WORK/$name.answer.json"
  if [[ "$name" == ours ]]; then
    if [[ -z "$OURS_PROJECT" ]]; then
      echo "gateway/ has no project yet" >"$WORK/ours.skipped"
    elif [[ ! -f "$OURS_DLL" ]] && (( BUILD )); then
      echo "gateway/ did not build (log: TestResults/gateway-benchmark/ours-build.log)" >"$WORK/ours.skipped"
    elif [[ ! -f "$OURS_DLL" ]]; then
      echo "${OURS_DLL#"$ROOT/"} is missing (--no-build: build gateway/ first)" >"$WORK/ours.skipped"
    fi
    if [[ -f "$WORK/ours.skipped" ]]; then
      echo "ours: SKIPPED: $(cat "$WORK/ours.skipped")"
      return 0
    fi
  fi

  step "$name on CPU $GATEWAY_CPU (:$port)"
  start_gateway "$name" "$port"
  pid=$STARTED_PID
  set_delay_ms 0
  if problem=$(probe "$name" "$pid" "$url" "$answer") && problem=$(node "$HERE/check-response.mjs" "$EXPECTED" "$answer" 2>&1); then
    echo "$name: the TestQuery answer equals test-query.expected.json ($(wc -c <"$answer") bytes)"
  else
    problem="$problem; log tail: $(tail -n 5 "$WORK/$name.log" | tr '\n' ' ' | cut -c1-600)"
    stop_pid "$pid"
    if [[ "$name" == ours ]]; then
      echo "our gateway does not serve the benchmark supergraph yet: $problem" >"$WORK/ours.skipped"
      echo "ours: SKIPPED: $(cat "$WORK/ours.skipped")"
    else
      echo "$problem" >"$WORK/$name.failed"
      FAILED+=("$name: $problem")
      echo "$name: FAILED: $problem"
    fi
    return 0
  fi

  local length mode
  length=$(wc -c <"$answer")
  for mode in direct delay; do
    if [[ "$mode" == delay ]]; then set_delay_ms "$DELAY_MS"; fi
    if ! measure "$name" "$mode" "$url" "$length" "$pid" >"$WORK/$mode.$name.log" 2>&1; then
      cat "$WORK/$mode.$name.log"
      echo "$mode run failed (see $WORK/$mode.$name.log)" >"$WORK/$name.failed"
      FAILED+=("$name: $mode run had bad responses or errors")
      break
    fi
    tail -n 2 "$WORK/$mode.$name.log"
  done
  set_delay_ms 0
  stop_pid "$pid"
}

for gateway in "${GATEWAY_LIST[@]}"; do
  run_gateway "$gateway"
done

node "$HERE/report.mjs" "$WORK" "$CONNECTIONS" "$DURATION" "$DELAY_MS" "$PLAN_STEPS" "$FETCHES" "${GATEWAY_LIST[@]}" >"$WORK/report.md"
cat "$WORK/report.md"
if (( SMOKE )); then
  echo "smoke run: results/gateway-latest.md not written"
else
  mkdir -p "$(dirname "$RESULTS")"
  cp "$WORK/report.md" "$RESULTS"
  echo "written: ${RESULTS#"$ROOT/"}"
fi
if (( ${#FAILED[@]} )); then
  printf '%s: FAILED: %s\n' "$BENCH_NAME" "${FAILED[@]}" >&2
  exit 1
fi
