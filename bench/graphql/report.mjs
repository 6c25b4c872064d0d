// Prints the GraphQL benchmark side by side: the engine (BenchmarkDotNet JSON export) against graphql-js
// (run.mjs output), with the speed-up of each phase, by median time per operation. Usage: node report.mjs <bdn-report-full.json> <graphql-js.json>
import { readFileSync } from 'node:fs';

const dotnet = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const js = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const ours = new Map(dotnet.Benchmarks.map((b) => [b.Method, { medianNs: b.Statistics.Median, allocated: b.Memory?.BytesAllocatedPerOperation }]));

const pad = (value, width) => String(value).padStart(width);
const micro = (ns) => (ns / 1000).toFixed(1);

console.log(`graphql-js ${js.graphql} on node ${js.node}; engine on ${dotnet.HostEnvironmentInfo?.RuntimeVersion ?? '.NET'}`);
console.log('median time per operation; speed-up = graphql-js / engine');
console.log(['phase'.padEnd(14), pad('engine µs', 11), pad('graphql-js µs', 14), pad('speed-up', 9), pad('engine alloc KB', 16)].join(' '));
for (const result of js.results) {
  const net = ours.get(result.name);
  if (!net) continue;
  console.log([
    result.name.padEnd(14),
    pad(micro(net.medianNs), 11),
    pad(micro(result.medianNs), 14),
    pad(`${(result.medianNs / net.medianNs).toFixed(2)}x`, 9),
    pad(net.allocated === undefined ? 'n/a' : (net.allocated / 1024).toFixed(1), 16),
  ].join(' '));
}
