using System.Globalization;
using CooperationGraph.Domain.Aggregation;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;
using CooperationGraph.StoreContract.Testing;
using Xunit;

namespace CooperationGraph.Domain.Tests.Aggregation;

/// <summary>
/// <see cref="GroupCounter"/> groups a million relationships without an allocation per relationship; these tests hold
/// it to a plain restatement of its contract (keys per dimension, every combination of the two dimensions' keys, the
/// statistics, largest count first, then by keys) on the real seed graph: every dimension and every ordered pair, over
/// random subsets of the relationships and nodes.
/// </summary>
public sealed class GroupCounterReferenceTests
{
    private static CooperationModel Model => RealSeedGraph.Cooperation;

    public static TheoryData<int> Seeds => [1, 2, 3];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Relationships_are_grouped_as_the_contract_says_for_every_dimension_and_pair(int seed)
    {
        var random = new Random(seed);
        var dimensions = Enum.GetValues<RelationshipDimension>();
        foreach (var first in dimensions)
        {
            foreach (RelationshipDimension[] by in dimensions.Select(second => second == first ? new[] { first } : [first, second]))
            {
                var subset = Model.Snapshot.Relationships.Where(_ => random.Next(3) > 0).ToList();
                var unit = random.Next(4) == 0 ? "USD" : "CNY";

                Assert.Equal(Describe(Reference(subset, by, unit)), Describe(GroupCounter.Relationships(Model, subset, by, unit)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Entities_are_grouped_as_the_contract_says_for_every_dimension_and_pair(int seed)
    {
        var random = new Random(seed);
        var dimensions = Enum.GetValues<EntityDimension>();
        foreach (var first in dimensions)
        {
            foreach (EntityDimension[] by in dimensions.Select(second => second == first ? new[] { first } : [first, second]))
            {
                var subset = Model.Snapshot.Nodes.Where(_ => random.Next(3) > 0).ToList();
                var expected = Reference(subset.Select(node => node.Id), by.Select(dimension => (Func<string, IEnumerable<string>>)(id => EntityKeys(id, dimension))).ToArray(),
                    by.Select(dimension => dimension is EntityDimension.City or EntityDimension.Region or EntityDimension.Sector).ToArray(), _ => (null, false));

                Assert.Equal(Describe(expected), Describe(GroupCounter.Entities(Model, subset, by)));
            }
        }
    }

    private static IEnumerable<GroupTotal> Reference(List<GraphRelationship> relationships, RelationshipDimension[] by, string unit)
    {
        var byId = relationships.ToDictionary(relationship => relationship.Id);
        return Reference(
            relationships.Select(relationship => relationship.Id),
            by.Select(dimension => (Func<string, IEnumerable<string>>)(id => RelationshipKeys(byId[id], dimension))).ToArray(),
            by.Select(dimension => dimension is RelationshipDimension.City or RelationshipDimension.Region or RelationshipDimension.Sector
                or RelationshipDimension.Start or RelationshipDimension.End).ToArray(),
            id => (byId[id].Amount is { } amount && (amount.Currency ?? amount.Unit) == unit ? amount.Value : null, Model.PossibleDuplicateAmounts.ContainsKey(id)));
    }

    /// <summary>Every combination of keys of each item; counts and amount statistics per combination.</summary>
    private static IEnumerable<GroupTotal> Reference(
        IEnumerable<string> ids, Func<string, IEnumerable<string>>[] keysOf, bool[] entityKeys, Func<string, (decimal? Amount, bool Duplicate)> amountOf)
    {
        var rows = ids.SelectMany(id => keysOf.Length == 1
            ? keysOf[0](id).Select(key => (Keys: new[] { key }, Id: id))
            : keysOf[0](id).SelectMany(a => keysOf[1](id).Select(b => (Keys: new[] { a, b }, Id: id))));
        return rows.GroupBy(row => string.Join('\u001f', row.Keys), StringComparer.Ordinal)
            .Select(group =>
            {
                var keys = group.First().Keys;
                var amounts = group.Select(row => amountOf(row.Id)).Where(entry => entry.Amount is not null).ToList();
                var summed = amounts.Where(entry => !entry.Duplicate).Select(entry => entry.Amount!.Value).ToList();
                var duplicates = amounts.Where(entry => entry.Duplicate).Select(entry => entry.Amount!.Value).ToList();
                var names = keys.Select((key, i) => entityKeys[i] && Model.Nodes.TryGetValue(key, out var node) ? node.Name : null).ToArray();
                return (Joined: group.Key, Total: new GroupTotal(keys, names, group.Count(), summed.Count,
                    summed.Count == 0 ? null : summed.Sum(), summed.Count == 0 ? null : summed.Min(), summed.Count == 0 ? null : summed.Max(),
                    duplicates.Count == 0 ? null : duplicates.Sum()));
            })
            .OrderByDescending(entry => entry.Total.Count).ThenBy(entry => entry.Joined, StringComparer.Ordinal)
            .Select(entry => entry.Total);
    }

    private static IEnumerable<string> RelationshipKeys(GraphRelationship relationship, RelationshipDimension dimension) => dimension switch
    {
        RelationshipDimension.Type => [relationship.Type],
        RelationshipDimension.Status => [relationship.Status.ToString().ToUpperInvariant()],
        RelationshipDimension.Year => [relationship.Date?.Year.ToString(CultureInfo.InvariantCulture) ?? GroupTotal.Unknown],
        RelationshipDimension.AmountPeriod => [relationship.Amount is not null && relationship.Properties.GetValueOrDefault(AmountReports.Period) is string period
            ? GroupCounter.EnumKey(period)
            : GroupTotal.Unknown],
        RelationshipDimension.Label => EntityKeys(relationship.FromId, EntityDimension.Label),
        RelationshipDimension.Bloc => EntityKeys(relationship.FromId, EntityDimension.Bloc),
        RelationshipDimension.City => [Model.PlacementOf(relationship.FromId).City?.Id ?? GroupTotal.Unknown],
        RelationshipDimension.Region => EntityKeys(relationship.FromId, EntityDimension.Region),
        RelationshipDimension.Sector => EntityKeys(relationship.FromId, EntityDimension.Sector),
        RelationshipDimension.Start => [relationship.FromId],
        _ => [relationship.ToId],
    };

    private static IEnumerable<string> EntityKeys(string id, EntityDimension dimension) => dimension switch
    {
        EntityDimension.Label => [Model.Nodes.TryGetValue(id, out var node) ? node.Label : GroupTotal.Unknown],
        EntityDimension.Bloc => [Model.PlacementOf(id).Bloc is { } bloc ? GroupCounter.EnumKey(bloc) : GroupTotal.Unknown],
        EntityDimension.City => [Model.PlacementOf(id).City?.Id is { } city && city != id ? city : GroupTotal.Unknown],
        EntityDimension.Region => Model.PlacementOf(id).RegionIds.Where(region => region != id).Order(StringComparer.Ordinal).DefaultIfEmpty(GroupTotal.Unknown),
        _ => Model.Snapshot.Relationships.Where(relationship => relationship.Type == "IN_SECTOR" && relationship.FromId == id)
            .Select(relationship => relationship.ToId).Distinct().DefaultIfEmpty(GroupTotal.Unknown),
    };

    internal static string[] Describe(IEnumerable<GroupTotal> totals) =>
    [
        .. totals.Select(total => string.Join('|', string.Join(',', total.Keys), string.Join(',', total.Names), total.Count, total.AmountCount,
            total.AmountSum, total.AmountMin, total.AmountMax, total.PossibleDuplicateAmountSum)),
    ];
}
