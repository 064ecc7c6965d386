#!/usr/bin/env bash
# ./test.sh: install what the tests need, build the solution, run every .NET test project and every
# Node package's tests, and end with one line: "N passed, N failed, N skipped". Exits non-zero on any
# failure. Works unattended (CI=true, no stdin).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT" || exit 1
SOLUTION=ECommerce.GraphQL.sln
RESULTS="$ROOT/TestResults/test.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 NUGET_XMLDOC_MODE=skip
export DEBIAN_FRONTEND=noninteractive
# The .NET tests start their own servers; settings meant for ./run.sh must not leak into them.
unset ECOMMERCE_POSTGRES ECOMMERCE_REDIS

mkdir -p "$ROOT/TestResults"
PASSED=0 FAILED=0 SKIPPED=0
PROBLEMS=()

say() { printf '\n== %s\n' "$*"; }
problem() { PROBLEMS+=("$*"); printf 'test.sh: FAILED: %s\n' "$*"; }
check_passed() { PASSED=$((PASSED + 1)); printf 'test.sh: ok: %s\n' "$*"; }
check_failed() { FAILED=$((FAILED + 1)); problem "$*"; }
is_root() { [[ "$(id -u)" == 0 ]]; }

# ---------------------------------------------------------------------------------------------
say "tools"

have_postgres_server() {
  local dir
  for dir in "$(pg_config --bindir 2>/dev/null)" /usr/lib/postgresql/*/bin; do
    [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]] && return 0
  done
  return 1
}

missing=()
have_postgres_server || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
# The storefront's browser test drives Debian's Chromium (never a downloaded browser build).
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
if (( ${#missing[@]} )); then
  if is_root && command -v apt-get >/dev/null 2>&1; then
    echo "installing with apt-get: ${missing[*]}"
    if ! { apt-get update && apt-get install -y "${missing[@]}"; } >"$ROOT/TestResults/apt.log" 2>&1 </dev/null; then
      tail -n 5 "$ROOT/TestResults/apt.log"
      echo "test.sh: apt-get install ${missing[*]} failed (log: TestResults/apt.log); tests that need them will fail"
    fi
  else
    echo "test.sh: missing ${missing[*]}; install them with: sudo apt-get install -y ${missing[*]}"
  fi
fi
command -v dotnet >/dev/null 2>&1 || { echo "test.sh: the .NET 10 SDK (dotnet) is not on PATH"; echo "0 passed, 1 failed"; exit 1; }
printf 'dotnet %s; %s; %s; node %s; %s\n' "$(dotnet --version 2>/dev/null)" \
  "$(redis-server --version 2>/dev/null | cut -d' ' -f1-3 || echo 'no redis-server')" \
  "$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)" "$(node --version 2>/dev/null || echo none)" \
  "$(/usr/bin/chromium --version 2>/dev/null || echo 'no /usr/bin/chromium')"

# ---------------------------------------------------------------------------------------------
say "repository checks"

for script in run.sh test.sh .ci/run; do
  if [[ ! -f "$script" ]]; then
    check_failed "$script is missing"
  elif ! bash -n "$script"; then
    check_failed "$script has a bash syntax error"
  elif [[ ! -x "$script" ]]; then
    check_failed "$script is not executable"
  else
    check_passed "$script parses and is executable"
  fi
done

if command -v docker-compose >/dev/null 2>&1; then
  if compose_errors=$(docker-compose -f docker-compose.yml config -q 2>&1 </dev/null); then
    check_passed "docker-compose config -q accepts docker-compose.yml"
  else
    printf '%s\n' "$compose_errors"
    check_failed "docker-compose config -q rejects docker-compose.yml"
  fi
else
  echo "test.sh: docker-compose not installed; docker-compose.yml not checked"
fi

# ---------------------------------------------------------------------------------------------
say "npm packages"

# Every package.json under tests/ and clients/ (outside node_modules).
mapfile -t PACKAGES < <(find tests clients -name node_modules -prune -o -name package.json -type f -print 2>/dev/null | sort)
if (( ${#PACKAGES[@]} )) && ! command -v npm >/dev/null 2>&1; then
  check_failed "npm is not installed but ${#PACKAGES[@]} package.json files need it"
  PACKAGES=()
fi
for package in "${PACKAGES[@]}"; do
  dir=$(dirname "$package")
  if [[ -f "$dir/package-lock.json" || -f "$dir/npm-shrinkwrap.json" ]]; then install=(npm ci); else install=(npm install); fi
  echo "$dir: ${install[*]}"
  if ! (cd "$dir" && timeout 900 "${install[@]}" --no-audit --no-fund </dev/null >"$RESULTS.npm-install.log" 2>&1); then
    tail -n 20 "$RESULTS.npm-install.log"
    check_failed "${install[*]} in $dir"
  fi
done

# ---------------------------------------------------------------------------------------------
say "build"

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
BUILD_OK=1
if ! timeout 1800 dotnet build "$SOLUTION" -nologo -v minimal -nodeReuse:false </dev/null; then
  BUILD_OK=0
  check_failed "dotnet build $SOLUTION (errors above); test projects that built still run"
fi

# ---------------------------------------------------------------------------------------------
say ".NET tests"

# Each test assembly ends with a summary line ("Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ...
# - Name.Tests.dll"); those are summed. TRX files are kept in TestResults/test.sh/ for details.
mapfile -t TEST_PROJECTS < <(grep -oE '"[^"]+\.Tests\.csproj"' "$SOLUTION" | tr -d '"' | tr '\\' '/' | sort)
timeout 2700 dotnet test "$SOLUTION" --no-build -nologo --results-directory "$RESULTS" \
  --logger "trx" --blame-hang-timeout 10m --blame-hang-dump-type none </dev/null 2>&1 | tee "$RESULTS/dotnet-test.log"
test_exit=${PIPESTATUS[0]}

summaries=0
while IFS= read -r line; do
  summary_number() { grep -oE "$1:[[:space:]]+[0-9]+" <<<"$line" | grep -oE '[0-9]+$' || echo 0; }
  failed=$(summary_number Failed) passed=$(summary_number Passed) skipped=$(summary_number Skipped)
  summaries=$((summaries + 1))
  PASSED=$((PASSED + passed)); FAILED=$((FAILED + failed)); SKIPPED=$((SKIPPED + skipped))
  (( failed )) && problem "${line##* - }: $failed failed"
done < <(sed 's/\x1b\[[0-9;]*m//g' "$RESULTS/dotnet-test.log" | grep -E '^(Passed|Failed)![[:space:]]+- Failed:')
if (( summaries < ${#TEST_PROJECTS[@]} )); then
  missing_results=$(( ${#TEST_PROJECTS[@]} - summaries ))
  FAILED=$((FAILED + missing_results))
  problem "$missing_results of ${#TEST_PROJECTS[@]} test projects reported no results (not built, or the test host crashed or hung)"
fi
if (( test_exit != 0 )) && (( FAILED == 0 )); then
  check_failed "dotnet test exited with $test_exit"
fi

# ---------------------------------------------------------------------------------------------
say "Node tests"

# add_node_counts LOG EXIT: counts from node:test, Vitest or Jest output; one check when none is found.
add_node_counts() {
  local log=$1 exit_code=$2 pass fail skip text
  text=$(sed 's/\x1b\[[0-9;]*m//g' "$log")
  pass=$(grep -oE '^(# |ℹ )pass [0-9]+' <<<"$text" | grep -oE '[0-9]+$' | tail -n 1)
  fail=$(grep -oE '^(# |ℹ )fail [0-9]+' <<<"$text" | grep -oE '[0-9]+$' | tail -n 1)
  skip=$(grep -oE '^(# |ℹ )(skipped|skip) [0-9]+' <<<"$text" | grep -oE '[0-9]+$' | tail -n 1)
  if [[ -z "$pass" ]]; then   # Vitest: "Tests  3 failed | 10 passed (13)"; Jest: "Tests:  1 failed, 5 passed, 6 total"
    local line
    line=$(grep -E '^[[:space:]]*Tests:?[[:space:]]+[0-9]' <<<"$text" | tail -n 1)
    if [[ -n "$line" ]]; then
      pass=$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+')
      fail=$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+')
      skip=$(( $(grep -oE '[0-9]+ (skipped|todo)' <<<"$line" | grep -oE '[0-9]+' | paste -sd+ -) + 0 ))
      pass=${pass:-0}
    fi
  fi
  if [[ -n "$pass" ]]; then
    PASSED=$((PASSED + pass)); FAILED=$((FAILED + ${fail:-0})); SKIPPED=$((SKIPPED + ${skip:-0}))
    if (( exit_code != 0 )) && (( ${fail:-0} == 0 )); then check_failed "npm test in $3 exited with $exit_code"; fi
    (( ${fail:-0} )) && problem "npm test in $3: $fail failed"
  elif (( exit_code == 0 )); then
    check_passed "npm test in $3"
  else
    check_failed "npm test in $3 exited with $exit_code"
  fi
  return 0
}

node_packages=0
for package in "${PACKAGES[@]}"; do
  dir=$(dirname "$package")
  script=$(cd "$dir" && node -e 'const s=(require("./package.json").scripts||{}).test||""; if(!/no test specified/.test(s)) process.stdout.write(s)' 2>/dev/null)
  [[ -n "$script" ]] || continue
  node_packages=$((node_packages + 1))
  echo "$dir: npm test"
  log="$RESULTS/npm-test-$node_packages.log"
  (cd "$dir" && CI=true timeout 1200 npm test </dev/null 2>&1) | tee "$log"
  add_node_counts "$log" "${PIPESTATUS[0]}" "$dir"
done
(( node_packages )) || echo "no package.json with a test script under tests/ or clients/"

# ---------------------------------------------------------------------------------------------
say "benchmark smoke run (every benchmark runs once; results checked against graphql-js and graphql-jit)"
if timeout 600 tests/Benchmarks/run-engine-benchmarks.sh --smoke --no-build --configuration Debug </dev/null; then
  check_passed "engine benchmarks smoke run"
else
  check_failed "engine benchmarks smoke run"
fi

say "HTTP benchmark smoke run (responses equal to graphql-yoga's, no failed request under wrk)"
if timeout 300 tests/Benchmarks/Http/run-http-benchmark.sh --smoke --no-build --configuration Debug </dev/null; then
  check_passed "HTTP benchmark smoke run"
else
  check_failed "HTTP benchmark smoke run"
fi

say "gateway benchmark smoke run (the TestQuery through Hive Gateway, with and without router-runtime, Apollo Gateway, and our gateway once it serves it)"
if timeout 600 tests/Benchmarks/Gateway/run-gateway-benchmark.sh --smoke --no-build --configuration Debug </dev/null; then
  check_passed "gateway benchmark smoke run"
else
  check_failed "gateway benchmark smoke run"
fi

# ---------------------------------------------------------------------------------------------
say "summary"
if (( ${#PROBLEMS[@]} )); then
  printf '  - %s\n' "${PROBLEMS[@]}"
fi
(( BUILD_OK )) || echo "the build failed"
echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
(( FAILED == 0 && BUILD_OK == 1 )) || exit 1
exit 0
