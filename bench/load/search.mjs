// Ranked search over names and aliases, by the service's rules: the best match kind of an entity first (exact name,
// exact alias, name prefix, alias prefix, name substring, alias substring), then the shorter matched text as written,
// then the id. A text that starts with an ASCII letter or digit matches only where a word starts (SearchWords.cs):
// STS finds “… (STS) initiative”, not “posts”.
import { normalise } from './graph-data.mjs';

const EXACT_NAME = 0;
const EXACT_ALIAS = 1;
const NAME_PREFIX = 2;
const ALIAS_PREFIX = 3;
const NAME_SUBSTRING = 4;
const ALIAS_SUBSTRING = 5;

export function search(graph, text, label, limit) {
  const query = normalise(text);
  const hits = [];
  for (const node of graph.nodes.values()) {
    if (label != null && !node.labels.includes(label)) {
      continue;
    }
    let best = consider(node.search.names, node.search.displayNames, query, EXACT_NAME, NAME_PREFIX, NAME_SUBSTRING, null);
    best = consider(node.search.aliases, node.search.displayAliases, query, EXACT_ALIAS, ALIAS_PREFIX, ALIAS_SUBSTRING, best);
    if (best !== null) {
      hits.push({ node, ...best });
    }
  }
  hits.sort((left, right) =>
    left.kind - right.kind
    || left.matched.length - right.matched.length
    || (left.node.id < right.node.id ? -1 : left.node.id > right.node.id ? 1 : 0));
  return hits.slice(0, limit).map((hit) => hit.node);
}

function consider(texts, displayTexts, query, exact, prefix, substring, best) {
  for (let index = 0; index < texts.length; index++) {
    const candidate = texts[index];
    const kind = candidate === query ? exact
      : candidate.startsWith(query) ? prefix
        : containsAtWordStart(candidate, query) ? substring
          : null;
    if (kind !== null && (best === null || kind < best.kind || (kind === best.kind && displayTexts[index].length < best.matched.length))) {
      best = { kind, matched: displayTexts[index] };
    }
  }
  return best;
}

const isWordCharacter = (c) => /[a-z0-9]/i.test(c);

function containsAtWordStart(candidate, query) {
  if (query.length === 0 || !isWordCharacter(query[0])) {
    return candidate.includes(query);
  }
  for (let at = candidate.indexOf(query); at >= 0; at = candidate.indexOf(query, at + 1)) {
    if (at === 0 || !isWordCharacter(candidate[at - 1])) {
      return true;
    }
  }
  return false;
}
