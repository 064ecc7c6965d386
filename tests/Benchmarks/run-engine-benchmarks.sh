#!/usr/bin/env bash
# Engine benchmarks: ours (BenchmarkDotNet) against graphql-js 16 and graphql-jit on the same
# schema, data and documents, in one run; prints the table and writes results/engine-latest.md.
#
#   tests/Benchmarks/run-engine-benchmarks.sh            full run (Release build, a few minutes on 2 cores)
#   tests/Benchmarks/run-engine-benchmarks.sh --smoke    correctness check and a dry run of every benchmark
#
# Options:
#   --smoke                  no timing: every benchmark runs (direct calls, then BenchmarkDotNet's Dry job),
#                            our JSON must equal graphql-js's and graphql-jit's, the JS timing loop runs once
#   --no-build               use the existing build of Gql.Benchmarks
#   --configuration <name>   Release (default) or Debug (the project is optimized in both)
# Both modes first assert that our response JSON equals graphql-js's and graphql-jit's for each document.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PROJECT="$HERE/Gql.Benchmarks/Gql.Benchmarks.csproj"
JS="$HERE/js"
WORK="$ROOT/TestResults/benchmarks"
SMOKE=0 BUILD=1 CONFIGURATION=Release

while (( $# )); do
  case "$1" in
    --smoke) SMOKE=1 ;;
    --no-build) BUILD=0 ;;
    --configuration|-c) CONFIGURATION="${2:?--configuration needs a value}"; shift ;;
    -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "run-engine-benchmarks.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
step() { printf '\n== %s\n' "$*"; }

command -v node >/dev/null 2>&1 || { echo "run-engine-benchmarks.sh: node is not on PATH" >&2; exit 1; }
if [[ ! -d "$JS/node_modules/graphql" || ! -d "$JS/node_modules/graphql-jit" ]]; then
  step "npm ci (tests/Benchmarks/js)"
  (cd "$JS" && npm ci --no-audit --no-fund </dev/null)
fi

if (( BUILD )); then
  step "dotnet build -c $CONFIGURATION Gql.Benchmarks"
  dotnet build "$PROJECT" -c "$CONFIGURATION" -nologo -v quiet -nodeReuse:false </dev/null
fi
DLL="$HERE/Gql.Benchmarks/bin/$CONFIGURATION/net10.0/Gql.Benchmarks.dll"
[[ -f "$DLL" ]] || { echo "run-engine-benchmarks.sh: $DLL is missing (build first or drop --no-build)" >&2; exit 1; }

rm -rf "$WORK"
mkdir -p "$WORK"

step "every benchmark once; our JSON against graphql-js and graphql-jit"
dotnet "$DLL" --smoke "$WORK/smoke"
node "$JS/bench.mjs" --check "$WORK/smoke"

if (( SMOKE )); then
  step "BenchmarkDotNet dry run (each benchmark once, in-process)"
  GQL_BENCHMARK_DRY=1 dotnet "$DLL" --filter '*' --artifacts "$WORK/bdn" </dev/null >"$WORK/bdn.log" 2>&1 \
    || { tail -n 40 "$WORK/bdn.log"; echo "run-engine-benchmarks.sh: the BenchmarkDotNet dry run failed (log: $WORK/bdn.log)" >&2; exit 1; }
  step "JS timing loop (a few iterations)"
  node "$JS/bench.mjs" --smoke --out "$WORK/js.json" >/dev/null
  node "$JS/report.mjs" --bdn "$WORK/bdn/results/Gql.Benchmarks.EngineBenchmarks-report-full.json" --js "$WORK/js.json" \
    --out "$WORK/engine-smoke.md" --note "SMOKE RUN: dry timings, not measurements." >/dev/null
  echo "run-engine-benchmarks.sh: smoke ok (every benchmark ran; results equal graphql-js and graphql-jit; report: $WORK/engine-smoke.md)"
  exit 0
fi

step "ours: BenchmarkDotNet (short job)"
dotnet "$DLL" --filter '*' --artifacts "$WORK/bdn" </dev/null | tee "$WORK/bdn.log" | grep -E '^\|' || true
[[ -f "$WORK/bdn/results/Gql.Benchmarks.EngineBenchmarks-report-full.json" ]] \
  || { tail -n 40 "$WORK/bdn.log"; echo "run-engine-benchmarks.sh: BenchmarkDotNet produced no JSON report" >&2; exit 1; }

step "graphql-js and graphql-jit"
node "$JS/bench.mjs" --out "$WORK/js.json"

step "report"
mkdir -p "$HERE/results"
NOTE="Load average when the run ended: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?') (on $(nproc 2>/dev/null || echo '?') cores)."
node "$JS/report.mjs" --bdn "$WORK/bdn/results/Gql.Benchmarks.EngineBenchmarks-report-full.json" --js "$WORK/js.json" \
  --out "$HERE/results/engine-latest.md" --note "$NOTE"
