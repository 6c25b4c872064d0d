#!/usr/bin/env bash
# The one test command (README): installs what the tests need, checks formatting, builds, runs every test
# project, and fails when a test that this machine can run was skipped. Each phase prints its duration, and a
# summary of them closes the run, so a slow phase shows where the time goes.
#
# Work that does not depend on each other overlaps, because no phase keeps both cores busy alone: the format
# check (Debug design-time builds under obj/Debug) runs beside the Release build (obj/Release, bin/) once the
# packages are restored, and the test projects run TEST_JOBS at a time (default: one per core), slowest first.
# A background phase's output is printed in one piece when it ends.
set -euo pipefail
cd "$(dirname "$0")"

timings=()
phase_started=0
phase_name=""
logs=artifacts/test-logs
rm -rf "$logs"
mkdir -p "$logs"

start_phase() {
  phase_name="$1"
  phase_started=$SECONDS
  echo "== $phase_name"
}

record_timing() {
  timings+=("$(printf '%6ss  %s' "$2" "$1")")
  echo "== $1: ${2}s"
}

end_phase() {
  record_timing "$phase_name" $((SECONDS - phase_started))
}

# Runs "$@" in the background as phase $1; the job writes its exit code and duration next to its log.
background_phase() {
  local name="$1" file="$logs/${1// /-}"
  shift
  (
    started=$(date +%s)
    rc=0
    "$@" >"$file.log" 2>&1 || rc=$?
    echo "$rc $(($(date +%s) - started))" >"$file.result"
    exit "$rc"
  ) &
  background_names[$!]="$name"
}

# Prints a finished background phase's output and duration; returns its exit code.
report_background() {
  local name="$1" file="$logs/${1// /-}" rc elapsed
  echo "== $name"
  cat "$file.log"
  read -r rc elapsed <"$file.result"
  record_timing "$name" "$elapsed"
  return "$rc"
}

print_timings() {
  echo "== phase timings"
  printf '%s\n' "${timings[@]}"
  echo "$(printf '%6ss  %s' "$SECONDS" "total")"
}

declare -A background_names=()

start_phase "install"
scripts/install-test-deps.sh
end_phase

start_phase "restore"
dotnet restore CooperationGraph.sln --nologo --verbosity quiet
end_phase

background_phase "format" dotnet format CooperationGraph.sln --verify-no-changes --no-restore --verbosity quiet
format_pid=$!
start_phase "build"
build_status=0
dotnet build CooperationGraph.sln -c Release --no-restore --nologo -clp:ErrorsOnly || build_status=$?
end_phase
format_status=0
wait "$format_pid" || true
report_background "format" || format_status=$?
if [ "$build_status" -ne 0 ] || [ "$format_status" -ne 0 ]; then
  print_timings
  exit 1
fi

results=artifacts/test-results
rm -rf "$results"
status=0

# Slowest first (measured), so the short projects fill the gaps at the end; a project not named here runs after.
projects=()
for name in CooperationGraph.Neo4j.Tests CooperationGraph.Api.Tests CooperationGraph.BrowserTests; do
  projects+=("tests/$name/$name.csproj")
done
for project in tests/*/*Tests.csproj; do
  [[ " ${projects[*]} " == *" $project "* ]] || projects+=("$project")
done

test_jobs=${TEST_JOBS:-$(nproc)}
start_phase "tests ($test_jobs at a time)"
running=0
finish_one() {
  local pid
  wait -n -p pid || true
  running=$((running - 1))
  report_background "${background_names[$pid]}" || status=$?
}
for project in "${projects[@]}"; do
  [ -f "$project" ] || continue
  name=$(basename "$project" .csproj)
  if [ "$running" -ge "$test_jobs" ]; then
    finish_one
  fi
  background_phase "test $name" dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results/$name"
  running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
  finish_one
done
end_phase

print_timings
python3 scripts/check-test-results.py "$results" || status=1
exit $status
