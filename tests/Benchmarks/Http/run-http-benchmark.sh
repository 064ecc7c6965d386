#!/usr/bin/env bash
# HTTP throughput: our server (AddGraphQLServer/MapGraphQL, Release) against graphql-yoga with
# graphql-jit (npm), same schema, data and query, same load tool (wrk), one run. Each server is
# pinned to CPU 0 and wrk to CPU 1, so both servers get one core; writes results/http-latest.md.
#
#   tests/Benchmarks/Http/run-http-benchmark.sh             full run (10 s per server and query)
#   tests/Benchmarks/Http/run-http-benchmark.sh --smoke     responses checked, 1 s runs
#
# Options: --duration <seconds>, --connections <n> (default 50), --no-build, --configuration <name>
# Every run is preceded by a warm-up of half its duration (the .NET tiered JIT and V8 both need it).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
HOST_PROJECT="$HERE/Gql.Benchmarks.HttpHost/Gql.Benchmarks.HttpHost.csproj"
YOGA="$HERE/yoga"
WORK="$ROOT/TestResults/http-benchmark"
RESULTS="$HERE/../results/http-latest.md"
SMOKE=0 BUILD=1 CONFIGURATION=Release DURATION=10 CONNECTIONS=50

while (( $# )); do
  case "$1" in
    --smoke) SMOKE=1 DURATION=1 ;;
    --no-build) BUILD=0 ;;
    --configuration|-c) CONFIGURATION="${2:?--configuration needs a value}"; shift ;;
    --duration) DURATION="${2:?--duration needs seconds}"; shift ;;
    --connections) CONNECTIONS="${2:?--connections needs a number}"; shift ;;
    -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "run-http-benchmark.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

BENCH_NAME=run-http-benchmark.sh
# shellcheck source=../lib/bench-common.sh
source "$HERE/../lib/bench-common.sh"

require_tools node wrk curl taskset
if [[ ! -d "$YOGA/node_modules/graphql-yoga" ]]; then
  step "npm ci (tests/Benchmarks/Http/yoga)"
  (cd "$YOGA" && npm ci --no-audit --no-fund </dev/null)
fi
if (( BUILD )); then
  step "dotnet build -c $CONFIGURATION Gql.Benchmarks.HttpHost"
  dotnet build "$HOST_PROJECT" -c "$CONFIGURATION" -nologo -v quiet -nodeReuse:false </dev/null
fi
DLL="$HERE/Gql.Benchmarks.HttpHost/bin/$CONFIGURATION/net10.0/Gql.Benchmarks.HttpHost.dll"
[[ -f "$DLL" ]] || fail "$DLL is missing (build first or drop --no-build)"

rm -rf "$WORK"
mkdir -p "$WORK"

OURS_PORT=$(free_port)
YOGA_PORT=$(free_port)
step "starting both servers on CPU 0 (ours :$OURS_PORT, yoga :$YOGA_PORT)"
DOTNET_gcServer=0 DOTNET_TieredPGO=1 start_pinned 0 "$WORK/ours.log" dotnet "$DLL" "http://127.0.0.1:$OURS_PORT"
NODE_ENV=production start_pinned 0 "$WORK/yoga.log" node "$YOGA/server.mjs" "$YOGA_PORT"
wait_healthy "http://127.0.0.1:$OURS_PORT" ours "$WORK/ours.log"
wait_healthy "http://127.0.0.1:$YOGA_PORT" yoga "$WORK/yoga.log"

# Scenario: name and request body. The small query is the target's; the list query shows the
# completion and serialization cost of a large result.
declare -A BODIES=(
  [small]='{"query":"{ shop { id name currency } }"}'
  [list]='{"query":"{ products { id sku name price { amount currency } availability } }"}'
)
SCENARIOS=(small list)

step "responses must be equal"
for scenario in "${SCENARIOS[@]}"; do
  body=${BODIES[$scenario]}
  for side in ours yoga; do
    port=$([[ $side == ours ]] && echo "$OURS_PORT" || echo "$YOGA_PORT")
    curl -fsS -X POST -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json, application/json' \
      --data "$body" "http://127.0.0.1:$port/graphql" >"$WORK/$scenario.$side.json" || fail "$side failed the $scenario query"
  done
  node -e '
    const [a, b] = process.argv.slice(1).map(f => JSON.parse(require("fs").readFileSync(f, "utf8")));
    if (a.errors || b.errors) { console.error("errors in a response"); process.exit(1); }
    if (JSON.stringify(a) !== JSON.stringify(b)) { console.error("responses differ"); process.exit(1); }
  ' "$WORK/$scenario.ours.json" "$WORK/$scenario.yoga.json" || fail "$scenario: our response differs from yoga's (see $WORK)"
  echo "$scenario: equal ($(wc -c <"$WORK/$scenario.ours.json") bytes)"
done

# wrk prints "Requests/sec:" and, with --latency, the 50/75/90/99% lines; non-2xx answers are counted.
run_wrk() {
  local scenario=$1 side=$2 port=$3 out="$WORK/$1.$2.wrk"
  GQL_BODY=${BODIES[$scenario]} taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$HERE/post.lua" \
    "http://127.0.0.1:$port/graphql" >"$out" 2>&1 || fail "wrk failed against $side (see $out)"
  if grep -q "Non-2xx" "$out"; then cat "$out"; fail "$side answered non-2xx during the $scenario run"; fi
  if grep -q "Socket errors" "$out"; then cat "$out"; fail "$side had socket errors during the $scenario run"; fi
}

step "wrk -c$CONNECTIONS -d${DURATION}s per server and query (warm-up run first)"
for scenario in "${SCENARIOS[@]}"; do
  for side in ours yoga; do
    port=$([[ $side == ours ]] && echo "$OURS_PORT" || echo "$YOGA_PORT")
    GQL_BODY=${BODIES[$scenario]} taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"$(( DURATION > 2 ? DURATION / 2 : 1 ))s" -s "$HERE/post.lua" \
      "http://127.0.0.1:$port/graphql" >/dev/null 2>&1 || true
    run_wrk "$scenario" "$side" "$port"
    echo "$scenario $side: $(grep 'Requests/sec' "$WORK/$scenario.$side.wrk")"
  done
done

node "$HERE/report.mjs" "$WORK" "$CONNECTIONS" "$DURATION" "${SCENARIOS[@]}" >"$WORK/report.md"
cat "$WORK/report.md"
if (( SMOKE )); then
  echo "smoke run: results/http-latest.md not written"
else
  cp "$WORK/report.md" "$RESULTS"
  echo "written: ${RESULTS#"$ROOT/"}"
fi
