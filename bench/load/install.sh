#!/usr/bin/env bash
# Installs wrk, the HTTP load generator of bench/load/run.sh, from the Debian archive (needs root or sudo).
set -euo pipefail
if command -v wrk >/dev/null; then
  exit 0
fi
sudo_if_needed=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_if_needed=(sudo)
fi
"${sudo_if_needed[@]}" apt-get update -qq
"${sudo_if_needed[@]}" apt-get install -y -qq wrk
