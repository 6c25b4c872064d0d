using BenchmarkDotNet.Running;
using CooperationGraph.Benchmarks.GraphQL;
using CooperationGraph.Benchmarks.Load;
using CooperationGraph.Benchmarks.Neo4j;
using CooperationGraph.Benchmarks.Storage;

// The 1M-relationship storage load is a console measurement (see bench/README.md): BenchmarkDotNet's repeated
// iterations would make it take hours.
if (args is [StorageLoadCommand.Verb, .. var rest])
{
    return await StorageLoadCommand.RunAsync(rest);
}

if (args is [Neo4jLoadCommand.Verb, .. var neo4jArguments])
{
    return await Neo4jLoadCommand.RunAsync(neo4jArguments);
}

if (args is [ServiceExecutionCommand.Verb, .. var serviceArguments])
{
    return await ServiceExecutionCommand.RunAsync(serviceArguments);
}

if (args is [LoadCommand.Verb, .. var loadArguments])
{
    return await LoadCommand.RunAsync(loadArguments);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
