// Writes the POST bodies that `graphql-service` executes in the service's own schema: the fairness benchmark's
// expensive query and cheap lookup as they are, and the load run's operations from bench/load/operations.mjs.
// Usage: node bench/graphql/service-bodies.mjs OUTPUT_FOLDER [load operation names…]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { operations, body } from '../load/operations.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const [output, ...names] = process.argv.slice(2);
const wanted = names.length > 0 ? names : ['lookup', 'partners', 'neighborhood', 'introspection'];
fs.mkdirSync(output, { recursive: true });
for (const name of ['expensive', 'lookup']) {
  fs.copyFileSync(path.join(here, '..', 'fairness', `${name}.json`), path.join(output, `fairness-${name}.json`));
}

for (const operation of operations.filter((candidate) => wanted.includes(candidate.name))) {
  fs.writeFileSync(path.join(output, `load-${operation.name}.json`), body(operation));
}
