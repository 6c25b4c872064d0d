// The conformance oracle: graphql-js answering the same requests the engine's conformance runner
// (src/CooperationGraph.GraphQL.Runner) answers, under the same rules:
//   - fields resolve by property name on the JSON root data; arguments are ignored;
//   - abstract types resolve by the data's "__typename" string;
//   - one JSON response line per JSON request line {"query", "variables", "operationName"}.
// Usage: node oracle.mjs --schema SCHEMA.graphql --data ROOT.json  < requests.jsonl
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { buildSchema, graphql } from 'graphql';

const usage = 'usage: node oracle.mjs --schema SCHEMA.graphql --data ROOT.json  (requests as JSON lines on stdin)';

function parseArguments(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if ((flag === '--schema' || flag === '--data') && i + 1 < argv.length) {
      options[flag.slice(2)] = argv[++i];
    } else {
      throw new Error(`Unexpected argument "${flag}".\n${usage}`);
    }
  }
  if (options.schema === undefined || options.data === undefined) throw new Error(usage);
  return options;
}

const isRecord = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

// Own properties only: a JSON object has no methods, so nothing is ever called.
const fieldResolver = (source, _args, _context, info) =>
  isRecord(source) && Object.hasOwn(source, info.fieldName) ? source[info.fieldName] : null;

const typeResolver = (value) =>
  isRecord(value) && typeof value.__typename === 'string' ? value.__typename : undefined;

function readRequest(line) {
  let request;
  try {
    request = JSON.parse(line);
  } catch (error) {
    return { problem: `Request line is not valid JSON: ${error.message}` };
  }
  if (!isRecord(request)) return { problem: 'Request line must be a JSON object.' };
  if (typeof request.query !== 'string') return { problem: 'Must provide query string.' };
  const { variables = null, operationName = null } = request;
  if (variables !== null && !isRecord(variables)) return { problem: 'Variables must be an object.' };
  if (operationName !== null && typeof operationName !== 'string') return { problem: 'Operation name must be a string.' };
  return { request: { query: request.query, variables, operationName } };
}

async function answer(schema, rootValue, line) {
  const { request, problem } = readRequest(line);
  if (problem !== undefined) return { errors: [{ message: problem }] };
  const result = await graphql({
    schema,
    source: request.query,
    rootValue,
    variableValues: request.variables,
    operationName: request.operationName,
    fieldResolver,
    typeResolver,
  });
  // Round-trip through JSON so the answer has exactly the shape a server sends.
  return JSON.parse(JSON.stringify(result));
}

let options;
try {
  options = parseArguments(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(64);
}

// Directives on directive definitions (`directive @old @deprecated on FIELD`, as schema-directive-deprecation.graphql
// has them) are opt-in in graphql-js 16.15; the runner parses every schema the same way, and plain SDL is unaffected.
// Requests are parsed with the defaults.
const schema = buildSchema(readFileSync(options.schema, 'utf8'), { experimentalDirectivesOnDirectiveDefinitions: true });
const rootValue = JSON.parse(readFileSync(options.data, 'utf8'));

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line.trim() === '') continue;
  process.stdout.write(`${JSON.stringify(await answer(schema, rootValue, line))}\n`);
}
