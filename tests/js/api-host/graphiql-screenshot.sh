#!/usr/bin/env bash
# Renders the GraphiQL page of a freshly built API host in headless Chromium and checks that GraphiQL drew
# its editor (not just the "Loading" placeholder). Writes a screenshot for a person to look at.
#   usage: tests/js/api-host/graphiql-screenshot.sh [screenshot.png]
# Needs Chromium (scripts/install-browser.sh). Binds 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/../../.."

screenshot="${1:-/tmp/graphiql.png}"
port="${GRAPHIQL_CHECK_PORT:-5089}"
artifacts="${GRAPHIQL_CHECK_ARTIFACTS:-/tmp/art-graphiql-check}"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "Chromium not found: run scripts/install-browser.sh first." >&2
  exit 1
fi

dotnet build src/CooperationGraph.Api --artifacts-path "$artifacts" --nologo -clp:ErrorsOnly
# Run from the output folder: its appsettings.json is the content root's.
(cd "$artifacts/bin/CooperationGraph.Api/debug" && exec dotnet CooperationGraph.Api.dll --urls "http://127.0.0.1:$port") \
  >/tmp/graphiql-check-host.log 2>&1 &
host_pid=$!
trap 'kill "$host_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break
  sleep 0.5
done

profile="$(mktemp -d)"
flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking
  --disable-component-update --disable-sync "--user-data-dir=$profile" --window-size=1280,800
  --virtual-time-budget=10000)
url="http://127.0.0.1:$port/graphql"
"$browser" "${flags[@]}" --screenshot="$screenshot" "$url" 2>/dev/null
dom="$("$browser" "${flags[@]}" --dump-dom "$url" 2>/dev/null)"
rm -rf "$profile"

if grep -q 'graphiql-container' <<<"$dom" && grep -q 'CoBuiltLabs' <<<"$dom"; then
  echo "GraphiQL rendered with the example tabs; screenshot: $screenshot"
else
  echo "GraphiQL did not render; DOM was:" >&2
  head -c 2000 <<<"$dom" >&2
  exit 1
fi
