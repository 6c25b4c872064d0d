using System.Collections.Concurrent;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL.Execution;

/// <summary>
/// Each field's resolver wrapped in the middleware, composed once and then only read: an engine keeps one for all its
/// requests (its middleware never changes), so no request composes a pipeline or takes a lock to find one.
/// </summary>
internal sealed class FieldPipelines(IReadOnlyList<FieldMiddleware> middleware, FieldResolver fallback)
{
    private readonly ConcurrentDictionary<GraphQLField, FieldResolver> _pipelines = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<FieldMiddleware> Middleware => middleware;

    public FieldResolver Fallback => fallback;

    public FieldResolver For(GraphQLField field)
    {
        var resolver = field.Resolve ?? fallback;
        if (middleware.Count == 0)
        {
            return resolver;
        }

        return _pipelines.TryGetValue(field, out var pipeline) ? pipeline : _pipelines.GetOrAdd(field, Compose(resolver));
    }

    private FieldResolver Compose(FieldResolver resolver)
    {
        var pipeline = resolver;
        for (var i = middleware.Count - 1; i >= 0; i--)
        {
            var outer = middleware[i];
            var next = pipeline;
            pipeline = context => outer(context, next);
        }

        return pipeline;
    }
}
