#!/usr/bin/env bash
# Ensures Debian's Chromium is installed for the browser tests (tests/CooperationGraph.BrowserTests, which drive
# /usr/bin/chromium headless through Playwright) and tests/js/api-host/graphiql-screenshot.sh, with a font that
# draws Chinese, so failure screenshots of the letters' names are legible rather than empty boxes.
# Everything comes from the distribution's package mirror: nothing is downloaded from a browser vendor or by
# Playwright. Idempotent; says what it does. Installing needs root (CI runs as root on Debian).
set -euo pipefail

missing=()
if command -v chromium >/dev/null 2>&1; then
  echo "== chromium: already installed at $(command -v chromium) ($(chromium --version 2>/dev/null || echo 'version unknown'))"
else
  missing+=(chromium)
fi
if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; then
  echo "== Chinese font: already installed ($(fc-list :lang=zh family | head -n 1))"
else
  missing+=(fonts-wqy-zenhei)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "missing ${missing[*]}, and installing needs root: run 'sudo apt-get install --no-install-recommends ${missing[*]}'" >&2
  echo "(or set CHROMIUM_PATH to an installed Chromium for the browser tests)." >&2
  exit 1
fi

echo "== apt-get update && apt-get install --no-install-recommends ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "== chromium: $(command -v chromium) ($(chromium --version 2>/dev/null || echo 'version unknown'))"
