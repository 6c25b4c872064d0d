using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Execution;

/// <summary>Everything a resolver may need about the field it resolves and the request it belongs to.</summary>
/// <remarks>
/// <para>
/// Made once per resolved field, so it holds little of its own: the field's plan (definition, nodes, parent type and
/// response key) is shared by every execution of the document, and the response path is made only when asked for
/// (by an error, a sub-selection or a resolver), which the executor does at most once per field.
/// </para>
/// <para>
/// A context is valid until the field's value is complete. The context of a field whose type is a scalar or enum (or a
/// list of them) and whose resolver returns synchronously is then reused for another such field, as GraphQL.NET does:
/// a resolver or middleware that needs the field's details later (a DataLoader's callback) copies them out first.
/// </para>
/// </remarks>
public sealed class ResolveFieldContext
{
    private ExecutionContext _execution;
    private FieldPlan _plan;
    // Null at the root, the ResponsePath of a list item, or the context of the field whose object this field is on.
    private object? _parent;

    internal ResolveFieldContext(
        ExecutionContext execution,
        FieldPlan plan,
        object? source,
        object? parent)
    {
        _execution = execution;
        _plan = plan;
        Source = source;
        _parent = parent;
    }

    /// <summary>The parent value the field is resolved on.</summary>
    public object? Source { get; private set; }

    /// <summary>
    /// The coerced argument values, including defaults; absent arguments are absent. Values written without variables
    /// are shared by every execution of the document: read them, do not change them.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Arguments => _plan.Arguments(_execution);

    /// <summary>The application's per-request context object.</summary>
    public object? Context => _execution.ContextValue;

    /// <summary>The field's definition.</summary>
    public GraphQLField FieldDefinition => _plan.Field;

    /// <summary>The field's name in the schema.</summary>
    public string FieldName => FieldDefinition.Name;

    /// <summary>The field's return type.</summary>
    public GraphQLType ReturnType => FieldDefinition.Type;

    /// <summary>The object type the field belongs to.</summary>
    public GraphQLObjectType ParentType => _plan.ParentType;

    /// <summary>The selections of this field merged under one response key.</summary>
    public IReadOnlyList<FieldNode> FieldNodes => _plan.FieldNodes;

    /// <summary>The response position of the field.</summary>
    public ResponsePath Path => new(PathOf(_parent), _plan.ResponseKey, _plan.ParentType.Name);

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

    internal FieldPlan Plan => _plan;

    /// <summary>Makes this (finished) context the context of another field: see the remarks on reuse.</summary>
    internal void Reuse(ExecutionContext execution, FieldPlan plan, object? source, object? parent)
    {
        _execution = execution;
        _plan = plan;
        Source = source;
        _parent = parent;
    }

    /// <summary>The path of a position given as null, a path, or the context of the field at it.</summary>
    internal static ResponsePath? PathOf(object? position) => position is ResolveFieldContext field ? field.Path : (ResponsePath?)position;

    /// <summary>Reads an argument, or a fallback when it is absent or of another type.</summary>
    /// <typeparam name="T">The expected type.</typeparam>
    /// <param name="name">The argument name.</param>
    /// <param name="fallback">What to return when absent.</param>
    /// <returns>The argument value.</returns>
    public T? GetArgument<T>(string name, T? fallback = default) =>
        Arguments.TryGetValue(name, out var value) && value is T typed ? typed : fallback;
}
