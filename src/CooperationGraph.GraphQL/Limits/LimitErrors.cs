using CooperationGraph.GraphQL.Error;

namespace CooperationGraph.GraphQL.Limits;

/// <summary>Creates the errors reported when a request exceeds a <see cref="QueryLimits"/> bound.</summary>
internal static class LimitErrors
{
    public const string Code = "LIMIT_EXCEEDED";

    public static GraphQLError Exceeded(string limit, string message) =>
        new(message, extensions: new Dictionary<string, object?>(2) { ["code"] = Code, ["limit"] = limit });
}
