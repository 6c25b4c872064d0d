#!/usr/bin/env bash
# Installs what bench/load/run.sh needs: wrk, the HTTP load generator, from the Debian archive (needs root or sudo),
# and the npm peers (graphql, graphql-http) through the project's own script. Idempotent.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
if ! command -v wrk >/dev/null; then
  sudo_if_needed=()
  if [ "$(id -u)" -ne 0 ]; then
    sudo_if_needed=(sudo)
  fi
  "${sudo_if_needed[@]}" apt-get update -qq
  "${sudo_if_needed[@]}" apt-get install -y -qq wrk
fi
"$root/scripts/install-test-deps.sh" >/dev/null
