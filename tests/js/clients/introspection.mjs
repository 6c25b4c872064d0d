// Introspects a running endpoint as graphql-js 16's tools do (GraphiQL, codegen, IDE plugins) and prints, as one JSON
// object on stdout, what a client builds from it: { status, contentType, errors, clientSdl, fileSdl }. clientSdl is
// printSchema(buildClientSchema(answer)); fileSdl is printSchema(buildSchema(file)) of the committed SDL, which drops the
// applied directives introspection cannot carry (@cost, @listSize) the same way.
// Usage: node introspection.mjs http://127.0.0.1:PORT/graphql path/to/schema.graphql
// Exit code 0 once the answer was read (whatever it held), 2 on bad usage, 1 if the script itself crashed.
import { readFileSync } from 'node:fs';
import { assertValidSchema, buildClientSchema, buildSchema, getIntrospectionQuery, printSchema } from 'graphql';

const [url, schemaFile] = process.argv.slice(2);
if (!url || !schemaFile) {
  console.error('usage: node introspection.mjs <graphql endpoint url> <schema.graphql>');
  process.exit(2);
}

const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

const response = await fetch(url, {
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json;q=0.9',
  },
  body: JSON.stringify({ query, operationName: 'IntrospectionQuery' }),
});
const body = await response.json();

const report = {
  status: response.status,
  contentType: response.headers.get('content-type'),
  errors: body.errors ?? null,
  clientSdl: null,
  fileSdl: printSchema(buildSchema(readFileSync(schemaFile, 'utf8'))),
};
if (body.data) {
  const schema = buildClientSchema(body.data);
  assertValidSchema(schema);
  report.clientSdl = printSchema(schema);
}
console.log(JSON.stringify(report));
