#!/usr/bin/env bash
# Runs the analytics benchmark on both sides and prints times, memory and ratios:
#   1. BenchmarkDotNet (in process) times PageRank, sampled betweenness (100 pivots) and Louvain on the
#      synthetic 100,000-node / 1,000,000-edge graph, and writes that graph's edge list;
#   2. run.mjs times the same operations in graphology on the same edge list;
#   3. report.mjs prints them side by side.
# Output (build, BenchmarkDotNet artifacts, edge list) goes under $ANALYTICS_BENCH_OUT (default /tmp).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${ANALYTICS_BENCH_OUT:-/tmp/cooperationgraph-analytics-bench}"
mkdir -p "$out"
export ANALYTICS_BENCH_EDGES="$out/edges-100k-1m.txt"
export ANALYTICS_BENCH_QUALITY="$out/dotnet-quality.json"

dotnet run -c Release --project "$root/bench/CooperationGraph.Benchmarks" --artifacts-path "$out/build" -- \
  --filter '*AnalyticsBenchmarks*' --artifacts "$out/bdn" --exporters json >"$out/dotnet.log"
report="$(ls "$out"/bdn/results/*AnalyticsBenchmarks*-report-full*.json | head -n 1)"

node --expose-gc --max-old-space-size=8192 "$root/bench/analytics/run.mjs" "$ANALYTICS_BENCH_EDGES" >"$out/graphology.json"
node "$root/bench/analytics/report.mjs" "$report" "$out/graphology.json" "$ANALYTICS_BENCH_QUALITY"
