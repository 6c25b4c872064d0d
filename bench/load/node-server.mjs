// The graphql-js peer of the load benchmark: graphql-http's handler on Node's http server, serving the printed
// cooperation schema with resolvers over the graph exported from the service's store.
// Usage: node node-server.mjs --data graph.json [--schema graph-schema/schema.graphql] [--port 5091]
// Prints one line `listening http://127.0.0.1:PORT/graphql` once it accepts requests.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createHandler, graphql } from './peers.mjs';
import { loadGraph } from './graph-data.mjs';
import { attachResolvers } from './resolvers.mjs';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    schema: { type: 'string', default: fileURLToPath(new URL('../../graph-schema/schema.graphql', import.meta.url)) },
    port: { type: 'string', default: '5091' },
  },
});
if (values.data === undefined) {
  console.error('usage: node node-server.mjs --data graph.json [--schema schema.graphql] [--port 5091]');
  process.exit(2);
}

const schema = graphql.buildSchema(readFileSync(values.schema, 'utf8'));
const graph = loadGraph(values.data);
attachResolvers(schema, graph);

const handler = createHandler({ schema });
const server = createServer((request, response) => {
  if (request.url.startsWith('/graphql')) {
    handler(request, response);
  } else {
    response.writeHead(404).end();
  }
});
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${server.address().port}/graphql (${graph.nodes.size} nodes, ${graph.relationships.size} relationships)`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
