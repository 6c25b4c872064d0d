#!/usr/bin/env bash
# The one test command (README): installs what the tests need, checks formatting, builds, runs every test
# project, and fails when a test that this machine can run was skipped.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-test-deps.sh

echo "== format"
dotnet format CooperationGraph.sln --verify-no-changes --verbosity quiet

echo "== build"
dotnet build CooperationGraph.sln -c Release --nologo -clp:ErrorsOnly

echo "== test"
results=artifacts/test-results
rm -rf "$results"
status=0
dotnet test CooperationGraph.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?

python3 scripts/check-test-results.py "$results"
exit $status
