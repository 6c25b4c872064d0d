// Prints the analytics benchmark side by side: .NET (BenchmarkDotNet JSON export) against graphology
// (run.mjs output). Usage: node report.mjs <bdn-report-full.json> <graphology.json> [dotnet-quality.json]
import {readFileSync, existsSync} from 'node:fs';

const dotnet = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const graphology = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const quality = process.argv[4] && existsSync(process.argv[4]) ? JSON.parse(readFileSync(process.argv[4], 'utf8')) : null;

const ours = new Map(
  dotnet.Benchmarks.map(b => [
    b.Method,
    {meanMs: b.Statistics.Mean / 1e6, allocatedMb: (b.Memory?.BytesAllocatedPerOperation ?? NaN) / (1 << 20)}
  ])
);

const pad = (value, width) => String(value).padStart(width);
const fixed = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

console.log(`graph: ${graphology.nodes} nodes, ${graphology.edges} edges (undirected); node ${graphology.node}`);
console.log(
  ['operation'.padEnd(20), pad('.NET ms', 10), pad('graphology ms', 14), pad('speed-up', 9), pad('.NET alloc MB', 14), pad('js heap MB', 11)].join(' ')
);
for (const js of graphology.results) {
  const net = ours.get(js.name);
  if (!net) continue;
  console.log(
    [
      js.name.padEnd(20),
      pad(fixed(net.meanMs), 10),
      pad(fixed(js.meanMs), 14),
      pad(`${fixed(js.meanMs / net.meanMs, 1)}x`, 9),
      pad(fixed(net.allocatedMb), 14),
      pad(fixed(js.heapGrowthMb), 11)
    ].join(' ')
  );
}
console.log(`graphology process peak RSS: ${fixed(graphology.maxRssMb)} MB`);
console.log(
  `Louvain modularity: graphology ${fixed(graphology.louvainModularity, 4)} (${graphology.louvainCommunities} communities)` +
    (quality ? `, .NET ${fixed(quality.louvainModularity, 4)} (${quality.louvainCommunities} communities)` : '')
);
