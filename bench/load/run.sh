#!/usr/bin/env bash
# HTTP load run: the .NET service against two peers serving the same schema and the graph exported from the
# service's own store, on loopback: graphql-js (graphql-http on Node's http server) and GraphQL.NET (GraphQLNetPeer,
# on Kestrel); and bare Kestrel answering every request with a canned answer, the ceiling of the stack.
#   1. installs what it needs (install.sh), builds the service, the benchmark tool and the .NET peer in Release;
#   2. starts the service on a fresh database (it seeds itself), exports that store, starts the peers on the export;
#   3. checks every server gives the same data for every operation (equivalence.mjs), and stops if not;
#   4. per round, operation and server in turn: a wrk warm-up, then a fixed-length run with fixed connections;
#   5. prints the table (report.mjs) and writes OUT/results.json.
# Settings (environment): LOAD_OUT (default /tmp/cooperationgraph-load), LOAD_CONNECTIONS (8), LOAD_SECONDS (10),
# LOAD_WARMUP_SECONDS (3), LOAD_ROUNDS (2), LOAD_DOTNET_PORT (5090; the graphql-js, GraphQL.NET and canned Kestrel
# servers take the next three ports unless LOAD_NODE_PORT, LOAD_GRAPHQLNET_PORT or LOAD_KESTREL_PORT say otherwise),
# LOAD_ONLY (operation names, space separated), LOAD_DOTNET_SETTINGS (more service settings as KEY=VALUE environment
# assignments, space separated, such as "Limits__MaxCachedIntrospectionResponses=0").
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${LOAD_OUT:-/tmp/cooperationgraph-load}"
connections="${LOAD_CONNECTIONS:-8}"
seconds="${LOAD_SECONDS:-10}"
warmup="${LOAD_WARMUP_SECONDS:-3}"
dotnet_port="${LOAD_DOTNET_PORT:-5090}"
node_port="${LOAD_NODE_PORT:-$((dotnet_port + 1))}"
graphqlnet_port="${LOAD_GRAPHQLNET_PORT:-$((dotnet_port + 2))}"
kestrel_port="${LOAD_KESTREL_PORT:-$((dotnet_port + 3))}"
rounds="${LOAD_ROUNDS:-2}"
dotnet_url="http://127.0.0.1:$dotnet_port/graphql"
node_url="http://127.0.0.1:$node_port/graphql"
graphqlnet_url="http://127.0.0.1:$graphqlnet_port/graphql"
kestrel_url="http://127.0.0.1:$kestrel_port/graphql"

"$here/install.sh"

pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

# Waits up to $2 seconds for a URL to answer 2xx; $3 names the server's log for the failure message.
wait_for() {
  for _ in $(seq 1 "$(($2 * 4))"); do
    if curl -fsS -m 2 -o /dev/null "$1" 2>/dev/null; then
      return 0
    fi
    sleep 0.25
  done
  echo "no answer from $1 within $2 s; see $3" >&2
  exit 1
}

rm -rf "$out/runs" "$out/bodies" "$out/graph.db"* "$out/graph.json"
mkdir -p "$out/runs"

echo "building (Release) …"
for project in src/CooperationGraph.Api bench/CooperationGraph.Benchmarks bench/load/GraphQLNetPeer; do
  timeout 900 dotnet build -c Release "$root/$project" --artifacts-path "$out/build" -v quiet -nologo >"$out/build.log" 2>&1 \
    || { echo "build of $project failed; see $out/build.log" >&2; exit 1; }
done

# Request logs and the per-client rate limit are switched off for the run through settings, not code: the first would
# measure the console, the second would answer 429 after 600 requests.
read -r -a extra_settings <<<"${LOAD_DOTNET_SETTINGS:-}"
(cd "$root" && exec env ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=false Logging__LogLevel__Default=Warning \
  "${extra_settings[@]}" Storage__DatabasePath="$out/graph.db" dotnet "$out/build/bin/CooperationGraph.Api/release/CooperationGraph.Api.dll" \
  --urls "http://127.0.0.1:$dotnet_port" >"$out/dotnet.log" 2>&1) &
pids+=($!)
wait_for "http://127.0.0.1:$dotnet_port/health/ready" 120 "$out/dotnet.log"

timeout 120 dotnet "$out/build/bin/CooperationGraph.Benchmarks/release/CooperationGraph.Benchmarks.dll" load export "$out/graph.db" "$out/graph.json"

node "$here/node-server.mjs" --data "$out/graph.json" --port "$node_port" >"$out/node.log" 2>&1 &
pids+=($!)
wait_for "$node_url?query=%7B__typename%7D" 60 "$out/node.log"

peer="$out/build/bin/GraphQLNetPeer/release/GraphQLNetPeer.dll"
dotnet "$peer" graphql --data "$out/graph.json" --schema "$root/graph-schema/schema.graphql" --port "$graphqlnet_port" >"$out/graphqlnet.log" 2>&1 &
pids+=($!)
wait_for "$graphqlnet_url" 60 "$out/graphqlnet.log"

# The ceiling: the service's own answer to the baseline, sent by Kestrel with no GraphQL and no middleware.
printf '%s' '{"data":{"__typename":"Query"}}' >"$out/canned.json"
dotnet "$peer" canned --answer "$out/canned.json" --port "$kestrel_port" >"$out/kestrel.log" 2>&1 &
pids+=($!)
wait_for "$kestrel_url" 60 "$out/kestrel.log"

timeout 180 node "$here/equivalence.mjs" "$out" "${LOAD_ONLY:-}" "$dotnet_url" "graphql-js=$node_url" "graphql-net=$graphqlnet_url"

names="$(node -e 'for (const o of require(process.argv[1])) console.log(o.name)' "$out/operations.json")"
node -e '
  const fs = require("fs"); const os = require("os"); const [file, connections, seconds, warmup, rounds, dotnet] = process.argv.slice(1);
  fs.writeFileSync(file, JSON.stringify({ cpus: os.cpus().length, connections: +connections, seconds: +seconds, warmupSeconds: +warmup, rounds: +rounds,
    loadAverageStart: os.loadavg().map((v) => v.toFixed(2)).join(" "), dotnet, node: process.version }));
' "$out/machine.json" "$connections" "$seconds" "$warmup" "$rounds" "$(dotnet --version)"

# Rounds alternate the order of the servers, so a drift in machine load between the runs of a query does not always
# favour the same side.
for round in $(seq 1 "$rounds"); do
  order="dotnet node graphqlnet kestrel"
  [ $((round % 2)) -eq 0 ] && order="kestrel graphqlnet node dotnet"
  for name in $names; do
    for server in $order; do
      case "$server" in
        dotnet) url="$dotnet_url" ;;
        node) url="$node_url" ;;
        graphqlnet) url="$graphqlnet_url" ;;
        kestrel) url="$kestrel_url" ;;
      esac
      echo "round $round: $name on $server …"
      timeout $((warmup + 30)) wrk -t1 -c"$connections" -d"${warmup}s" --timeout 10s -s "$here/post.lua" "$url" -- "$out/bodies/$name.json" >/dev/null
      load="$(cut -d' ' -f1 /proc/loadavg)"
      timeout $((seconds + 30)) wrk -t1 -c"$connections" -d"${seconds}s" --timeout 10s -s "$here/post.lua" "$url" -- "$out/bodies/$name.json" \
        | tail -n 1 | node -e '
          let text = ""; process.stdin.on("data", (chunk) => (text += chunk)).on("end", () =>
            console.log(JSON.stringify({ ...JSON.parse(text), loadAverageBefore: +process.argv[1] })));' "$load" >"$out/runs/$name.$server.$round.json"
    done
  done
done

node "$here/report.mjs" "$out" | tee "$out/table.md"
