// The graphology side of the analytics benchmark: loads the edge list the .NET benchmark wrote and times
// building the graph, PageRank, betweenness from 100 seeded pivots, and Louvain, as the .NET side does.
// Usage: node --expose-gc run.mjs <edges.txt>   (prints one JSON object on stdout)
// Env: ANALYTICS_BENCH_WARMUP (default 0), ANALYTICS_BENCH_ITERATIONS (default 1): each operation takes
// seconds to minutes in graphology, so one measured run keeps the whole benchmark within minutes.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {performance} from 'node:perf_hooks';

// The peers are installed once, for the tests, under tests/js.
const require = createRequire(new URL('../../tests/js/package.json', import.meta.url));
const Graph = require('graphology');
const pagerank = require('graphology-metrics/centrality/pagerank');
const louvain = require('graphology-communities-louvain');
const {createUnweightedIndexedBrandes} = require('graphology-shortest-path/indexed-brandes');

const PIVOTS = 100;
const warmup = Number(process.env.ANALYTICS_BENCH_WARMUP ?? 0);
const iterations = Number(process.env.ANALYTICS_BENCH_ITERATIONS ?? 1);

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readEdges(path) {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  const [nodes, edges] = lines[0].split(' ').map(Number);
  const sources = new Int32Array(edges);
  const targets = new Int32Array(edges);
  for (let i = 0; i < edges; i++) {
    const line = lines[i + 1];
    const space = line.indexOf(' ');
    sources[i] = Number(line.slice(0, space));
    targets[i] = Number(line.slice(space + 1));
  }
  return {nodes, sources, targets};
}

function buildGraph({nodes, sources, targets}) {
  const graph = new Graph({type: 'undirected', multi: false, allowSelfLoops: false});
  for (let v = 0; v < nodes; v++) graph.addNode(v);
  for (let i = 0; i < sources.length; i++) graph.addEdge(sources[i], targets[i]);
  return graph;
}

// Brandes from k sources drawn without replacement, scaled by n/k: graphology-metrics has no sampled
// betweenness, so this drives graphology's own indexed Brandes routine the way its exact version does.
function sampledBetweenness(graph, k, rng) {
  const n = graph.order;
  const nodes = Array.from({length: n}, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (n - i));
    [nodes[i], nodes[j]] = [nodes[j], nodes[i]];
  }
  const brandes = createUnweightedIndexedBrandes(graph);
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  for (let p = 0; p < k; p++) {
    const source = nodes[p];
    const [S, P, sigma] = brandes(source);
    delta.fill(0);
    while (S.size !== 0) {
      const w = S.pop();
      const coefficient = (1 + delta[w]) / sigma[w];
      for (const v of P[w]) delta[v] += sigma[v] * coefficient;
      if (w !== source) centrality[w] += delta[w];
    }
  }
  const scale = (n / k) / ((n - 1) * (n - 2));
  for (let v = 0; v < n; v++) centrality[v] *= scale;
  return centrality;
}

let last;

function measure(name, run) {
  const times = [];
  let peakHeap = 0;
  for (let i = 0; i < warmup + iterations; i++) {
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    const start = performance.now();
    const result = run();
    const elapsed = performance.now() - start;
    const grown = process.memoryUsage().heapUsed - before;
    if (i >= warmup) {
      times.push(elapsed);
      peakHeap = Math.max(peakHeap, grown);
    }
    if (result === undefined) throw new Error(`${name} returned nothing`);
    last = result;
  }
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  return {name, meanMs: mean, timesMs: times, heapGrowthMb: peakHeap / (1 << 20)};
}

const edgeList = readEdges(process.argv[2]);
const results = [];
let graph;
results.push(measure('BuildProjection', () => (graph = buildGraph(edgeList))));
results.push(measure('PageRank', () => pagerank(graph, {getEdgeWeight: null})));
results.push(measure('BetweennessSampled', () => sampledBetweenness(graph, PIVOTS, mulberry32(1))));
results.push(
  measure('Louvain', () => louvain.detailed(graph, {getEdgeWeight: null, rng: mulberry32(1)}))
);
const communities = last;

process.stdout.write(
  JSON.stringify({
    nodes: graph.order,
    edges: graph.size,
    node: process.version,
    louvainModularity: communities.modularity,
    louvainCommunities: communities.count,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    results
  })
);
