using CooperationGraph.Api.DataLoading;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema;

/// <summary>
/// Counts grouped by region, bloc or sector, which the store's aggregates do not group by: each group is one store
/// aggregate restricted to the entities of the group (placed in the region or the bloc by the cooperation model, in the
/// sector), all sent in the same dispatch round. For relationships the group is their start entity's. An entity counts
/// in its region and every region above it; by bloc, the key is the bloc's enum value (<c>GUANGXI</c>) and what the
/// model places in no bloc counts under <c>UNKNOWN</c>; groups with nothing in them are left out.
/// </summary>
internal sealed class DashboardCounts(CooperationModel cooperation, GraphLoaders loaders)
{
    /// <summary>The key of the group of what has no place (or no year).</summary>
    public const string Unknown = "UNKNOWN";

    public async Task<IReadOnlyList<AggregateBucket>> ByRegionAsync(AggregateQuery query) =>
        await CountAsync(query, [.. cooperation.Nodes.Values
            .Where(CooperationVocabulary.IsRegion)
            .OrderBy(region => region.Id, StringComparer.Ordinal)
            .Select(region => (region.Id, (NodeFilter)new InFilter("id", [.. cooperation.IdsInRegion(region.Id)])))]).ConfigureAwait(false);

    public async Task<IReadOnlyList<AggregateBucket>> BySectorAsync(AggregateQuery query) =>
        await CountAsync(query, await GroupsAsync("Sector", "IN_SECTOR").ConfigureAwait(false)).ConfigureAwait(false);

    public async Task<IReadOnlyList<AggregateBucket>> ByBlocAsync(AggregateQuery query)
    {
        var placed = cooperation.Nodes.Values.Where(node => cooperation.PlacementOf(node.Id).Bloc is not null).Select(node => (object)node.Id).ToArray();
        var groups = cooperation.Nodes.Values
            .Select(node => cooperation.PlacementOf(node.Id).Bloc)
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(bloc => (SchemaNames.EnumValue(bloc), (NodeFilter)new InFilter("id", [.. cooperation.IdsInBloc(bloc)])))
            .Append((Unknown, new NotFilter(new InFilter("id", placed))))
            .ToArray();
        return await CountAsync(query, groups).ConfigureAwait(false);
    }

    private async Task<(string Key, NodeFilter Filter)[]> GroupsAsync(string label, string relationshipType)
    {
        var groups = new List<(string, NodeFilter)>();
        string? after = null;
        do
        {
            var page = await loaders.DeferAsync((store, token) =>
                store.FindNodesAsync(new NodeQuery(label, First: NodeQuery.MaxPageSize, After: after), token)).ConfigureAwait(false);
            groups.AddRange(page.Nodes.Select(node => (node.Id, (NodeFilter)new RelatedFilter(relationshipType, node.Id))));
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        return [.. groups];
    }

    private async Task<IReadOnlyList<AggregateBucket>> CountAsync(AggregateQuery query, IReadOnlyList<(string Key, NodeFilter Filter)> groups)
    {
        // Any grouping the store offers for the target will do: its buckets are summed back into one.
        var grouping = query.Target == AggregateTarget.Nodes ? AggregateGrouping.Label : AggregateGrouping.RelationshipType;
        var counts = await Task.WhenAll(groups.Select(group =>
        {
            var filter = query.Filter is null ? group.Filter : NodeFilter.All(query.Filter, group.Filter);
            var restricted = query with { GroupBy = grouping, Property = null, Filter = filter };
            return loaders.DeferAsync((store, token) => store.AggregateAsync(restricted, token));
        })).ConfigureAwait(false);
        return groups.Zip(counts, (group, buckets) => new AggregateBucket(
                group.Key,
                buckets.Sum(bucket => bucket.Count),
                buckets.Any(bucket => bucket.AmountSum is not null) ? buckets.Sum(bucket => bucket.AmountSum ?? 0) : null))
            .Where(bucket => bucket.Count > 0)
            .OrderByDescending(bucket => bucket.Count)
            .ThenBy(bucket => bucket.Key, StringComparer.Ordinal)
            .ToArray();
    }
}
