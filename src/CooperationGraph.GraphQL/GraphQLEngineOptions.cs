using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Limits;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.GraphQL;

/// <summary>How a <see cref="GraphQLEngine"/> runs requests.</summary>
public sealed record GraphQLEngineOptions
{
    /// <summary>The bounds checked on each request; <see cref="QueryLimits.Default"/> unless set.</summary>
    public QueryLimits Limits { get; init; } = QueryLimits.Default;

    /// <summary>Field middleware, outermost first.</summary>
    public IReadOnlyList<FieldMiddleware> Middleware { get; init; } = [];

    /// <summary>Chooses the exception reported for one a resolver threw (see <see cref="Type.ResolverExceptionFilter"/>); null reports it as thrown.</summary>
    public ResolverExceptionFilter? ResolverExceptionFilter { get; init; }

    /// <summary>The root value of every operation.</summary>
    public object? RootValue { get; init; }

    /// <summary>Resolves fields without a resolver; null reads them by name from the parent value.</summary>
    public FieldResolver? FieldResolver { get; init; }

    /// <summary>Resolves abstract types without a type resolver; null uses <c>__typename</c> then <c>IsTypeOf</c>.</summary>
    public TypeResolver? TypeResolver { get; init; }

    /// <summary>How many parsed and validated documents to keep, keyed by their text; 0 disables the cache.</summary>
    public int DocumentCacheSize { get; init; } = 1_000;

    /// <summary>
    /// Whether a response reports its cost in <c>extensions.cost</c>: <c>requested</c> (the estimate checked against
    /// <see cref="QueryLimits.MaxCost"/>), <c>actual</c> (the same weights over the lists the response holds) and
    /// <c>maximum</c> (the limit). Off by default, so responses stay exactly as the specification shows them.
    /// </summary>
    public bool ReportCost { get; init; }

    /// <summary>The clock that times executions out.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
