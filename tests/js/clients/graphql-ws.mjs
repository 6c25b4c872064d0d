// Talks to a running endpoint over WebSocket with graphql-ws's own client (the graphql-transport-ws protocol that
// Apollo Client, urql and Relay use through it) and prints, as one JSON object on stdout, what the client saw for
// each case (observe.mjs; a raw socket's case adds closeCode and closeReason) and every close of the client's socket:
// { cases: [{ name, results: [ExecutionResult…], completed, errors?: [GraphQLError…], error?, stillOpen? }…], closes: [{ code, reason }…] }.
// The subscription case waits for a change of the graph: the calling test writes to the store while it subscribes.
// Usage: node graphql-ws.mjs http://127.0.0.1:PORT/graphql
// Exit code 0 once every case ran (whatever it saw), 2 on bad usage, 1 if the script itself crashed.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { observe } from './observe.mjs';

const httpUrl = process.argv[2];
if (!httpUrl) {
  console.error('usage: node graphql-ws.mjs <graphql endpoint url>');
  process.exit(2);
}
const url = httpUrl.replace(/^http/, 'ws');

const closes = [];
// No retries and no lazy socket: a refusal must show as the client's error, not as a silent reconnection.
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  lazy: false,
  retryAttempts: 0,
  on: { closed: (event) => closes.push({ code: event.code, reason: event.reason }) },
});

const run = (name, request, options) => observe(client, name, request, options);

// A raw socket offering the legacy subscriptions-transport-ws subprotocol: how the server ends it.
function legacy(name) {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, 'graphql-ws');
    const seen = { name, results: [], completed: false };
    socket.on('close', (code, reason) => resolve({ ...seen, closeCode: code, closeReason: reason.toString() }));
    socket.on('error', (error) => {
      seen.error = String(error?.message ?? error);
    });
  });
}

try {
  const cases = [
    await run('query', { query: '{ __typename }' }),
    await run('query with variables', {
      query: 'query Named($id: ID!) { node(id: $id) { id } }',
      variables: { id: 'org:gx-dost' },
      operationName: 'Named',
    }),
    await run('subscription receiving a change', { query: 'subscription { graphChanged { version kind } }' }, { untilResults: 1 }),
    await run('subscription completed by the client', { query: 'subscription { graphChanged { version } }' }, { openFor: 1000 }),
    await run('query after a completed subscription', { query: '{ __typename }' }),
    await run('subscription that does not validate', { query: 'subscription { nope }' }),
    await run('query that does not parse', { query: '{' }),
    await run('subscription missing a variable', {
      query: 'subscription ($b: Boolean!) { graphChanged { version @include(if: $b) } }',
    }),
    await legacy('legacy subprotocol'),
  ];
  client.dispose();
  console.log(JSON.stringify({ cases, closes }, null, 2));
} catch (error) {
  console.error(error);
  process.exit(1);
}
