using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Execution;

/// <summary>The state of one operation's execution, shared by every field of it.</summary>
internal sealed class ExecutionContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<GraphQLField, FieldResolver> _pipelines = new(ReferenceEqualityComparer.Instance);
    private readonly IReadOnlyList<FieldMiddleware> _middleware;

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
        _middleware = args.Middleware;
        CancellationToken = args.CancellationToken;
        Fields = new FieldCollector(Schema, fragments, variableValues);
    }

    public GraphQLSchema Schema { get; }

    public object? RootValue { get; }

    public object? ContextValue { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> VariableValues { get; }

    public FieldResolver FieldResolver { get; }

    /// <summary>Whether fields without a resolver of their own read their parent's property, with no middleware around them.</summary>
    public bool ResolvesLeavesByDefault => _middleware.Count == 0 && ReferenceEquals(FieldResolver, DefaultResolvers.Field);

    public TypeResolver TypeResolver { get; }

    public CancellationToken CancellationToken { get; }

    public FieldCollector Fields { get; }

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
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

    /// <summary>The field's resolver wrapped in the middleware, composed once per field per request.</summary>
    public FieldResolver GetPipeline(GraphQLField field)
    {
        var resolver = field.Resolve ?? FieldResolver;
        if (_middleware.Count == 0)
        {
            return resolver;
        }

        lock (_pipelines)
        {
            if (_pipelines.TryGetValue(field, out var pipeline))
            {
                return pipeline;
            }

            pipeline = resolver;
            for (var i = _middleware.Count - 1; i >= 0; i--)
            {
                var middleware = _middleware[i];
                var next = pipeline;
                pipeline = context => middleware(context, next);
            }

            _pipelines[field] = pipeline;
            return pipeline;
        }
    }
}
