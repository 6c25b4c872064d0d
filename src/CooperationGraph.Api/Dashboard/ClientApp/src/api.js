// The page's only source of data: the GraphQL endpoint, this origin's /graphql unless `?endpoint=` names another.
export function endpoint() {
  const configured = new URLSearchParams(window.location.search).get('endpoint');
  return new URL(configured || 'graphql', window.location.href).href;
}

export class GraphQLError extends Error {}

export async function query(document, variables = {}) {
  const response = await fetch(endpoint(), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: document, variables }),
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLError(`${response.status} ${response.statusText}`);
  }
  if (body.errors?.length) {
    throw new GraphQLError(body.errors.map((error) => error.message).join('; '));
  }
  return body.data;
}

// graphql-sse, distinct connections mode: a GET with the document in the query string, one `next` event per change.
export function subscribe(document, onNext) {
  const url = new URL(endpoint());
  url.searchParams.set('query', document);
  const source = new EventSource(url.href);
  source.addEventListener('next', (event) => {
    const payload = JSON.parse(event.data);
    if (payload.data) onNext(payload.data);
  });
  return () => source.close();
}
