#!/usr/bin/env bash
# Installs the test suites' peers: graphql-js, graphql-http, graphology and Neo4j's Cypher parser (npm,
# pinned by tests/js/package-lock.json). Idempotent; quiet when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d tests/js/node_modules ] || [ tests/js/package-lock.json -nt tests/js/node_modules/.package-lock.json ]; then
  echo "== npm ci (tests/js)"
  (cd tests/js && npm ci --no-audit --no-fund --loglevel=error)
fi
scripts/install-browser.sh
