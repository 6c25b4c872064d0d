using CooperationGraph.GraphQL.Runner;

// The conformance runner: one GraphQL response line per JSON request line, for differential tests against graphql-js.
return await RunnerCommand.RunAsync(args, Console.In, Console.Out, Console.Error).ConfigureAwait(false);
