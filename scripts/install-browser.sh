#!/usr/bin/env bash
# Installs headless Chromium for the GraphiQL page check (scripts/check-graphiql-page.sh). Idempotent: does
# nothing when a Chromium is already on PATH. Needs root (apt-get); Debian and Ubuntu package names.
set -euo pipefail

for candidate in chromium chromium-browser; do
  if command -v "$candidate" >/dev/null 2>&1; then
    echo "$candidate already installed: $(command -v "$candidate")"
    exit 0
  fi
done

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium
command -v chromium
