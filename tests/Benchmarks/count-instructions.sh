#!/usr/bin/env bash
# Instructions per operation of one phase of one scenario, counted by valgrind (callgrind), so the
# figure does not depend on the machine's load: two runs of `Gql.Benchmarks --loop` with different
# counts, the difference divided by the difference of the counts (start-up and JIT cancel out).
# TieredCompilation is off so that the code is the same in every run (fully optimized, no dynamic
# PGO): the counts are exact for comparing two builds, not a prediction of the tiered code's time.
#
#   tests/Benchmarks/count-instructions.sh <phase> <scenario> <small count> <large count> [Gql.Benchmarks.dll]
#   tests/Benchmarks/count-instructions.sh execute small 1000 21000
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PHASE="${1:?phase}" SCENARIO="${2:?scenario}" SMALL="${3:?small count}" LARGE="${4:?large count}"
DLL="${5:-$HERE/Gql.Benchmarks/bin/Release/net10.0/Gql.Benchmarks.dll}"
command -v valgrind >/dev/null || { echo "count-instructions.sh: valgrind is not installed" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
count() {
  DOTNET_TieredCompilation=0 valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.$1" \
    dotnet "$DLL" --loop "$PHASE" "$SCENARIO" "$1" >"$WORK/log.$1" 2>&1 \
    || { tail -n 20 "$WORK/log.$1" >&2; exit 1; }
  sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "$WORK/log.$1"
}
small=$(count "$SMALL")
large=$(count "$LARGE")
echo "$SCENARIO $PHASE: $(( (large - small) / (LARGE - SMALL) )) instructions/op (callgrind, TieredCompilation=0, $SMALL vs $LARGE ops)"
