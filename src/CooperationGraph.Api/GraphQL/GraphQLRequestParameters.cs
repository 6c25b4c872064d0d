using CooperationGraph.GraphQL;

namespace CooperationGraph.Api.GraphQL;

/// <summary>The four request parameters of GraphQL over HTTP, checked for type but not yet parsed as GraphQL.</summary>
internal sealed record GraphQLRequestParameters(
    string Query,
    IReadOnlyDictionary<string, object?>? Variables,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Extensions)
{
    public GraphQLRequest ToEngineRequest() => new(Query, Variables, OperationName);
}
