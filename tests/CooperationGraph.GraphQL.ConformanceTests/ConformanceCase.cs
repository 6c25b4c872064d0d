using System.Text.Json.Nodes;

namespace CooperationGraph.GraphQL.ConformanceTests;

/// <summary>
/// One request of the corpus, named <c>file/name</c> after the case file and the case's name, asked of the schema file
/// its case file names (<see cref="ConformanceCorpus.DefaultSchema"/> unless it says otherwise).
/// </summary>
public sealed record ConformanceCase(string Id, string Query, JsonObject? Variables, string? OperationName, string Schema = ConformanceCorpus.DefaultSchema)
{
    /// <summary>The request line both the runner and the oracle read.</summary>
    public string ToRequestLine() => new JsonObject
    {
        ["query"] = Query,
        ["variables"] = Variables?.DeepClone(),
        ["operationName"] = OperationName,
    }.ToJsonString();
}
