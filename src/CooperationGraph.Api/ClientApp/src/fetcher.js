// A plain fetch-based fetcher: GraphQL over HTTP, POST with a JSON body, on the page's own origin.
export function createSameOriginFetcher(url) {
  return async (graphQLParams, options) => {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/graphql-response+json, application/json',
        'Content-Type': 'application/json',
        ...(options?.headers ?? {}),
      },
      body: JSON.stringify(graphQLParams),
    });
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      return {
        errors: [{ message: `HTTP ${response.status}: the response was not JSON.` }],
      };
    }
  };
}
