#!/usr/bin/env bash
# Fairness under hostile load: how a cheap look-up fares while clients loop the most expensive query the default
# cost limit accepts (bench/fairness/expensive.json: three hops, cost 92,801 of 100,000, ~700 kB per answer).
#   1. builds the service in Release and starts it on 127.0.0.1 with a fresh database (it seeds itself);
#   2. warms up both paths together (FAIR_WARMUP_SECONDS of the look-up while FAIR_CLIENTS loop the expensive query,
#      so that the tiered JIT has recompiled both before the first round), then FAIR_ROUNDS times: measures the look-up
#      (lookup.json, with probe.c: one connection, blocking calls; wrk drives the expensive load) alone for FAIR_SECONDS,
#      then again while FAIR_CLIENTS connections loop the expensive query, sampling the server's resident memory
#      (VmRSS) every half second;
#   3. waits FAIR_SETTLE_SECONDS after the load, reads the memory and measures the look-up once more;
#   4. does it all again without the lane (Fairness__Enabled=false) unless FAIR_COMPARE=0: the peer of the ratio;
#   5. prints the tables and writes OUT/results.json.
# Every client shares 127.0.0.1, so the per-IP rate limit is off for the run (it would refuse the look-ups too); the
# expensive lane (Fairness:*) runs with its defaults. Settings (environment): FAIR_OUT (/tmp/cooperationgraph-fairness),
# FAIR_PORT (5096), FAIR_SECONDS (5), FAIR_ROUNDS (5), FAIR_WARMUP_SECONDS (5), FAIR_CLIENTS (8), FAIR_SETTLE_SECONDS (10),
# FAIR_IDLE_SETTLE_SECONDS (6: the pause before each idle phase but the first), FAIR_OPEN_RATE (0: the look-up in a
# closed loop; N: N look-ups due per second, an open loop) and FAIR_OPEN_CONNECTIONS (8), FAIR_SETTINGS (more service
# settings as KEY=VALUE environment assignments, space separated, such as "Fairness__Enabled=false").
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${FAIR_OUT:-/tmp/cooperationgraph-fairness}"
port="${FAIR_PORT:-5096}"
seconds="${FAIR_SECONDS:-5}"
rounds="${FAIR_ROUNDS:-5}"
warmup="${FAIR_WARMUP_SECONDS:-5}"
clients="${FAIR_CLIENTS:-8}"
settle="${FAIR_SETTLE_SECONDS:-10}"
open_rate="${FAIR_OPEN_RATE:-0}"
open_connections="${FAIR_OPEN_CONNECTIONS:-8}"
idle_settle="${FAIR_IDLE_SETTLE_SECONDS:-6}"
url="http://127.0.0.1:$port/graphql"
lua="$root/bench/load/post.lua"

command -v wrk >/dev/null || "$root/bench/load/install.sh"
if ! command -v gcc >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq gcc libc6-dev; else sudo apt-get update -qq && sudo apt-get install -y -qq gcc libc6-dev; fi
fi

pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

rm -rf "$out/graph.db"* "$out"/*.json
mkdir -p "$out"

# The look-up's client (probe.c: why not wrk for it), built each run from its source.
gcc -O2 -Wall -Werror -pthread -o "$out/probe" "$here/probe.c"

echo "building (Release) …"
timeout 900 dotnet build -c Release "$root/src/CooperationGraph.Api" --artifacts-path "$out/build" -v quiet -nologo >"$out/build.log" 2>&1 \
  || { echo "build failed; see $out/build.log" >&2; exit 1; }

read -r -a extra_settings <<<"${FAIR_SETTINGS:-}"

# measure NAME [KEY=VALUE…]: one server, the three phases, NAME-*.json in OUT.
measure() {
  local name="$1"
  shift
  rm -rf "$out/graph.db"*
  env ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=false Logging__LogLevel__Default=Warning \
    "${extra_settings[@]}" "$@" Storage__DatabasePath="$out/graph.db" \
    dotnet "$out/build/bin/CooperationGraph.Api/release/CooperationGraph.Api.dll" --urls "http://127.0.0.1:$port" >"$out/$name-server.log" 2>&1 &
  server=$!
  pids+=("$server")
  for _ in $(seq 1 480); do
    curl -fsS -m 2 -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null && break
    sleep 0.25
  done
  curl -fsS -m 2 -o /dev/null "http://127.0.0.1:$port/health/ready" || { echo "the service did not start; see $out/$name-server.log" >&2; exit 1; }

  echo "[$name] warming up ($warmup s of both loads together) …"
  for _ in 1 2 3; do
    curl -fsS -m 60 -o /dev/null -H 'Content-Type: application/json' --data @"$here/expensive.json" "$url"
  done
  local before during after load sampler round
  # Memory before the load as it always was read: after three expensive answers, before the loaded warm-up.
  before="$(rss_kb)"
  # Both paths at once, as in a loaded round: with the look-up warmed alone, the tiered JIT was still recompiling
  # for 1.0-1.3 s of CPU in the first round's idle phase and 0.3-0.65 s in its loaded phase (0.02-0.03 s after this).
  timeout $((warmup + 60)) wrk -t1 -c"$clients" -d"${warmup}s" --timeout 60s -s "$lua" "$url" -- "$here/expensive.json" >/dev/null &
  local warming=$!
  timeout $((warmup + 30)) "$out/probe" "$port" "$warmup" "$here/lookup.json" >/dev/null
  wait "$warming" || true
  sleep 2
  timeout 60 "$out/probe" "$port" 3 "$here/lookup.json" >/dev/null

  : >"$out/$name-rss-during.txt"
  : >"$out/$name-load.txt"
  # Rounds alternate the look-up alone and under load, so that what the shared machine does meanwhile falls on both.
  for round in $(seq 1 "$rounds"); do
    echo "[$name] round $round (load average $(cut -d' ' -f1 /proc/loadavg)): look-up alone ($seconds s), then while $clients clients loop the expensive query …"
    # The lane trims its heap once, 5 s after its last operation (Fairness:TrimAfterIdle): a one-off collection that
    # belongs to neither phase, kept out of the idle one (it would raise the idle p99 and flatter the ratio).
    if [ "$round" -gt 1 ]; then sleep "$idle_settle"; fi
    cut -d' ' -f1 /proc/loadavg >>"$out/$name-load.txt"
    cheap "$name-idle-$round"
    timeout $((seconds + 60)) wrk -t1 -c"$clients" -d"$((seconds + 2))s" --timeout 60s -s "$lua" "$url" -- "$here/expensive.json" \
      | tail -n 1 >"$out/$name-expensive-$round.json" &
    load=$!
    sleep 1
    (while kill -0 "$load" 2>/dev/null; do rss_kb; sleep 0.5; done) >>"$out/$name-rss-during.txt" &
    sampler=$!
    cheap "$name-loaded-$round"
    wait "$load"
    wait "$sampler" || true
  done
  during="$(sort -n "$out/$name-rss-during.txt" | tail -n 1)"

  echo "[$name] settling ($settle s), then the look-up alone again …"
  sleep "$settle"
  after="$(rss_kb)"
  cheap "$name-after"
  printf '{"before":%s,"during":%s,"after":%s}\n' "$before" "$during" "$after" >"$out/$name-rss.json"
  kill "$server"
  wait "$server" 2>/dev/null || true
}

rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$server/status"; }
cheap() {
  local loop=()
  if [ "$open_rate" != "0" ]; then loop=("$open_rate" "$open_connections"); fi
  timeout $((seconds + 60)) "$out/probe" "$port" "$seconds" "$here/lookup.json" "${loop[@]}" >"$out/$1.json" || true
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure lane
if [ "${FAIR_COMPARE:-1}" = "1" ]; then
  # The same run without the lane: the peer the ratio is read against.
  measure no-lane Fairness__Enabled=false
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

node - "$out" "$clients" "$rounds" <<'NODE'
const fs = require("fs");
const [out, clients, rounds] = process.argv.slice(2);
const read = (name) => JSON.parse(fs.readFileSync(`${out}/${name}.json`, "utf8"));
const ms = (us) => (us / 1000).toFixed(2);
const mb = (kb) => (kb / 1024).toFixed(0);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const phase = (runs) => ({
  requests: runs.reduce((n, r) => n + r.requests, 0),
  errors: runs.reduce((n, r) => n + r.statusErrors + r.timeouts, 0),
  p50Us: median(runs.map((r) => r.p50Us)),
  p99Us: median(runs.map((r) => r.p99Us)),
  maxUs: Math.max(...runs.map((r) => r.maxUs)),
  roundsP99Us: runs.map((r) => r.p99Us),
  // On one connection in a closed loop the latencies cannot add up to more than the time they were measured in.
  latencySumOverDuration: Math.max(...runs.map((r) => (r.latencySumUs ?? NaN) / r.durationUs)),
});
const results = {};
for (const name of ["lane", "no-lane"]) {
  if (!fs.existsSync(`${out}/${name}-idle-1.json`)) continue;
  const each = (prefix) => Array.from({ length: +rounds }, (_, i) => read(`${name}-${prefix}-${i + 1}`));
  const expensive = each("expensive");
  const r = {
    cheapIdle: phase(each("idle")), cheapLoaded: phase(each("loaded")), cheapAfter: phase([read(`${name}-after`)]),
    expensive: { answers: expensive.reduce((n, e) => n + e.requests, 0), refused: expensive.reduce((n, e) => n + e.statusErrors, 0), p50Us: median(expensive.map((e) => e.p50Us)), p99Us: median(expensive.map((e) => e.p99Us)) },
    rssKb: read(`${name}-rss`),
    loadAverages: fs.readFileSync(`${out}/${name}-load.txt`, "utf8").trim().split("\n").map(Number),
  };
  r.p99Ratio = r.cheapLoaded.p99Us / r.cheapIdle.p99Us;
  results[name] = r;
  console.log(`\n${name === "lane" ? "with the expensive lane (defaults)" : "without it (Fairness:Enabled=false)"}; ${rounds} rounds, medians of the rounds' percentiles`);
  console.log(`| look-up | requests | p50 ms | p99 ms | max ms | errors | p99 per round ms |`);
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: | --- |`);
  for (const [label, x] of [["alone", r.cheapIdle], [`${clients} expensive clients`, r.cheapLoaded], ["after the load", r.cheapAfter]]) {
    console.log(`| ${label} | ${x.requests} | ${ms(x.p50Us)} | ${ms(x.p99Us)} | ${ms(x.maxUs)} | ${x.errors} | ${x.roundsP99Us.map(ms).join(", ")} |`);
  }
  const e = r.expensive;
  console.log(`expensive query: ${e.answers} answers, ${e.refused} refused (429/503), p50 ${ms(e.p50Us)} ms, p99 ${ms(e.p99Us)} ms`);
  console.log(`look-up p99 under load / alone: ${r.p99Ratio.toFixed(2)}x (target: at most 5x); per round: ${r.cheapLoaded.roundsP99Us.map((p, i) => (p / r.cheapIdle.roundsP99Us[i]).toFixed(1) + "x").join(", ")}`);
  console.log(`load average at each round's start: ${r.loadAverages.join(", ")}`);
  const first = read(`${name}-idle-1`);
  if (first.openLoopRate > 0) {
    console.log(`look-up: open loop, ${first.openLoopRate} requests due per second over ${first.connections} connections, each timed from when it was due`);
  } else {
    console.log(`look-up: closed loop on one connection; its latencies summed over the time measured (at most 1 for a sound client): ${Math.max(r.cheapIdle.latencySumOverDuration, r.cheapLoaded.latencySumOverDuration).toFixed(3)}`);
  }
  console.log(`server RSS: before ${mb(r.rssKb.before)} MB, during (max) ${mb(r.rssKb.during)} MB, after ${mb(r.rssKb.after)} MB`);
}
fs.writeFileSync(`${out}/results.json`, JSON.stringify(results, null, 2));
NODE
