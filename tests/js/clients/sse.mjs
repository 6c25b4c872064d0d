// Talks to a running endpoint with graphql-sse's own client in distinct connections mode (what the README documents
// for subscriptions) and prints, as one JSON array on stdout, what the client saw for each case:
// { name, results: [ExecutionResult…], completed, error?, stillOpen?, status?, contentType? }.
// Usage: node sse.mjs http://127.0.0.1:PORT/graphql
// Exit code 0 once every case ran (whatever it saw), 2 on bad usage, 1 if the script itself crashed.
import { createClient } from 'graphql-sse';
import { observe } from './observe.mjs';

const url = process.argv[2];
if (!url) {
  console.error('usage: node sse.mjs <graphql endpoint url>');
  process.exit(2);
}

// No retries: a refusal must show as the client's error, not as a silent reconnection.
const client = createClient({ url, singleConnection: false, retryAttempts: 0 });

const run = (name, request, openFor = 30000) => observe(client, name, request, { openFor });

// The response a subscription opens with, as the client's fetch sees it before any event: status and media type.
async function opening(name, request) {
  const control = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    signal: control.signal,
    headers: { accept: 'text/event-stream', 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(request),
  });
  control.abort();
  return { name, results: [], completed: false, status: response.status, contentType: response.headers.get('content-type') };
}

try {
  const cases = [
    await opening('subscription opening', { query: 'subscription { graphChanged { version } }' }),
    await run('query', { query: '{ __typename }' }),
    await run('query with variables', {
      query: 'query Named($id: ID!) { node(id: $id) { id } }',
      variables: { id: 'org:gx-dost' },
      operationName: 'Named',
    }),
    await run('subscription', { query: 'subscription { graphChanged { version } }' }, 3000),
    await run('subscription that does not validate', { query: 'subscription { nope }' }),
    await run('subscription that does not parse', { query: 'subscription {' }),
    await run('subscription missing a variable', {
      query: 'subscription ($b: Boolean!) { graphChanged { version @include(if: $b) } }',
    }),
  ];
  console.log(JSON.stringify(cases, null, 2));
  client.dispose();
} catch (error) {
  console.error(error);
  process.exit(1);
}
