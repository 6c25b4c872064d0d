// The service's traversals over the in-memory graph: the neighbourhood ready for drawing (the partner walk is in
// cooperation.mjs, over the exported cooperation model).
import { steps } from './graph-data.mjs';

const RELATIONSHIP_LIMIT = 1000;

/** Nodes within `depth` hops, nearest first, and the relationships incident to the nodes nearer than the rim. */
export function neighbourhood(graph, centreId, depth, types, nodeLimit) {
  const centre = graph.nodes.get(centreId);
  if (centre === undefined) {
    return { nodes: [], edges: [], truncated: false };
  }
  const depthOf = new Map([[centre, 0]]);
  const order = [centre];
  let truncated = false;
  for (let cursor = 0; cursor < order.length && !truncated; cursor++) {
    const node = order[cursor];
    const hops = depthOf.get(node);
    if (hops === depth) {
      break;
    }
    for (const step of steps(node, 'BOTH', types)) {
      const other = graph.nodes.get(step.other);
      if (depthOf.has(other)) {
        continue;
      }
      if (order.length === nodeLimit) {
        truncated = true;
        break;
      }
      depthOf.set(other, hops + 1);
      order.push(other);
    }
  }
  const edgeIds = new Set();
  for (const node of order) {
    if (depthOf.get(node) < depth) {
      for (const step of steps(node, 'BOTH', types)) {
        if (depthOf.has(graph.nodes.get(step.other))) {
          edgeIds.add(step.relationship.id);
        }
      }
    }
  }
  const sorted = [...edgeIds].sort();
  if (sorted.length > RELATIONSHIP_LIMIT) {
    truncated = true;
    sorted.length = RELATIONSHIP_LIMIT;
  }
  return { nodes: order, edges: sorted.map((id) => graph.relationships.get(id)), truncated };
}
