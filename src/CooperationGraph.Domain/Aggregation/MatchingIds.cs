using CooperationGraph.Domain.Store;

namespace CooperationGraph.Domain.Aggregation;

/// <summary>
/// The ids of every node a store's filter keeps, read page by page: how an end condition of a relationship filter
/// (its start, its end, either) is evaluated, by the store's own filter language, before relationships are grouped.
/// </summary>
public static class MatchingIds
{
    /// <summary>Reads every page of the nodes the filter keeps.</summary>
    /// <param name="store">The store.</param>
    /// <param name="filter">The predicate on nodes.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The ids of the nodes kept.</returns>
    public static async Task<IReadOnlySet<string>> FindAsync(IGraphStore store, NodeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? after = null;
        do
        {
            var page = await store.FindNodesAsync(new NodeQuery(Filter: filter, First: NodeQuery.MaxPageSize, After: after), cancellationToken).ConfigureAwait(false);
            ids.UnionWith(page.Nodes.Select(node => node.Id));
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        return ids;
    }
}
