#!/usr/bin/env bash
# The one test command (README): installs what the tests need, checks formatting, builds, runs every test
# project, and fails when a test that this machine can run was skipped. Each phase prints its duration, and a
# summary of them closes the run, so a slow phase shows where the time goes.
set -euo pipefail
cd "$(dirname "$0")"

timings=()
phase_started=0
phase_name=""

start_phase() {
  phase_name="$1"
  phase_started=$SECONDS
  echo "== $phase_name"
}

end_phase() {
  local elapsed=$((SECONDS - phase_started))
  timings+=("$(printf '%6ss  %s' "$elapsed" "$phase_name")")
  echo "== $phase_name: ${elapsed}s"
}

print_timings() {
  echo "== phase timings"
  printf '%s\n' "${timings[@]}"
  echo "$(printf '%6ss  %s' "$SECONDS" "total")"
}

start_phase "install"
scripts/install-test-deps.sh
end_phase

start_phase "format"
dotnet format CooperationGraph.sln --verify-no-changes --verbosity quiet
end_phase

start_phase "build"
dotnet build CooperationGraph.sln -c Release --nologo -clp:ErrorsOnly
end_phase

results=artifacts/test-results
rm -rf "$results"
status=0
for project in tests/*/*Tests.csproj; do
  name=$(basename "$project" .csproj)
  start_phase "test $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results/$name" || status=$?
  end_phase
done

print_timings
python3 scripts/check-test-results.py "$results"
exit $status
