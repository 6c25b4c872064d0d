#!/usr/bin/env bash
# The engine's cost per operation in the service's own schema over the seeded graph, in process (graphql-service):
# bytes allocated per execution (deterministic), collections, processor time per execution.
#
#   bench/graphql/service.sh                      # this tree
#   GRAPHQL_SERVICE_BASE=<commit> bench/graphql/service.sh
#                                                 # also a build of <commit>, alternated with this tree round by round
#
# Settings: GRAPHQL_SERVICE_OUT (default /tmp/cooperationgraph-graphql-service), GRAPHQL_SERVICE_SECONDS per operation
# (default 3), GRAPHQL_SERVICE_ROUNDS (default 2). The base commit must have the graphql-service command.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${GRAPHQL_SERVICE_OUT:-/tmp/cooperationgraph-graphql-service}"
seconds="${GRAPHQL_SERVICE_SECONDS:-3}"
rounds="${GRAPHQL_SERVICE_ROUNDS:-2}"
mkdir -p "$out"

# The load run's operations come from bench/load/operations.mjs, whose introspection query is graphql-js's.
# graphql-js from tests/js (pinned by its package-lock.json), as scripts/install-test-deps.sh installs it.
if [[ ! -d "$root/tests/js/node_modules/graphql" ]]; then
  (cd "$root/tests/js" && npm ci --no-audit --no-fund --loglevel=error) >"$out/install.log" 2>&1 \
    || { echo "npm ci in tests/js failed; see $out/install.log" >&2; exit 1; }
fi
node "$root/bench/graphql/service-bodies.mjs" "$out/bodies"

build() { # $1 source tree, $2 build folder
  timeout 900 dotnet build -c Release "$1/bench/CooperationGraph.Benchmarks" --artifacts-path "$2" -v quiet -nologo >"$2.log" 2>&1 \
    || { echo "build of $1 failed; see $2.log" >&2; exit 1; }
}

echo "building (Release) …"
build "$root" "$out/build"
variants=("this tree|$root|$out/build")
if [[ -n "${GRAPHQL_SERVICE_BASE:-}" ]]; then
  rm -rf "$out/base-src" && mkdir -p "$out/base-src"
  git -C "$root" archive "$GRAPHQL_SERVICE_BASE" | tar -x -C "$out/base-src"
  build "$out/base-src" "$out/base-build"
  variants+=("base $GRAPHQL_SERVICE_BASE|$out/base-src|$out/base-build")
fi

for round in $(seq 1 "$rounds"); do
  for variant in "${variants[@]}"; do
    IFS='|' read -r name tree build <<<"$variant"
    echo "round $round, $name (load average $(cut -d' ' -f1-3 /proc/loadavg)):"
    (cd "$tree" && timeout 900 dotnet "$build/bin/CooperationGraph.Benchmarks/release/CooperationGraph.Benchmarks.dll" graphql-service \
      "$out"/bodies/*.json --seconds "$seconds")
  done
done
