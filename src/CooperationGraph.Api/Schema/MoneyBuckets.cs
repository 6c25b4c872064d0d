using System.Globalization;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema;

/// <summary>
/// Relationship counts that add up: what has no year (or no bloc, see <see cref="DashboardCounts"/>) lands in an
/// <c>UNKNOWN</c> bucket instead of vanishing, and an amount that may report money another relationship reports already
/// (<see cref="AmountReports"/>) is taken out of <c>amountSum</c> and summed apart in <c>possibleDuplicateAmountSum</c>.
/// Amounts are summed as stated: a yearly amount (每年各配置1000万元) counts once, never multiplied by guessed years.
/// </summary>
internal sealed class MoneyBuckets(CooperationModel model, GraphLoaders loaders)
{
    public async Task<IReadOnlyList<CountBucket>> CorrectAsync(IReadOnlyList<AggregateBucket> buckets, AggregateQuery query, string by)
    {
        var corrected = buckets.Select(CountBucket.From).ToList();
        if (by == "YEAR")
        {
            var all = await loaders.DeferAsync((store, token) => store.AggregateAsync(query with { GroupBy = AggregateGrouping.RelationshipType }, token)).ConfigureAwait(false);
            var count = all.Sum(bucket => bucket.Count) - corrected.Sum(bucket => bucket.Count);
            var sum = (all.Sum(bucket => bucket.AmountSum) ?? 0) - (corrected.Sum(bucket => bucket.AmountSum) ?? 0);
            if (count > 0)
            {
                corrected.Add(new CountBucket(DashboardCounts.Unknown, count, sum == 0 ? null : sum));
            }
        }

        foreach (var duplicate in await DuplicatesAsync(query).ConfigureAwait(false))
        {
            var amount = duplicate.Amount!.Value;
            foreach (var key in KeysOf(duplicate, by))
            {
                var index = corrected.FindIndex(bucket => bucket.Key == key);
                if (index >= 0)
                {
                    var bucket = corrected[index];
                    corrected[index] = bucket with { AmountSum = bucket.AmountSum - amount, PossibleDuplicateAmountSum = (bucket.PossibleDuplicateAmountSum ?? 0) + amount };
                }
            }
        }

        return [.. corrected.OrderByDescending(bucket => bucket.Count).ThenBy(bucket => bucket.Key, StringComparer.Ordinal)];
    }

    /// <summary>The possible duplicate reports the query counts: of its types, in its unit, starting at an entity it keeps.</summary>
    private async Task<List<GraphRelationship>> DuplicatesAsync(AggregateQuery query)
    {
        var ids = model.PossibleDuplicateAmounts;
        var candidates = model.Snapshot.Relationships
            .Where(relationship => ids.ContainsKey(relationship.Id)
                && (query.Types is not { Count: > 0 } types || types.Contains(relationship.Type))
                && (relationship.Amount!.Currency ?? relationship.Amount.Unit) == query.SumUnit
                && (query.Label is null || (model.Nodes.TryGetValue(relationship.FromId, out var start) && start.Labels.Contains(query.Label))))
            .ToList();
        if (candidates.Count == 0 || query.Filter is null)
        {
            return candidates;
        }

        var starts = candidates.Select(relationship => (object)relationship.FromId).Distinct().ToArray();
        var kept = await loaders.DeferAsync((store, token) =>
            store.FindNodesAsync(new NodeQuery(Filter: NodeFilter.All(query.Filter, new InFilter("id", starts)), First: NodeQuery.MaxPageSize), token)).ConfigureAwait(false);
        var passing = kept.Nodes.Select(node => node.Id).ToHashSet(StringComparer.Ordinal);
        return [.. candidates.Where(relationship => passing.Contains(relationship.FromId))];
    }

    /// <summary>The buckets a relationship falls in under a grouping, as the store and <see cref="DashboardCounts"/> key them.</summary>
    private IEnumerable<string> KeysOf(GraphRelationship relationship, string by) => by switch
    {
        "TYPE" => [relationship.Type],
        "STATUS" => [relationship.Status.ToString()],
        "YEAR" => [relationship.Date is { } date ? date.Year.ToString(CultureInfo.InvariantCulture) : DashboardCounts.Unknown],
        "LABEL" => model.Nodes.TryGetValue(relationship.FromId, out var start) ? [start.Label] : [],
        "BLOC" => [model.PlacementOf(relationship.FromId).Bloc is { } bloc ? SchemaNames.EnumValue(bloc) : DashboardCounts.Unknown],
        "REGION" => model.PlacementOf(relationship.FromId).RegionIds.Where(id => id != relationship.FromId),
        "SECTOR" => model.Snapshot.Relationships.Where(link => link.FromId == relationship.FromId && link.Type == "IN_SECTOR").Select(link => link.ToId).Distinct(),
        _ => [],
    };
}
