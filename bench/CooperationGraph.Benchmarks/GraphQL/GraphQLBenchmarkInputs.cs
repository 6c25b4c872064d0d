using System.Text.Json;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Benchmarks.GraphQL;

/// <summary>
/// The files under <c>bench/graphql</c> that both sides of the GraphQL benchmark read: the schema, the root data,
/// the query and its variables. <c>GRAPHQL_BENCH_DIR</c> names the folder (run.sh sets it); otherwise it is searched
/// for upwards from the working directory.
/// </summary>
internal sealed record GraphQLBenchmarkInputs(string Sdl, object? Root, string Query, IReadOnlyDictionary<string, object?> Variables)
{
    public static GraphQLBenchmarkInputs Load()
    {
        var directory = FindDirectory();
        return new GraphQLBenchmarkInputs(
            File.ReadAllText(Path.Combine(directory, "schema.graphql")),
            ReadJson(Path.Combine(directory, "data.json")),
            File.ReadAllText(Path.Combine(directory, "query.graphql")),
            (IReadOnlyDictionary<string, object?>)ReadJson(Path.Combine(directory, "variables.json"))!);
    }

    private static object? ReadJson(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return JsonValues.ToPlain(document.RootElement);
    }

    private static string FindDirectory()
    {
        if (Environment.GetEnvironmentVariable("GRAPHQL_BENCH_DIR") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "bench", "graphql");
            if (File.Exists(Path.Combine(candidate, "query.graphql")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("bench/graphql not found: set GRAPHQL_BENCH_DIR or run from inside the repository.");
    }
}
