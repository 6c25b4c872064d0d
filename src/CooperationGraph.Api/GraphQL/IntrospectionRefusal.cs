using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.GraphQL;

/// <summary>The answer to a document that asks for the schema while <c>GraphQL:Introspection</c> is off: a request error.</summary>
internal static class IntrospectionRefusal
{
    public const string Code = "INTROSPECTION_DISABLED";

    public static ExecutionResult Result { get; } = ExecutionResult.FromErrors(
    [
        new GraphQLError(
            "Introspection (__schema, __type) is turned off on this server by the GraphQL:Introspection setting.",
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = Code }),
    ]);
}
