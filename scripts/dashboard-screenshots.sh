#!/usr/bin/env bash
# Refreshes the README's dashboard screenshots: runs the dashboard's browser tests, which save a screenshot of each
# view under artifacts/test-results/browser/dashboard/, and copies two of them to docs/images/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-browser.sh
dotnet build tests/CooperationGraph.BrowserTests -c Release --nologo -clp:ErrorsOnly
dotnet test tests/CooperationGraph.BrowserTests -c Release --no-build --filter "FullyQualifiedName~Dashboard.DashboardViewTests"

shots="${BROWSER_TEST_RESULTS:-artifacts/test-results/browser}/dashboard"
mkdir -p docs/images
for view in matrix partners; do
  cp "$shots/dashboard-$view.png" "docs/images/dashboard-$view.png"
  echo "docs/images/dashboard-$view.png"
done
