namespace CooperationGraph.Domain.Store;

/// <summary>
/// A predicate on nodes: a tree of <see cref="AndFilter"/>, <see cref="OrFilter"/> and <see cref="NotFilter"/> over
/// property tests and relationship tests. Leaves are two-valued: a node lacking a property fails the test (and so
/// passes its negation), as <c>coalesce(…, false)</c> does in Cypher.
/// </summary>
/// <remarks>
/// Fields: <c>id</c>, <c>name</c>, <c>nameEn</c>, or a label-specific property. Dates compare by their start
/// (<see cref="DateOnly"/> operands), amounts by their value in base units; a list property matches when any element does.
/// </remarks>
public abstract record NodeFilter
{
    private protected NodeFilter()
    {
    }

    /// <summary>All of the filters hold.</summary>
    /// <param name="filters">The operands.</param>
    /// <returns>The conjunction.</returns>
    public static NodeFilter All(params NodeFilter[] filters) => new AndFilter(filters);

    /// <summary>Any of the filters holds.</summary>
    /// <param name="filters">The operands.</param>
    /// <returns>The disjunction.</returns>
    public static NodeFilter Any(params NodeFilter[] filters) => new OrFilter(filters);

    /// <summary>The field equals the value.</summary>
    /// <param name="field">The field name.</param>
    /// <param name="value">A string, number, bool or <see cref="DateOnly"/>.</param>
    /// <returns>The comparison.</returns>
    public static NodeFilter Eq(string field, object value) => new ComparisonFilter(field, ComparisonOperator.Equal, value);
}
