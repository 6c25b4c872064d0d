using System.Globalization;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;

namespace CooperationGraph.Domain.Aggregation;

/// <summary>
/// Counts and amount statistics grouped by up to two dimensions, for dashboard charts (type × status, year × bloc,
/// city × sector). Computed over what a store returned (its export, which the cooperation model holds, and the ids its
/// filters kept), so the embedded and the Neo4j store answer through this same code. Whatever lacks a year, bloc, city,
/// region, sector or period counts under <see cref="GroupTotal.Unknown"/>, so the groups of one dimension add up to the whole;
/// one in two sectors (or regions) counts in both. Groups come largest count first, then by keys.
/// </summary>
public static class GroupCounter
{
    /// <summary>The most dimensions one aggregate groups by.</summary>
    public const int MaxDimensions = 2;

    private const string SectorType = "IN_SECTOR";

    /// <summary>Groups relationships, with the statistics of their amounts stated in <paramref name="sumUnit"/>.</summary>
    /// <param name="model">The cooperation model of the graph the relationships belong to (placements, sectors, duplicate reports).</param>
    /// <param name="relationships">The relationships to count.</param>
    /// <param name="by">One or two distinct dimensions.</param>
    /// <param name="sumUnit">The currency or unit whose amounts are summed (<c>CNY</c>).</param>
    /// <returns>The non-empty groups.</returns>
    public static IReadOnlyList<GroupTotal> Relationships(
        CooperationModel model, IEnumerable<GraphRelationship> relationships, IReadOnlyList<RelationshipDimension> by, string sumUnit)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(relationships);
        CheckDimensions(by);
        var sectors = new Lazy<ILookup<string, string>>(() => SectorsOf(model));
        var duplicates = model.PossibleDuplicateAmounts;
        var groups = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        foreach (var relationship in relationships)
        {
            var amount = relationship.Amount is { } stated && (stated.Currency ?? stated.Unit) == sumUnit ? stated.Value : (decimal?)null;
            var duplicate = amount is not null && duplicates.ContainsKey(relationship.Id);
            foreach (var keys in Combinations(by.Select(dimension => KeysOf(model, sectors, relationship, dimension)).ToArray()))
            {
                Group(groups, model, keys, by.Select(IsEntityKey).ToArray()).Add(amount, duplicate);
            }
        }

        return Totals(groups);
    }

    /// <summary>Groups entities.</summary>
    /// <param name="model">The cooperation model of the graph the entities belong to.</param>
    /// <param name="nodes">The entities to count.</param>
    /// <param name="by">One or two distinct dimensions.</param>
    /// <returns>The non-empty groups.</returns>
    public static IReadOnlyList<GroupTotal> Entities(CooperationModel model, IEnumerable<GraphNode> nodes, IReadOnlyList<EntityDimension> by)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(nodes);
        CheckDimensions(by);
        var sectors = new Lazy<ILookup<string, string>>(() => SectorsOf(model));
        var groups = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            foreach (var keys in Combinations(by.Select(dimension => KeysOf(model, sectors, node.Id, dimension)).ToArray()))
            {
                Group(groups, model, keys, by.Select(dimension => dimension is EntityDimension.City or EntityDimension.Region or EntityDimension.Sector).ToArray()).Add(null, false);
            }
        }

        return Totals(groups);
    }

    /// <summary>The enum value of a model spelling: <c>GreaterBayArea</c> and <c>greater-bay-area</c> become <c>GREATER_BAY_AREA</c>.</summary>
    /// <param name="modelValue">The value as the graph model spells it.</param>
    /// <returns>The enum value.</returns>
    public static string EnumKey(string modelValue) => EnumValueName.Of(modelValue);

    private static void CheckDimensions<T>(IReadOnlyList<T> by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (by.Count is 0 or > MaxDimensions || by.Distinct().Count() != by.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(by), $"Group by one to {MaxDimensions} distinct dimensions.");
        }
    }

    private static bool IsEntityKey(RelationshipDimension dimension) =>
        dimension is RelationshipDimension.City or RelationshipDimension.Region or RelationshipDimension.Sector or RelationshipDimension.Start or RelationshipDimension.End;

    private static IEnumerable<string> KeysOf(CooperationModel model, Lazy<ILookup<string, string>> sectors, GraphRelationship relationship, RelationshipDimension dimension) => dimension switch
    {
        RelationshipDimension.Type => [relationship.Type],
        RelationshipDimension.Status => [relationship.Status.ToString().ToUpperInvariant()],
        RelationshipDimension.Year => [relationship.Date is { } date ? date.Year.ToString(CultureInfo.InvariantCulture) : GroupTotal.Unknown],
        RelationshipDimension.AmountPeriod => [relationship.Amount is not null && relationship.Properties.GetValueOrDefault(AmountReports.Period) is string period
            ? EnumKey(period)
            : GroupTotal.Unknown],
        RelationshipDimension.Label => [model.Nodes.TryGetValue(relationship.FromId, out var start) ? start.Label : GroupTotal.Unknown],
        RelationshipDimension.Bloc => KeysOf(model, sectors, relationship.FromId, EntityDimension.Bloc),
        RelationshipDimension.City => KeysOf(model, sectors, relationship.FromId, EntityDimension.City),
        RelationshipDimension.Region => KeysOf(model, sectors, relationship.FromId, EntityDimension.Region),
        RelationshipDimension.Sector => KeysOf(model, sectors, relationship.FromId, EntityDimension.Sector),
        RelationshipDimension.Start => [relationship.FromId],
        RelationshipDimension.End => [relationship.ToId],
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
    };

    private static IEnumerable<string> KeysOf(CooperationModel model, Lazy<ILookup<string, string>> sectors, string id, EntityDimension dimension) => dimension switch
    {
        EntityDimension.Label => [model.Nodes.TryGetValue(id, out var node) ? node.Label : GroupTotal.Unknown],
        EntityDimension.Bloc => [model.PlacementOf(id).Bloc is { } bloc ? EnumKey(bloc) : GroupTotal.Unknown],
        EntityDimension.City => [model.PlacementOf(id).City?.Id ?? GroupTotal.Unknown],
        EntityDimension.Region => model.PlacementOf(id).RegionIds.Where(region => region != id).Order(StringComparer.Ordinal).DefaultIfEmpty(GroupTotal.Unknown),
        EntityDimension.Sector => sectors.Value[id].DefaultIfEmpty(GroupTotal.Unknown),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
    };

    private static ILookup<string, string> SectorsOf(CooperationModel model) => model.Snapshot.Relationships
        .Where(relationship => relationship.Type == SectorType)
        .Select(relationship => (relationship.FromId, relationship.ToId))
        .Distinct()
        .ToLookup(link => link.FromId, link => link.ToId, StringComparer.Ordinal);

    private static IEnumerable<string[]> Combinations(IEnumerable<string>[] keys) => keys.Length == 1
        ? keys[0].Select(key => new[] { key })
        : keys[0].SelectMany(first => keys[1].Select(second => new[] { first, second }));

    private static Accumulator Group(Dictionary<string, Accumulator> groups, CooperationModel model, string[] keys, bool[] entityKeys)
    {
        var joined = string.Join('\u001f', keys);
        if (!groups.TryGetValue(joined, out var group))
        {
            var names = keys.Select((key, i) => entityKeys[i] && model.Nodes.TryGetValue(key, out var node) ? node.Name : null).ToArray();
            groups[joined] = group = new Accumulator(keys, names);
        }

        return group;
    }

    private static GroupTotal[] Totals(Dictionary<string, Accumulator> groups) =>
    [
        .. groups.OrderByDescending(group => group.Value.Count).ThenBy(group => group.Key, StringComparer.Ordinal).Select(group => group.Value.Total()),
    ];

    private sealed class Accumulator(string[] keys, string?[] names)
    {
        private long _amountCount;
        private decimal? _sum;
        private decimal? _min;
        private decimal? _max;
        private decimal? _duplicates;

        public long Count { get; private set; }

        public void Add(decimal? amount, bool duplicate)
        {
            Count++;
            if (amount is not { } value)
            {
                return;
            }

            if (duplicate)
            {
                _duplicates = (_duplicates ?? 0) + value;
                return;
            }

            _amountCount++;
            _sum = (_sum ?? 0) + value;
            _min = _min is { } min && min <= value ? min : value;
            _max = _max is { } max && max >= value ? max : value;
        }

        public GroupTotal Total() => new(keys, names, Count, _amountCount, _sum, _min, _max, _duplicates);
    }
}
