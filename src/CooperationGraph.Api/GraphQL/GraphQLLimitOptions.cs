using CooperationGraph.GraphQL.Limits;

namespace CooperationGraph.Api.GraphQL;

/// <summary>
/// The GraphQL engine's bounds on one operation, bound from the same <c>Limits</c> section as the host's body
/// size and request timeout. The defaults are <see cref="QueryLimits.Default"/>'s.
/// </summary>
internal sealed class GraphQLLimitOptions
{
    public const string Section = "Limits";

    public int MaxDocumentLength { get; set; } = 100_000;

    public int MaxTokens { get; set; } = 20_000;

    public int MaxDepth { get; set; } = 15;

    public int MaxFields { get; set; } = 2_000;

    public int MaxAliases { get; set; } = 200;

    public long MaxCost { get; set; } = 100_000;

    /// <summary>
    /// How long one query or mutation may execute before it is answered with an <c>executionTimeout</c> error.
    /// Shorter than <c>Limits:RequestTimeout</c> by default, so a slow operation gets a GraphQL error, not a 504.
    /// </summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>
    /// How many answers to introspection-only queries are kept (least recently used dropped first); 0 turns the cache
    /// off. The schema never changes while the service runs, so GraphiQL's and code generators' repeated
    /// introspection query is answered from memory instead of executed again.
    /// </summary>
    public int MaxCachedIntrospectionResponses { get; set; } = IntrospectionResponseCache.DefaultCapacity;

    /// <summary>How long a subscription's event stream may stay silent before a keep-alive comment is sent.</summary>
    public TimeSpan SseKeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    public QueryLimits ToQueryLimits() => QueryLimits.Default with
    {
        MaxDocumentLength = MaxDocumentLength,
        MaxTokens = MaxTokens,
        MaxDepth = MaxDepth,
        MaxFields = MaxFields,
        MaxAliases = MaxAliases,
        MaxCost = MaxCost,
        Timeout = ExecutionTimeout,
    };
}
