// What a GraphQL client library saw of one operation, for the client scripts of this folder: graphql-sse's and
// graphql-ws's clients both run an operation with subscribe(request, sink) and return a function that disposes it.

// Runs one operation and resolves with { name, results: [ExecutionResult…], completed, errors?, error?, stillOpen? }:
// errors when the client reported GraphQL errors (an array), error for any other failure. An operation still
// streaming after openFor milliseconds, or once untilResults results arrived, is disposed by the client, as a page
// leaving would do, and reported stillOpen. Only what the client saw up to the first end counts: a sink called after
// it (complete on dispose) changes nothing.
export function observe(client, name, request, { openFor = 30000, untilResults = 0 } = {}) {
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
    const leave = () => {
      settle(() => {
        seen.stillOpen = true;
      });
      dispose();
    };
    dispose = client.subscribe(request, {
      next: (result) => {
        if (settled) return;
        seen.results.push(result);
        if (untilResults > 0 && seen.results.length >= untilResults) leave();
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
    timer = setTimeout(leave, openFor);
  });
}
