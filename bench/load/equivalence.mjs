// Sends each operation of the load run to the service and to every peer and fails unless all answer 200 with the same
// `data` and no errors: a benchmark of different answers is worthless. Writes each operation's POST body to
// OUT/bodies/NAME.json for wrk, and the list of operations checked to OUT/operations.json.
// Usage: node equivalence.mjs OUT "NAME NAME …" (operations to check; "" for all) DOTNET_URL PEER=URL [PEER=URL …]
//   PEER is graphql-js or graphql-net.
import { mkdirSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { body, operations } from './operations.mjs';

const [out, only, dotnetUrl, ...peerArguments] = process.argv.slice(2);
const wanted = only ? new Set(only.split(/\s+/).filter(Boolean)) : null;
const peers = peerArguments.map((argument) => {
  const [name, url] = argument.split(/=(.*)/s);
  return { name, url };
});
if (dotnetUrl === undefined || peers.length === 0 || peers.some((peer) => !peer.url)) {
  console.error('usage: node equivalence.mjs OUT "NAME …" DOTNET_URL PEER=URL [PEER=URL …]');
  process.exit(2);
}

async function post(url, payload) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: payload,
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, result: await response.json() };
}

const byName = (left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0);

/** Introspection lists whose order the spec leaves to the implementation, sorted by name. */
function canonicalIntrospection(data) {
  const schema = structuredClone(data.__schema);
  schema.types.sort(byName);
  schema.directives.sort(byName);
  for (const type of schema.types) {
    type.possibleTypes?.sort(byName);
  }
  return { __schema: schema };
}

/** The path of the first difference between two JSON values, for the failure message. */
function firstDifference(left, right, path = '$') {
  if (isDeepStrictEqual(left, right)) {
    return null;
  }
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null || Array.isArray(left) !== Array.isArray(right)) {
    return `${path}: ${JSON.stringify(left)?.slice(0, 200)} vs ${JSON.stringify(right)?.slice(0, 200)}`;
  }
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  for (const key of keys) {
    const difference = firstDifference(left[key], right[key], `${path}.${key}`);
    if (difference !== null) {
      return difference;
    }
  }
  return `${path}: key order or length differs`;
}

/**
 * The application's part of an introspection answer: every type but the introspection types and the built-in
 * scalars' descriptions, and the root types. GraphQL.NET answers with its own introspection types (legacy
 * `onOperation` fields, no `specifiedByURL`, its own wording) and lists only the executable built-in directives;
 * those are the library's, not the schema's, so its answer is compared on this part only.
 */
function applicationSchema(data) {
  const schema = canonicalIntrospection(data).__schema;
  const builtInScalars = new Set(['Boolean', 'Float', 'ID', 'Int', 'String']);
  // GraphQL.NET copies an interface field's description onto the implementing types' fields that have none; the
  // service leaves them undescribed (the shared fields are described once, on the interface). A field description
  // equal to the one its interface gives is therefore no difference.
  const interfaceFields = new Map(schema.types.filter((type) => type.kind === 'INTERFACE')
    .map((type) => [type.name, new Map((type.fields ?? []).map((field) => [field.name, field.description]))]));
  for (const type of schema.types) {
    for (const field of type.fields ?? []) {
      const inherited = (type.interfaces ?? []).map((face) => interfaceFields.get(face.name)?.get(field.name)).find((text) => text != null);
      if (inherited !== undefined && field.description === inherited) {
        field.description = null;
      }
    }
  }
  return {
    queryType: schema.queryType,
    mutationType: schema.mutationType,
    subscriptionType: schema.subscriptionType,
    types: schema.types
      .filter((type) => !type.name.startsWith('__'))
      .map((type) => (builtInScalars.has(type.name) ? { ...type, description: null } : type)),
  };
}

/** What of an answer to `operation` the service and `peer` must agree on. */
function comparable(operation, peer, data) {
  if (operation.name !== 'introspection') {
    return data;
  }
  return peer === 'graphql-net' ? applicationSchema(data) : canonicalIntrospection(data);
}

const size = (data) => JSON.stringify(data).length;

mkdirSync(`${out}/bodies`, { recursive: true });
let failed = false;
const checked = [];
for (const operation of operations.filter((candidate) => wanted === null || wanted.has(candidate.name))) {
  const payload = body(operation);
  const [dotnet, ...answers] = await Promise.all([post(dotnetUrl, payload), ...peers.map((peer) => post(peer.url, payload))]);
  const problems = [];
  for (const [side, answer] of [['.NET', dotnet], ...peers.map((peer, index) => [peer.name, answers[index]])]) {
    if (answer.status !== 200 || answer.result.errors !== undefined || answer.result.data == null) {
      problems.push(`${side} answered ${answer.status}: ${JSON.stringify(answer.result).slice(0, 400)}`);
    }
  }
  if (problems.length === 0) {
    peers.forEach((peer, index) => {
      const difference = firstDifference(comparable(operation, peer.name, dotnet.result.data), comparable(operation, peer.name, answers[index].result.data));
      if (difference !== null) {
        problems.push(`the data of .NET and ${peer.name} differ at ${difference}`);
      }
    });
  }
  if (problems.length > 0) {
    failed = true;
    console.error(`${operation.name}: NOT equivalent\n  ${problems.join('\n  ')}`);
    continue;
  }
  writeFileSync(`${out}/bodies/${operation.name}.json`, payload);
  checked.push({ name: operation.name, title: operation.title, variables: operation.variables, responseBytes: size(dotnet.result) });
  console.log(`${operation.name}: equivalent (${size(dotnet.result.data)} characters of data)`);
}
writeFileSync(`${out}/operations.json`, JSON.stringify(checked, null, 2));
process.exit(failed ? 1 : 0);
