// Parses graph-schema/neo4j/schema.cypher with Neo4j's own Cypher parser and prints every syntax error as
// JSON lines: {"statement": n, "message": "..."}, then a summary line. Exit code 1 when there is any. Usage:
//   node tests/js/schema/lint-ddl.mjs graph-schema/neo4j/schema.cypher
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const path = process.argv[2];
if (!path) {
  console.error('usage: lint-ddl.mjs <schema.cypher>');
  process.exit(2);
}

const statements = readFileSync(path, 'utf8')
  .split('\n')
  .filter((line) => !line.trimStart().startsWith('//'))
  .join('\n')
  .split(';')
  .map((statement) => statement.trim())
  .filter((statement) => statement.length > 0);

// One parse of all statements: the parser splits on ';' itself and reports positions in the joined text.
const joined = statements.map((statement) => statement + ';').join('\n');
const { diagnostics } = lintCypherQuery(joined, {});
const errorsFound = diagnostics.filter((found) => found.severity === 1);
for (const diagnostic of errorsFound) {
  const line = diagnostic.range.start.line;
  console.log(JSON.stringify({ statement: line + 1, message: diagnostic.message, text: statements[line] }));
}
const errors = errorsFound.length;
console.log(JSON.stringify({ statements: statements.length, errors }));
process.exit(errors > 0 ? 1 : 0);
