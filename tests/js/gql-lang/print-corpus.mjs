// Prints each corpus document with graphql-js (the conformance oracle) next to it as NAME.printed.graphql.
// Usage: node tests/js/gql-lang/print-corpus.mjs <corpus-dir>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print } from 'graphql';

const dir = process.argv[2];
for (const file of readdirSync(dir)) {
  if (!file.endsWith('.graphql') || file.endsWith('.printed.graphql')) continue;
  const printed = print(parse(readFileSync(join(dir, file), 'utf8')));
  writeFileSync(join(dir, file.replace(/\.graphql$/, '.printed.graphql')), printed + '\n');
  console.log(`printed ${file}`);
}
