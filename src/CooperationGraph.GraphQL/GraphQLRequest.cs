namespace CooperationGraph.GraphQL;

/// <summary>A GraphQL request as clients send it: the document text, variables and an operation name.</summary>
/// <param name="Query">The document text.</param>
/// <param name="Variables">The JSON-decoded variables, or null.</param>
/// <param name="OperationName">Which operation to run, or null.</param>
public sealed record GraphQLRequest(string Query, IReadOnlyDictionary<string, object?>? Variables = null, string? OperationName = null);
