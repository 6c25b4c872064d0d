// Talks to a running endpoint over WebSocket with graphql-ws's own client (the graphql-transport-ws protocol that
// Apollo Client, urql and Relay use through it) and prints, as one JSON array on stdout, what the client saw for
// each case: { name, results: [ExecutionResult…], completed, errors?: [GraphQLError…], error?, stillOpen?, closeCode?, closeReason? }.
// The subscription case waits for a change of the graph: the calling test writes to the store while it subscribes.
// Usage: node graphql-ws.mjs http://127.0.0.1:PORT/graphql
// Exit code 0 once every case ran (whatever it saw), 2 on bad usage, 1 if the script itself crashed.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

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

// Runs one operation; one still streaming after openFor milliseconds is completed by the client (dispose sends
// complete), as a page leaving would do; with untilResults, as soon as that many results arrived.
function run(name, request, { openFor = 30000, untilResults = 0 } = {}) {
  return new Promise((resolve) => {
    const seen = { name, results: [], completed: false };
    let timer;
    let settled = false;
    let dispose = () => {};
    const settle = (change) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      change();
      resolve({ ...seen, results: [...seen.results] });
    };
    dispose = client.subscribe(request, {
      next: (result) => {
        if (settled) return;
        seen.results.push(result);
        if (untilResults > 0 && seen.results.length >= untilResults) {
          settle(() => {
            seen.stillOpen = true;
          });
          dispose();
        }
      },
      error: (error) =>
        settle(() => {
          if (Array.isArray(error)) {
            seen.errors = error;
          } else {
            seen.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error?.reason ?? error?.message ?? error);
          }
        }),
      complete: () =>
        settle(() => {
          seen.completed = true;
        }),
    });
    timer = setTimeout(() => {
      settle(() => {
        seen.stillOpen = true;
      });
      dispose();
    }, openFor);
  });
}

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
