// Times graphql-js 16 on the benchmark query of this folder, phase by phase and end to end, the same operations
// GraphQLEngineBenchmarks times in the engine. Prints one JSON object:
//   { graphql, node, results: [{ name, meanNs, medianNs, opsPerSecond, iterations }] }
// The median is over batches of about 50 ms each, like BenchmarkDotNet's iterations.
// Usage: node run.mjs [secondsPerOperation]   (graphql-js is resolved from tests/js/node_modules)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../tests/js/package.json', import.meta.url));
const { buildSchema, execute, parse, validate, version } = require('graphql');

const read = (name) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const schema = buildSchema(read('schema.graphql'));
const rootValue = JSON.parse(read('data.json'));
const query = read('query.graphql');
const variableValues = JSON.parse(read('variables.json'));
const seconds = Number(process.argv[2] ?? 3);

const document = parse(query);
const problems = validate(schema, document);
if (problems.length > 0) throw new Error(`The benchmark query is invalid: ${problems[0].message}`);
const run = (doc) => execute({ schema, document: doc, rootValue, variableValues });
const check = run(document);
if (check.errors) throw new Error(`The benchmark query fails: ${check.errors[0].message}`);

function endToEnd() {
  const parsed = parse(query);
  if (validate(schema, parsed).length > 0) throw new Error('invalid');
  return run(parsed);
}

const operations = {
  Parse: () => parse(query),
  Validate: () => validate(schema, document),
  Execute: () => run(document),
  EndToEnd: endToEnd,
  EndToEndJson: () => JSON.stringify(endToEnd()),
  // The same operation again: the engine's EndToEndJsonString makes a string too, EndToEndJson writes bytes.
  EndToEndJsonString: () => JSON.stringify(endToEnd()),
  ResponseJson: () => JSON.stringify(check),
};

// Runs batches until the time budget is spent; a third of it is warm-up so the JIT has settled.
function measure(operation) {
  let sink;
  const warmUntil = process.hrtime.bigint() + BigInt(Math.round((seconds / 3) * 1e9));
  while (process.hrtime.bigint() < warmUntil) sink = operation();
  let batch = 1;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) sink = operation();
    if (Number(process.hrtime.bigint() - start) > 5e7) break;
    batch *= 2;
  }
  let iterations = 0;
  let elapsed = 0;
  const perOperation = [];
  const budget = (seconds * 2e9) / 3;
  while (elapsed < budget) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) sink = operation();
    const batchNs = Number(process.hrtime.bigint() - start);
    elapsed += batchNs;
    iterations += batch;
    perOperation.push(batchNs / batch);
  }
  if (sink === undefined) throw new Error('operation returned nothing');
  perOperation.sort((a, b) => a - b);
  const medianNs = perOperation[Math.floor(perOperation.length / 2)];
  const meanNs = elapsed / iterations;
  return { meanNs, medianNs, opsPerSecond: 1e9 / medianNs, iterations };
}

const results = Object.entries(operations).map(([name, operation]) => ({ name, ...measure(operation) }));
process.stdout.write(`${JSON.stringify({ graphql: version, node: process.version, results })}\n`);
