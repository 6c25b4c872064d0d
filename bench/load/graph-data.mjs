// The exported graph (canonical snapshot JSON from `load-export`) held in memory with the indexes a Node service
// would build at start: nodes and relationships by id, each node's relationships in id order, lowercased names.
import { existsSync, readFileSync } from 'node:fs';
import { loadCooperation } from './cooperation.mjs';

const byId = (left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);

export function loadGraph(path) {
  const snapshot = JSON.parse(readFileSync(path, 'utf8'));
  const nodes = new Map();
  for (const node of snapshot.nodes) {
    const displayNames = node.nameEn == null || node.nameEn === node.name ? [node.name] : [node.name, node.nameEn];
    nodes.set(node.id, {
      ...node,
      outgoing: [],
      incoming: [],
      search: {
        displayNames,
        names: displayNames.map(normalise),
        displayAliases: node.aliases,
        aliases: node.aliases.map(normalise),
      },
    });
  }
  const relationships = new Map();
  for (const relationship of snapshot.relationships) {
    relationships.set(relationship.id, relationship);
    nodes.get(relationship.from).outgoing.push(relationship);
    nodes.get(relationship.to).incoming.push(relationship);
  }
  for (const node of nodes.values()) {
    node.outgoing.sort(byId);
    node.incoming.sort(byId);
  }
  const cooperationPath = path.replace(/\.json$/, '.cooperation.json');
  const cooperation = existsSync(cooperationPath) ? loadCooperation(cooperationPath) : null;
  return { nodes, relationships, documentTexts: snapshot.documentTexts, cooperation };
}

/** How names and queries are compared: trimmed, lowercased. */
export const normalise = (text) => text.trim().toLowerCase();

/**
 * The relationships of a node in relationship-id order, as `{ relationship, other }`; `direction` is 'OUT', 'IN' or
 * 'BOTH', `types` a Set or null. A self-loop is one step when both directions are followed.
 */
export function* steps(node, direction, types) {
  const outgoing = direction === 'IN' ? [] : node.outgoing;
  const incoming = direction === 'OUT' ? [] : node.incoming;
  let o = 0;
  let i = 0;
  while (o < outgoing.length || i < incoming.length) {
    const takeOutgoing = i === incoming.length || (o < outgoing.length && outgoing[o].id <= incoming[i].id);
    const relationship = takeOutgoing ? outgoing[o++] : incoming[i++];
    if (!takeOutgoing && direction === 'BOTH' && relationship.from === relationship.to) {
      continue;
    }
    if (types === null || types.has(relationship.type)) {
      yield { relationship, other: takeOutgoing ? relationship.to : relationship.from };
    }
  }
}
