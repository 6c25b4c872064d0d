using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Execution;

/// <summary>Wraps a field's resolution: may run code before and after <paramref name="next"/>, or not call it at all.</summary>
/// <param name="context">The field being resolved.</param>
/// <param name="next">The rest of the pipeline, ending with the field's resolver.</param>
/// <returns>The field's raw value.</returns>
public delegate ValueTask<object?> FieldMiddleware(ResolveFieldContext context, FieldResolver next);

/// <summary>What to execute: a validated document against a schema, with the request's values.</summary>
public sealed class ExecutionArgs
{
    /// <summary>The schema.</summary>
    public required GraphQLSchema Schema { get; init; }

    /// <summary>The parsed and validated document.</summary>
    public required DocumentNode Document { get; init; }

    /// <summary>Which operation to run; required when the document has several.</summary>
    public string? OperationName { get; init; }

    /// <summary>The JSON-decoded variables, or null.</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    /// <summary>The value root fields are resolved on.</summary>
    public object? RootValue { get; init; }

    /// <summary>The application's per-request context, handed to every resolver.</summary>
    public object? ContextValue { get; init; }

    /// <summary>Resolves fields that have no resolver; null reads the field by name from the parent value.</summary>
    public FieldResolver? FieldResolver { get; init; }

    /// <summary>Resolves abstract types that have no type resolver; null uses <c>__typename</c> then <c>IsTypeOf</c>.</summary>
    public TypeResolver? TypeResolver { get; init; }

    /// <summary>Chooses the exception reported for one a resolver threw; null reports it as thrown.</summary>
    public ResolverExceptionFilter? ResolverExceptionFilter { get; init; }

    /// <summary>Field middleware, outermost first.</summary>
    public IReadOnlyList<FieldMiddleware> Middleware { get; init; } = [];

    /// <summary>An engine's pipelines for <see cref="Middleware"/>, composed once for all its requests.</summary>
    internal FieldPipelines? Pipelines { get; init; }

    /// <summary>
    /// Called on the executing thread between pieces of work: before each object's fields are executed, and as each
    /// field value or list item that waited is stored (objects that waited for a batch complete one inside another, as
    /// long a stretch of work as executing them was). A host may pause there to share the processor with its other work
    /// (cooperative scheduling of a long execution). Must not throw.
    /// </summary>
    public Action? Checkpoint { get; init; }

    /// <summary>Cancels execution; resolvers see it on their context.</summary>
    public CancellationToken CancellationToken { get; init; }
}
