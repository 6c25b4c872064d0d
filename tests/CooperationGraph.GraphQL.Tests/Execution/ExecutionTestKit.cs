using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Tests.Execution;

/// <summary>Small helpers for executing documents against schemas built in code.</summary>
internal static class ExecutionTestKit
{
    public static Task<ExecutionResult> ExecuteAsync(
        GraphQLSchema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        object? rootValue = null,
        IReadOnlyList<FieldMiddleware>? middleware = null,
        CancellationToken cancellationToken = default) =>
        Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse(query),
            VariableValues = variables,
            RootValue = rootValue,
            Middleware = middleware ?? [],
            CancellationToken = cancellationToken,
        });

    public static FieldResolver Value(object? value) => _ => new ValueTask<object?>(value);

    public static FieldResolver Throws(string message) => _ => throw new InvalidOperationException(message);

    public static GraphQLField Field(string name, GraphQLType type, FieldResolver? resolve = null) => new(name, type, resolve: resolve);
}
