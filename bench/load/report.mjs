// Prints the load run's table (requests/s, p50, p99 for each server and the throughput ratio) as Markdown and
// writes the same numbers to OUT/results.json.
// Usage: node report.mjs OUT   (reads OUT/operations.json, OUT/runs/NAME.SERVER.ROUND.json, OUT/machine.json)
// Over rounds, requests/s is pooled (all requests over all measured time) and each percentile is the median of the
// rounds' percentiles.
import { readFileSync, writeFileSync } from 'node:fs';

const GOAL = 5;
const out = process.argv[2];
if (out === undefined) {
  console.error('usage: node report.mjs OUT');
  process.exit(2);
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const operations = readJson(`${out}/operations.json`);
const machine = readJson(`${out}/machine.json`);

const median = (values) => {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function measure(name, server) {
  const runs = Array.from({ length: machine.rounds }, (_, round) => readJson(`${out}/runs/${name}.${server}.${round + 1}.json`));
  const sum = (pick) => runs.reduce((total, run) => total + pick(run), 0);
  return {
    requestsPerSecond: sum((run) => run.requests) / (sum((run) => run.durationUs) / 1e6),
    p50Ms: median(runs.map((run) => run.p50Us)) / 1000,
    p99Ms: median(runs.map((run) => run.p99Us)) / 1000,
    requests: sum((run) => run.requests),
    errors: sum((run) => run.connectErrors + run.readErrors + run.writeErrors + run.timeouts + run.statusErrors),
    roundRequestsPerSecond: runs.map((run) => Math.round(run.requests / (run.durationUs / 1e6))),
    loadAverageBefore: runs.map((run) => run.loadAverageBefore),
  };
}

const rows = operations.map((operation) => {
  const dotnet = measure(operation.name, 'dotnet');
  const node = measure(operation.name, 'node');
  return { name: operation.name, title: operation.title, dotnet, node, ratio: dotnet.requestsPerSecond / node.requestsPerSecond };
});

const rps = (value) => value.toFixed(0);
const ms = (value) => value.toFixed(2);
console.log(`${machine.cpus} CPUs, ${machine.connections} connections, ${machine.rounds} rounds of ${machine.seconds} s per server and query after ${machine.warmupSeconds} s warm-up; `
  + `load average at start ${machine.loadAverageStart}; .NET ${machine.dotnet}, Node ${machine.node}`);
console.log('');
console.log('| query | .NET req/s | .NET p50 ms | .NET p99 ms | graphql-js req/s | graphql-js p50 ms | graphql-js p99 ms | ratio (req/s) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  const flag = row.name === 'baseline' || row.ratio >= GOAL ? '' : ` (below ${GOAL}×)`;
  console.log(`| ${row.title} | ${rps(row.dotnet.requestsPerSecond)} | ${ms(row.dotnet.p50Ms)} | ${ms(row.dotnet.p99Ms)} | `
    + `${rps(row.node.requestsPerSecond)} | ${ms(row.node.p50Ms)} | ${ms(row.node.p99Ms)} | ${row.ratio.toFixed(2)}×${flag} |`);
}
const failed = rows.flatMap((row) => ['dotnet', 'node'].filter((server) => row[server].errors > 0).map((server) => `${row.name} on ${server}`));
if (failed.length > 0) {
  console.log(`\nerrors (socket errors, timeouts or statuses ≥ 400) in: ${failed.join(', ')}`);
}
writeFileSync(`${out}/results.json`, JSON.stringify({ machine, goalRatio: GOAL, rows }, null, 2));
process.exit(failed.length > 0 ? 1 : 0);
