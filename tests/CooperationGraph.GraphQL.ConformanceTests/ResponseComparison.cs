using System.Text.Json.Nodes;

namespace CooperationGraph.GraphQL.ConformanceTests;

/// <summary>Which part of a response disagrees.</summary>
public enum ResponseAspect
{
    DataPresence,
    Data,
    ErrorPresence,
    ErrorPaths,
    ErrorMessages,
    ErrorLocations,
}

/// <summary>One way two responses to the same request differ.</summary>
public sealed record ResponseDifference(ResponseAspect Aspect, string Detail)
{
    public override string ToString() => $"{Aspect}: {Detail}";
}

/// <summary>
/// Compares the engine's response with graphql-js's on everything the GraphQL spec and graphql-js's wording make a
/// contract: whether <c>data</c> is present and its exact value (member order included), whether errors occur, and
/// each error's path, message and locations, in order. Extensions are not compared.
/// </summary>
public static class ResponseComparison
{
    public static IReadOnlyList<ResponseDifference> Compare(JsonObject ours, JsonObject reference)
    {
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(reference);
        var differences = new List<ResponseDifference>();

        var (ourHasData, referenceHasData) = (ours.ContainsKey("data"), reference.ContainsKey("data"));
        if (ourHasData != referenceHasData)
        {
            differences.Add(new(ResponseAspect.DataPresence, $"ours {(ourHasData ? "has" : "lacks")} data, graphql-js's {(referenceHasData ? "has" : "lacks")} it"));
        }
        else if (OrderedJson.FirstDifference(ours["data"], reference["data"], "data") is { } dataDifference)
        {
            differences.Add(new(ResponseAspect.Data, dataDifference));
        }

        var (ourErrors, referenceErrors) = (Errors(ours), Errors(reference));
        if (ourErrors.Count > 0 != referenceErrors.Count > 0)
        {
            differences.Add(new(ResponseAspect.ErrorPresence, $"{ourErrors.Count} errors vs {referenceErrors.Count}"));
        }

        CompareErrorMember(ourErrors, referenceErrors, "path", ResponseAspect.ErrorPaths, differences);
        CompareErrorMember(ourErrors, referenceErrors, "message", ResponseAspect.ErrorMessages, differences);
        CompareErrorMember(ourErrors, referenceErrors, "locations", ResponseAspect.ErrorLocations, differences);
        return differences;
    }

    private static List<JsonObject> Errors(JsonObject response) =>
        response["errors"] is JsonArray errors ? errors.Select(error => error as JsonObject ?? []).ToList() : [];

    private static void CompareErrorMember(List<JsonObject> ours, List<JsonObject> reference, string member, ResponseAspect aspect, List<ResponseDifference> differences)
    {
        var ourValues = new JsonArray(ours.Select(error => error[member]?.DeepClone()).ToArray());
        var referenceValues = new JsonArray(reference.Select(error => error[member]?.DeepClone()).ToArray());
        if (OrderedJson.FirstDifference(ourValues, referenceValues, member + "s") is { } difference)
        {
            differences.Add(new(aspect, difference));
        }
    }
}
