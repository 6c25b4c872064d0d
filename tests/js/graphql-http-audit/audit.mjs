// Runs graphql-http's GraphQL-over-HTTP server audit against a running endpoint and prints every result
// as one JSON array on stdout: { id, name, status, reason?, responseStatus?, responseContentType?, responseBody? }.
// Usage: node audit.mjs http://127.0.0.1:PORT/graphql
// Exit code 0 once the audit ran (whatever its results), 2 on bad usage, 1 if the audit itself crashed.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

async function describe(result) {
  if (result.status === 'ok') {
    return { id: result.id, name: result.name, status: result.status };
  }
  let responseBody;
  try {
    responseBody = await result.response.text();
  } catch {
    // The audit already read the body; its status and type still say what went wrong.
    responseBody = undefined;
  }
  return {
    id: result.id,
    name: result.name,
    status: result.status,
    reason: result.reason,
    responseStatus: result.response?.status,
    responseContentType: result.response?.headers.get('content-type'),
    responseBody,
  };
}

try {
  const results = await auditServer({ url });
  console.log(JSON.stringify(await Promise.all(results.map(describe)), null, 2));
} catch (error) {
  console.error(error);
  process.exit(1);
}
