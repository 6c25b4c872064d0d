using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Execution;

/// <summary>Everything a resolver may need about the field it resolves and the request it belongs to.</summary>
public sealed class ResolveFieldContext
{
    private readonly ExecutionContext _execution;

    internal ResolveFieldContext(
        ExecutionContext execution,
        object? source,
        GraphQLField field,
        GraphQLObjectType parentType,
        IReadOnlyList<FieldNode> fieldNodes,
        IReadOnlyDictionary<string, object?> arguments,
        ResponsePath path)
    {
        _execution = execution;
        Source = source;
        FieldDefinition = field;
        ParentType = parentType;
        FieldNodes = fieldNodes;
        Arguments = arguments;
        Path = path;
    }

    /// <summary>The parent value the field is resolved on.</summary>
    public object? Source { get; }

    /// <summary>The coerced argument values, including defaults; absent arguments are absent.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The application's per-request context object.</summary>
    public object? Context => _execution.ContextValue;

    /// <summary>The field's definition.</summary>
    public GraphQLField FieldDefinition { get; }

    /// <summary>The field's name in the schema.</summary>
    public string FieldName => FieldDefinition.Name;

    /// <summary>The field's return type.</summary>
    public GraphQLType ReturnType => FieldDefinition.Type;

    /// <summary>The object type the field belongs to.</summary>
    public GraphQLObjectType ParentType { get; }

    /// <summary>The selections of this field merged under one response key.</summary>
    public IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The response position of the field.</summary>
    public ResponsePath Path { get; }

    /// <summary>The schema being executed.</summary>
    public GraphQLSchema Schema => _execution.Schema;

    /// <summary>The root value of the operation.</summary>
    public object? RootValue => _execution.RootValue;

    /// <summary>The operation being executed.</summary>
    public OperationDefinitionNode Operation => _execution.Operation;

    /// <summary>The document's fragments by name.</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _execution.Fragments;

    /// <summary>The coerced variable values.</summary>
    public IReadOnlyDictionary<string, object?> Variables => _execution.VariableValues;

    /// <summary>Signalled when the request is cancelled or times out.</summary>
    public CancellationToken CancellationToken => _execution.CancellationToken;

    /// <summary>Reads an argument, or a fallback when it is absent or of another type.</summary>
    /// <typeparam name="T">The expected type.</typeparam>
    /// <param name="name">The argument name.</param>
    /// <param name="fallback">What to return when absent.</param>
    /// <returns>The argument value.</returns>
    public T? GetArgument<T>(string name, T? fallback = default) =>
        Arguments.TryGetValue(name, out var value) && value is T typed ? typed : fallback;
}
