// Prints the load run's table (requests/s and p99 of the service, graphql-js, GraphQL.NET and bare Kestrel with a
// canned answer; the service's ratios to each) as Markdown and writes the same numbers to OUT/results.json.
// Usage: node report.mjs OUT   (reads OUT/operations.json, OUT/runs/NAME.SERVER.ROUND.json, OUT/machine.json)
// Over rounds, requests/s is pooled (all requests over all measured time) and each percentile is the median of the
// rounds' percentiles.
// The goals (issue 15): every operation at least 5× graphql-js and 1.5× GraphQL.NET — or, where 1.5× GraphQL.NET
// would pass the ceiling, at least 85 % of canned Kestrel — with a p99 no worse than either peer's; the baseline
// within 10 % of canned Kestrel.
import { readFileSync, writeFileSync } from 'node:fs';

const GOALS = { overGraphqlJs: 5, overGraphqlNet: 1.5, ofCeiling: 0.85, baselineOfCeiling: 0.9 };
const SERVERS = ['dotnet', 'node', 'graphqlnet', 'kestrel'];
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

/** Which goals of issue 15 the row misses (an empty list: all met). */
function misses(row) {
  const { dotnet, node, graphqlnet, kestrel } = row.servers;
  const missed = [];
  if (row.name === 'baseline') {
    if (dotnet.requestsPerSecond < GOALS.baselineOfCeiling * kestrel.requestsPerSecond) {
      missed.push(`< ${GOALS.baselineOfCeiling * 100} % of Kestrel`);
    }
    return missed;
  }
  if (row.overGraphqlJs < GOALS.overGraphqlJs) {
    missed.push(`< ${GOALS.overGraphqlJs}× graphql-js`);
  }
  const ceilingBound = GOALS.overGraphqlNet * graphqlnet.requestsPerSecond > kestrel.requestsPerSecond;
  if (row.overGraphqlNet < GOALS.overGraphqlNet && !(ceilingBound && row.ofCeiling >= GOALS.ofCeiling)) {
    missed.push(ceilingBound ? `< ${GOALS.ofCeiling * 100} % of Kestrel` : `< ${GOALS.overGraphqlNet}× GraphQL.NET`);
  }
  if (dotnet.p99Ms > Math.min(node.p99Ms, graphqlnet.p99Ms)) {
    missed.push('p99 above a peer\'s');
  }
  return missed;
}

const rows = operations.map((operation) => {
  const servers = Object.fromEntries(SERVERS.map((server) => [server, measure(operation.name, server)]));
  const rps = (server) => servers[server].requestsPerSecond;
  const row = {
    name: operation.name,
    title: operation.title,
    servers,
    overGraphqlJs: rps('dotnet') / rps('node'),
    overGraphqlNet: rps('dotnet') / rps('graphqlnet'),
    ofCeiling: rps('dotnet') / rps('kestrel'),
  };
  return { ...row, missed: misses(row) };
});

const rps = (value) => value.toFixed(0);
const ms = (value) => value.toFixed(2);
console.log(`${machine.cpus} CPUs, ${machine.connections} connections, ${machine.rounds} rounds of ${machine.seconds} s per server and query after ${machine.warmupSeconds} s warm-up; `
  + `load average at start ${machine.loadAverageStart}; .NET ${machine.dotnet}, Node ${machine.node}`);
console.log('');
console.log('| query | ours req/s | p50 ms | p99 ms | graphql-js req/s | p99 ms | GraphQL.NET req/s | p99 ms | canned Kestrel req/s | p99 ms | vs graphql-js | vs GraphQL.NET | of Kestrel | goals |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const row of rows) {
  const { dotnet, node, graphqlnet, kestrel } = row.servers;
  console.log(`| ${row.title} | ${rps(dotnet.requestsPerSecond)} | ${ms(dotnet.p50Ms)} | ${ms(dotnet.p99Ms)} | `
    + `${rps(node.requestsPerSecond)} | ${ms(node.p99Ms)} | ${rps(graphqlnet.requestsPerSecond)} | ${ms(graphqlnet.p99Ms)} | `
    + `${rps(kestrel.requestsPerSecond)} | ${ms(kestrel.p99Ms)} | ${row.overGraphqlJs.toFixed(2)}× | ${row.overGraphqlNet.toFixed(2)}× | `
    + `${(row.ofCeiling * 100).toFixed(0)} % | ${row.missed.length === 0 ? 'met' : row.missed.join('; ')} |`);
}
const loads = rows.flatMap((row) => SERVERS.flatMap((server) => row.servers[server].loadAverageBefore));
console.log(`\n1-minute load average before the measured runs: ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}`);
const failed = rows.flatMap((row) => SERVERS.filter((server) => row.servers[server].errors > 0).map((server) => `${row.name} on ${server}`));
if (failed.length > 0) {
  console.log(`\nerrors (socket errors, timeouts or statuses ≥ 400) in: ${failed.join(', ')}`);
}
writeFileSync(`${out}/results.json`, JSON.stringify({ machine, goals: GOALS, rows }, null, 2));
process.exit(failed.length > 0 ? 1 : 0);
