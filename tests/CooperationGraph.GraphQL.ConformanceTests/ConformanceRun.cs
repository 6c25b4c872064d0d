using System.Text.Json.Nodes;

namespace CooperationGraph.GraphQL.ConformanceTests;

/// <summary>Both answers to one case: the engine's (through the runner) and graphql-js's (through the oracle).</summary>
public sealed record CaseAnswers(JsonObject Ours, JsonObject Reference);

/// <summary>
/// Runs the whole corpus once per test run through the engine's conformance runner and through the graphql-js oracle,
/// each as one child process per schema file reading every request line of that schema's cases.
/// </summary>
public static class ConformanceRun
{
    private static readonly Lazy<Task<IReadOnlyDictionary<string, CaseAnswers>>> LazyAnswers = new(RunAsync);

    public static Task<IReadOnlyDictionary<string, CaseAnswers>> AnswersAsync() => LazyAnswers.Value;

    private static async Task<IReadOnlyDictionary<string, CaseAnswers>> RunAsync()
    {
        // One runner and one oracle per schema file, all at once.
        var runs = ConformanceCorpus.Cases.GroupBy(c => c.Schema, StringComparer.Ordinal).Select(RunSchemaAsync).ToList();
        var answers = new Dictionary<string, CaseAnswers>(StringComparer.Ordinal);
        foreach (var run in runs)
        {
            foreach (var (id, answer) in await run.ConfigureAwait(false))
            {
                answers[id] = answer;
            }
        }

        return answers;
    }

    private static async Task<List<(string Id, CaseAnswers Answers)>> RunSchemaAsync(IGrouping<string, ConformanceCase> group)
    {
        var cases = group.ToList();
        var lines = cases.Select(c => c.ToRequestLine()).ToList();
        string[] files = ["--schema", ConformanceCorpus.SchemaPathOf(group.Key), "--data", ConformanceCorpus.DataPath];

        var runner = Path.Combine(AppContext.BaseDirectory, "CooperationGraph.GraphQL.Runner.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var ours = LineProcess.RunAsync(dotnet, [runner, .. files], ConformanceCorpus.Directory, lines);
        var reference = LineProcess.RunAsync("node", [ConformanceCorpus.OraclePath, .. files], ConformanceCorpus.Directory, lines);
        var (ourLines, referenceLines) = (await ours.ConfigureAwait(false), await reference.ConfigureAwait(false));

        var answers = new List<(string, CaseAnswers)>(cases.Count);
        for (var i = 0; i < cases.Count; i++)
        {
            answers.Add((cases[i].Id, new CaseAnswers(ParseResponse("runner", ourLines[i]), ParseResponse("oracle", referenceLines[i]))));
        }

        return answers;
    }

    private static JsonObject ParseResponse(string side, string line) =>
        JsonNode.Parse(line) as JsonObject ?? throw new InvalidDataException($"The {side} answered with a line that is not a JSON object: {line}");
}
