// Burt's constraint and effective size, and the Adamic-Adar index, written from their textbook
// definitions (NetworkX's conventions) because graphology has none of them. Deliberately direct and
// unoptimised: this is the reference the .NET implementation is checked against.

// Mutual tie strength: the arc one way plus the arc the other way (1 per arc when unweighted).
function mutualWeight(graph, u, v, weighted) {
  let sum = 0;
  if (graph.hasDirectedEdge(u, v) || (graph.type === 'undirected' && graph.hasEdge(u, v))) {
    sum += weighted ? graph.getEdgeAttribute(graph.edge(u, v), 'weight') : 1;
  }
  if (graph.type === 'directed' && graph.hasDirectedEdge(v, u)) {
    sum += weighted ? graph.getEdgeAttribute(graph.edge(v, u), 'weight') : 1;
  }
  return sum;
}

function neighbours(graph, u) {
  return [...new Set(graph.neighbors(u))].filter(v => v !== u);
}

// p_uv: u's mutual tie to v as a share of all u's mutual ties.
function share(graph, u, v, weighted) {
  const total = neighbours(graph, u).reduce((s, k) => s + mutualWeight(graph, u, k, weighted), 0);
  return total === 0 ? 0 : mutualWeight(graph, u, v, weighted) / total;
}

export function burtConstraint(graph, nodeCount, weighted) {
  const result = [];
  for (let i = 0; i < nodeCount; i++) {
    const u = String(i);
    const contacts = neighbours(graph, u);
    if (contacts.length === 0) {
      result.push(NaN);
      continue;
    }
    let c = 0;
    for (const v of contacts) {
      let local = share(graph, u, v, weighted);
      for (const q of contacts) {
        if (q !== v) local += share(graph, u, q, weighted) * share(graph, q, v, weighted);
      }
      c += local * local;
    }
    result.push(c);
  }
  return result;
}

export function effectiveSize(graph, nodeCount, weighted) {
  const result = [];
  for (let i = 0; i < nodeCount; i++) {
    const u = String(i);
    const contacts = neighbours(graph, u);
    if (contacts.length === 0) {
      result.push(NaN);
      continue;
    }
    let size = 0;
    for (const v of contacts) {
      const strongest = Math.max(...neighbours(graph, v).map(k => mutualWeight(graph, v, k, weighted)));
      let redundancy = 0;
      for (const w of contacts) {
        redundancy += share(graph, u, w, weighted) * (mutualWeight(graph, v, w, weighted) / strongest);
      }
      size += 1 - redundancy;
    }
    result.push(size);
  }
  return result;
}

export function adamicAdar(graph, u, v) {
  const theirs = new Set(neighbours(graph, v));
  return neighbours(graph, u)
    .filter(z => theirs.has(z))
    .reduce((sum, z) => sum + 1 / Math.log(neighbours(graph, z).length), 0);
}
