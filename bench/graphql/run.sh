#!/usr/bin/env bash
# Runs the GraphQL engine benchmark on both sides and prints times and ratios:
#   1. BenchmarkDotNet (in process, short run) times parse, validate, execute and end to end in the engine;
#   2. run.mjs times the same phases in graphql-js on the same schema, data, query and variables;
#   3. report.mjs prints them side by side with the speed-up (graphql-js time / engine time).
# Output (build, BenchmarkDotNet artifacts) goes under $GRAPHQL_BENCH_OUT (default /tmp/cooperationgraph-graphql-bench).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${GRAPHQL_BENCH_OUT:-/tmp/cooperationgraph-graphql-bench}"
mkdir -p "$out"
export GRAPHQL_BENCH_DIR="$root/bench/graphql"

dotnet run -c Release --project "$root/bench/CooperationGraph.Benchmarks" --artifacts-path "$out/build" -- \
  --filter '*GraphQLEngineBenchmarks*' --artifacts "$out/bdn" --exporters json >"$out/dotnet.log"
report="$(ls "$out"/bdn/results/*GraphQLEngineBenchmarks*-report-full*.json | head -n 1)"

node "$root/bench/graphql/run.mjs" "${GRAPHQL_BENCH_JS_SECONDS:-3}" >"$out/graphql-js.json"
node "$root/bench/graphql/report.mjs" "$report" "$out/graphql-js.json"
