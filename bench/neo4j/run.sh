#!/usr/bin/env bash
# Seeds 1M relationships (or $1) into the Neo4j named by NEO4J_URI and into the embedded store, then times the store
# contract's reads on both for $2 seconds each (default 10) and prints the ratios. Skips, saying why, without NEO4J_URI.
# The Neo4j database is wiped: use a scratch server (bench/neo4j/README.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${NEO4J_URI:-}" ]; then
  echo "bench/neo4j: skipped — NEO4J_URI is not set (e.g. NEO4J_URI=bolt://localhost:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=...)."
  exit 0
fi
dotnet build -c Release --nologo -clp:ErrorsOnly bench/CooperationGraph.Benchmarks
dotnet run -c Release --no-build --project bench/CooperationGraph.Benchmarks -- neo4j-load "${1:-1000000}" "${2:-10}"
