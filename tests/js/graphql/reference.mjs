// graphql-js as the conformance oracle for the engine's tests.
// Reads one JSON job on stdin and writes one JSON answer on stdout:
//   { "task": "print", "sdl": "…" }                          -> { "printed": "…" }
//   { "task": "introspect", "sdl": "…", "options": {…} }     -> { "result": {…} }
//   { "task": "execute", "sdl": "…", "data": {…}, "requests": [{ "query", "variables", "operationName" }] }
//                                                             -> { "results": [{…}, …] }
//   { "task": "validate", "sdls": ["…", …] }                  -> { "errors": [[{ message, locations }, …], …] }
// A job may carry "parseOptions" for buildSchema (e.g. { "experimentalDirectivesOnDirectiveDefinitions": true }).
import { buildSchema, printSchema, graphql, getIntrospectionQuery, validateSchema } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const job = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const schema = job.sdl === undefined ? undefined : buildSchema(job.sdl, job.parseOptions);

// Round-trips results through JSON so the answer has exactly the shape a server would send.
const plain = (result) => JSON.parse(JSON.stringify(result));

let answer;
switch (job.task) {
  case 'print':
    answer = { printed: printSchema(schema) };
    break;
  case 'introspect':
    answer = { result: plain(await graphql({ schema, source: getIntrospectionQuery(job.options ?? {}) })) };
    break;
  case 'execute': {
    const results = [];
    for (const request of job.requests) {
      results.push(plain(await graphql({
        schema,
        source: request.query,
        rootValue: job.data,
        variableValues: request.variables,
        operationName: request.operationName,
      })));
    }
    answer = { results };
    break;
  }
  case 'validate':
    answer = { errors: job.sdls.map((sdl) => plain(validateSchema(buildSchema(sdl)))) };
    break;
  default:
    throw new Error(`Unknown task: ${job.task}`);
}

process.stdout.write(JSON.stringify(answer));
