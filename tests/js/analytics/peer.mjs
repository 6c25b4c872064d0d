// Reference values for the .NET analytics tests, computed with graphology on the same graph.
// Usage: node peer.mjs <graph.json>   (prints one JSON object on stdout)
// Input: {directed, nodeCount, edges: [[u, v, w], ...], partition?: [community by node], pairs?: [[u, v], ...]}
import {readFileSync} from 'node:fs';
import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import closeness from 'graphology-metrics/centrality/closeness.js';
import eigenvector from 'graphology-metrics/centrality/eigenvector.js';
import {degreeCentrality} from 'graphology-metrics/centrality/degree.js';
import modularity from 'graphology-metrics/graph/modularity.js';
import louvain from 'graphology-communities-louvain';
import {burtConstraint, effectiveSize, adamicAdar} from './structural.mjs';
import {mulberry32} from './rng.mjs';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const graph = new Graph({type: input.directed ? 'directed' : 'undirected', multi: false});
for (let i = 0; i < input.nodeCount; i++) graph.addNode(String(i));
for (const [u, v, w] of input.edges) graph.addEdge(String(u), String(v), {weight: w});

const byIndex = mapping => Array.from({length: input.nodeCount}, (_, i) => mapping[String(i)]);
const out = {};

out.pagerank = byIndex(pagerank(graph, {getEdgeWeight: 'weight'}));
out.pagerankUnweighted = byIndex(pagerank(graph, {getEdgeWeight: null}));
out.betweenness = byIndex(betweenness(graph, {getEdgeWeight: null, normalized: true}));
out.betweennessRaw = byIndex(betweenness(graph, {getEdgeWeight: null, normalized: false}));
out.betweennessWeighted = byIndex(betweenness(graph, {getEdgeWeight: 'weight', normalized: true}));
out.closeness = byIndex(closeness(graph));
out.closenessWassermanFaust = byIndex(closeness(graph, {wassermanFaust: true}));
out.degree = byIndex(degreeCentrality(graph));
try {
  out.eigenvector = byIndex(eigenvector(graph, {getEdgeWeight: 'weight'}));
} catch (error) {
  out.eigenvector = null;
}

if (!input.directed && graph.size > 0) {
  const seeds = [1, 2, 3, 4, 5];
  out.louvainModularity = Math.max(
    ...seeds.map(seed => louvain.detailed(graph, {rng: mulberry32(seed), getEdgeWeight: 'weight'}).modularity)
  );
  if (input.partition) {
    out.partitionModularity = modularity(graph, {
      getNodeCommunity: node => input.partition[Number(node)],
      getEdgeWeight: 'weight'
    });
  }
}

out.constraint = burtConstraint(graph, input.nodeCount, true);
out.constraintUnweighted = burtConstraint(graph, input.nodeCount, false);
out.effectiveSize = effectiveSize(graph, input.nodeCount, true);
out.effectiveSizeUnweighted = effectiveSize(graph, input.nodeCount, false);
if (input.pairs) out.adamicAdar = input.pairs.map(([u, v]) => adamicAdar(graph, String(u), String(v)));

// JSON has no NaN: isolated nodes' Burt measures travel as null.
process.stdout.write(JSON.stringify(out, (_, value) => (Number.isNaN(value) ? null : value)));
