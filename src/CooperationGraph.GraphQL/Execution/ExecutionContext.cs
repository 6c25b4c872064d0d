using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Execution;

/// <summary>The state of one operation's execution, shared by every field of it.</summary>
internal sealed class ExecutionContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly FieldPipelines _pipelines;
    // The arguments of fields that name variables, coerced for this request: most requests have one such field (a
    // look-up by id), kept without a dictionary.
    private FieldPlan? _firstVariableField;
    private IReadOnlyDictionary<string, object?>? _firstVariableArguments;
    private Dictionary<FieldPlan, IReadOnlyDictionary<string, object?>>? _variableArguments;

    public ExecutionContext(
        ExecutionArgs args,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variableValues)
    {
        Schema = args.Schema;
        RootValue = args.RootValue;
        ContextValue = args.ContextValue;
        Operation = operation;
        Fragments = fragments;
        VariableValues = variableValues;
        FieldResolver = args.FieldResolver ?? DefaultResolvers.Field;
        TypeResolver = args.TypeResolver ?? DefaultResolvers.Type;
        ResolverExceptionFilter = args.ResolverExceptionFilter;
        // The engine's composed pipelines when they fit these arguments; otherwise this request composes its own.
        _pipelines = args.Pipelines is { } shared && ReferenceEquals(shared.Middleware, args.Middleware) && ReferenceEquals(shared.Fallback, FieldResolver)
            ? shared
            : new FieldPipelines(args.Middleware, FieldResolver);
        ResolvesLeavesByDefault = _pipelines.Middleware.Count == 0 && ReferenceEquals(FieldResolver, DefaultResolvers.Field);
        CancellationToken = args.CancellationToken;
        Checkpoint = args.Checkpoint;
        Fields = new FieldCollector(Schema, fragments, variableValues);
        Plan = OperationPlan.For(Schema, args.Document, operation);
    }

    public GraphQLSchema Schema { get; }

    public object? RootValue { get; }

    public object? ContextValue { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> VariableValues { get; }

    public FieldResolver FieldResolver { get; }

    /// <summary>Whether fields without a resolver of their own read their parent's property, with no middleware around them.</summary>
    public bool ResolvesLeavesByDefault { get; }

    public TypeResolver TypeResolver { get; }

    public ResolverExceptionFilter? ResolverExceptionFilter { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The host's <see cref="ExecutionArgs.Checkpoint"/>, or null.</summary>
    public Action? Checkpoint { get; }

    public FieldCollector Fields { get; }

    /// <summary>The operation's collected fields, shared by the executions of a cached document.</summary>
    public OperationPlan Plan { get; }

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.Count == 0 ? [] : [.. _errors];
            }
        }
    }

    public void AddError(GraphQLError error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }

    /// <summary>The arguments of a field that names variables, coerced once for this request.</summary>
    public IReadOnlyDictionary<string, object?> ArgumentsOf(FieldPlan field)
    {
        // The errors' lock: both are rarely contended, and a request needs no second lock object.
        lock (_errors)
        {
            if (ReferenceEquals(_firstVariableField, field))
            {
                return _firstVariableArguments!;
            }

            if (_variableArguments?.TryGetValue(field, out var coerced) == true)
            {
                return coerced;
            }
        }

        var arguments = field.Coerce(VariableValues);
        lock (_errors)
        {
            if (_firstVariableField is null)
            {
                _firstVariableField = field;
                _firstVariableArguments = arguments;
            }
            else if (!ReferenceEquals(_firstVariableField, field))
            {
                (_variableArguments ??= new(ReferenceEqualityComparer.Instance))[field] = arguments;
            }
        }

        return arguments;
    }

    /// <summary>The field's resolver wrapped in the middleware, composed once per field.</summary>
    public FieldResolver GetPipeline(GraphQLField field) => _pipelines.For(field);
}
