// Checks Cypher statements with Neo4j's own parser (@neo4j-cypher/language-support, lintCypherQuery). Reads JSON lines
// from stdin, each {"name": "...", "statement": "...", "parameters": {...}}, and prints one JSON line per statement:
// {"name", "errors": [...], "warnings": [...]}, then {"statements": n, "errors": m}. Exit code 1 when any error.
// Usage: node tests/js/cypher/lint.mjs graph-schema/neo4j/schema.cypher < statements.jsonl
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

// The graph's vocabulary, so the linter knows our labels, types and keys instead of warning on each.
const schemaPath = process.argv[2];
const dbSchema = {};
if (schemaPath) {
  const ddl = readFileSync(schemaPath, 'utf8');
  dbSchema.labels = [...new Set([...ddl.matchAll(/FOR \(n:(\w+)\)/g)].map((m) => m[1]).concat(['Entity', 'CooperationGraphMeta']))];
  dbSchema.relationshipTypes = [...new Set([...ddl.matchAll(/\[r:(\w+)\]/g)].map((m) => m[1]))];
}

const input = readFileSync(0, 'utf8').split('\n').filter((line) => line.trim().length > 0);
let errors = 0;
for (const line of input) {
  const { name, statement, parameters } = JSON.parse(line);
  const { diagnostics } = lintCypherQuery(statement, { ...dbSchema, parameters: parameters ?? {} });
  const found = diagnostics.filter((d) => d.severity === 1).map((d) => d.message);
  const warnings = diagnostics.filter((d) => d.severity !== 1).map((d) => d.message);
  errors += found.length;
  console.log(JSON.stringify({ name, errors: found, warnings }));
}
console.log(JSON.stringify({ statements: input.length, errors }));
process.exit(errors > 0 ? 1 : 0);
