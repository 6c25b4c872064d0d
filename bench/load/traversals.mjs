// The service's traversals over the in-memory graph: the neighbourhood ready for drawing, the partner network
// (breadth first over cooperation relationships, one shortest path per partner) and a partner's bloc.
import { steps } from './graph-data.mjs';

const RELATIONSHIP_LIMIT = 1000;
const BLOC_STEPS = 4;

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

/**
 * Every entity within `depth` hops over the `cooperation` relationship types, nearest first then by id, each with the
 * first shortest path found when the frontier is expanded in id order.
 */
export function partnerWalk(graph, originId, depth, cooperation) {
  const reached = new Map([[originId, []]]);
  const found = [];
  let frontier = [originId];
  for (let hop = 1; hop <= depth && frontier.length > 0; hop++) {
    const next = [];
    for (const from of frontier) {
      for (const { relationship, other } of steps(graph.nodes.get(from), 'BOTH', cooperation)) {
        if (!reached.has(other)) {
          reached.set(other, [...reached.get(from), relationship]);
          next.push(other);
        }
      }
    }
    next.sort();
    for (const id of next) {
      found.push({ partner: graph.nodes.get(id), via: reached.get(id) });
    }
    frontier = next;
  }
  return found;
}

/** A region's own bloc; else that of the first place it is located in, then of what it is part of, a few steps up. */
export function blocOf(graph, entity, remaining = BLOC_STEPS) {
  if (entity.label === 'Region') {
    return entity.properties.bloc ?? null;
  }
  if (remaining === 0) {
    return null;
  }
  for (const type of ['LOCATED_IN', 'PART_OF']) {
    const links = [...steps(entity, 'OUT', new Set([type]))].slice(0, 100);
    for (const { other } of links) {
      const place = graph.nodes.get(other);
      const bloc = place === undefined ? null : blocOf(graph, place, remaining - 1);
      if (bloc !== null) {
        return bloc;
      }
    }
  }
  return null;
}
