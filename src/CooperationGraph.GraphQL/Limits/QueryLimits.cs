namespace CooperationGraph.GraphQL.Limits;

/// <summary>
/// Bounds on what one request may ask for, checked before execution (and, for the timeout, during it). A null bound
/// is not checked. Each violation is reported as a GraphQL error naming the limit in <c>extensions.limit</c>.
/// </summary>
public sealed record QueryLimits
{
    /// <summary>No limits at all.</summary>
    public static QueryLimits None { get; } = new();

    /// <summary>Limits suited to a public endpoint.</summary>
    public static QueryLimits Default { get; } = new()
    {
        MaxDocumentLength = 100_000,
        MaxTokens = 20_000,
        MaxDepth = 15,
        MaxFields = 2_000,
        MaxAliases = 200,
        MaxCost = 100_000,
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>The largest document, in characters (<c>maxDocumentLength</c>).</summary>
    public int? MaxDocumentLength { get; init; }

    /// <summary>The most lexical tokens the parser reads (<c>maxTokens</c>).</summary>
    public int? MaxTokens { get; init; }

    /// <summary>The deepest field nesting of the operation, fragments expanded (<c>maxDepth</c>).</summary>
    public int? MaxDepth { get; init; }

    /// <summary>The most field selections of the operation, fragments expanded (<c>maxFields</c>).</summary>
    public int? MaxFields { get; init; }

    /// <summary>The most aliased field selections of the operation (<c>maxAliases</c>).</summary>
    public int? MaxAliases { get; init; }

    /// <summary>
    /// The highest estimated cost (<c>maxCost</c>): each object of the answer costs 1 (or its type's <c>@cost</c>), each
    /// field its own <c>@cost</c> once, and a list counts the items its slicing arguments ask for, nested lists
    /// multiplying (see <see cref="Cost.CostAnnotations"/>).
    /// </summary>
    public long? MaxCost { get; init; }

    /// <summary>
    /// The list size assumed when a list field is given no slicing argument (its <c>@listSize</c> ones, else <c>first</c>,
    /// <c>last</c> or <c>limit</c>) and states neither a default for it nor an assumed size.
    /// </summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>The longest an execution may run (<c>executionTimeout</c>).</summary>
    public TimeSpan? Timeout { get; init; }
}
