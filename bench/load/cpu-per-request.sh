#!/usr/bin/env bash
# Processor time of one server process per request: its user and system time (/proc/PID/stat) over a fixed-length
# wrk run, divided by the requests answered. A deterministic-leaning measure for comparing two servers in one
# sitting on a shared machine, where requests per second mostly measure the other processes (bench/load/README.md,
# "Session 7"). Run it alternately on the servers compared, and compare the figures of one sitting only.
# Usage: bench/load/cpu-per-request.sh PID URL BODY_FILE [SECONDS=5] [WARMUP_SECONDS=2]
set -euo pipefail

pid="$1"; url="$2"; body="$3"; seconds="${4:-5}"; warmup="${5:-2}"
here="$(cd "$(dirname "$0")" && pwd)"
tick="$(getconf CLK_TCK)"

wrk -t1 -c8 -d"${warmup}s" -s "$here/post.lua" "$url" -- "$body" >/dev/null
read -r user_before system_before < <(awk '{print $14, $15}' "/proc/$pid/stat")
result="$(wrk -t1 -c8 -d"${seconds}s" -s "$here/post.lua" "$url" -- "$body" | tail -n 1)"
read -r user_after system_after < <(awk '{print $14, $15}' "/proc/$pid/stat")

node -e '
  const r = JSON.parse(process.argv[1]);
  const [userBefore, systemBefore, userAfter, systemAfter, tick] = process.argv.slice(2).map(Number);
  const us = (ticks) => (ticks / tick * 1e6 / r.requests).toFixed(2);
  console.log(`req/s ${(r.requests / r.durationUs * 1e6).toFixed(0)}  p99 ${(r.p99Us / 1000).toFixed(2)} ms  ` +
    `processor ${us(userAfter - userBefore + systemAfter - systemBefore)} us/request ` +
    `(user ${us(userAfter - userBefore)}, system ${us(systemAfter - systemBefore)})  status errors ${r.statusErrors}`);
' "$result" "$user_before" "$system_before" "$user_after" "$system_after" "$tick"
