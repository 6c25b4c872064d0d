namespace CooperationGraph.Domain.Store;

/// <summary>A filtered, sorted, paged node query.</summary>
/// <param name="Label">A label the nodes carry, concrete or abstract (a node matches its ancestors); null for all.</param>
/// <param name="Filter">The predicate; null for all.</param>
/// <param name="OrderBy">The sort keys; empty sorts by id.</param>
/// <param name="First">The page size (0 to <see cref="MaxPageSize"/>; 0 returns only the total count).</param>
/// <param name="After">The <see cref="NodePage.EndCursor"/> of the previous page; null for the first page.</param>
public sealed record NodeQuery(
    string? Label = null,
    NodeFilter? Filter = null,
    IReadOnlyList<NodeSortField>? OrderBy = null,
    int First = 50,
    string? After = null)
{
    /// <summary>The largest allowed page size.</summary>
    public const int MaxPageSize = 1000;
}
