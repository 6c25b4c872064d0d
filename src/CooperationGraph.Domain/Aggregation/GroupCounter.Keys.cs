using System.Globalization;
using System.Runtime.CompilerServices;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Aggregation;

public static partial class GroupCounter
{
    private const string SectorType = "IN_SECTOR";

    // The sectors of every entity, read from all relationships once per graph version rather than once per aggregate.
    private static readonly ConditionalWeakTable<CooperationModel, ILookup<string, string>> s_sectors = [];

    private static ILookup<string, string> SectorsOf(CooperationModel model) => s_sectors.GetValue(model, static model => model.Snapshot.Relationships
        .Where(relationship => relationship.Type == SectorType)
        .Select(relationship => (relationship.FromId, relationship.ToId))
        .Distinct()
        .ToLookup(link => link.FromId, link => link.ToId, StringComparer.Ordinal));

    /// <summary>
    /// The keys of one aggregate and its groups. Keys that are computed text (a status, a year, a bloc, a period) are
    /// made once per distinct value, not once per relationship, so grouping a million relationships allocates per group.
    /// </summary>
    private sealed class GroupKeys(CooperationModel model, bool[] entityKeys)
    {
        private readonly Dictionary<(string First, string? Second), Accumulator> _groups = [];
        private readonly Dictionary<RelationshipStatus, string> _statuses = [];
        private readonly Dictionary<int, string> _years = [];
        private readonly Dictionary<string, string> _enumKeys = new(StringComparer.Ordinal);

        /// <summary>The one key of a relationship under a dimension that has one; null for those with several (region, sector).</summary>
        public string? Single(GraphRelationship relationship, RelationshipDimension dimension) => dimension switch
        {
            RelationshipDimension.Type => relationship.Type,
            RelationshipDimension.Status => Cached(_statuses, relationship.Status, static status => status.ToString().ToUpperInvariant()),
            RelationshipDimension.Year => relationship.Date is { } date
                ? Cached(_years, date.Year, static year => year.ToString(CultureInfo.InvariantCulture))
                : GroupTotal.Unknown,
            RelationshipDimension.AmountPeriod => relationship.Amount is not null && relationship.Properties.GetValueOrDefault(AmountReports.Period) is string period
                ? Cached(_enumKeys, period, EnumKey)
                : GroupTotal.Unknown,
            RelationshipDimension.Label => Single(relationship.FromId, EntityDimension.Label),
            RelationshipDimension.Bloc => Single(relationship.FromId, EntityDimension.Bloc),
            RelationshipDimension.City => Single(relationship.FromId, EntityDimension.City),
            RelationshipDimension.Start => relationship.FromId,
            RelationshipDimension.End => relationship.ToId,
            RelationshipDimension.Region or RelationshipDimension.Sector => null,
            _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
        };

        public IEnumerable<string> Of(GraphRelationship relationship, RelationshipDimension dimension) => dimension switch
        {
            RelationshipDimension.Region => Of(relationship.FromId, EntityDimension.Region),
            RelationshipDimension.Sector => Of(relationship.FromId, EntityDimension.Sector),
            _ => [Single(relationship, dimension)!],
        };

        public IEnumerable<string> Of(string id, EntityDimension dimension) => dimension switch
        {
            EntityDimension.Region => model.PlacementOf(id).RegionIds.Where(region => region != id).Order(StringComparer.Ordinal).DefaultIfEmpty(GroupTotal.Unknown),
            // A city is not an entity in itself (as with REGION, and as `where: { region }` reads it): Guigang, which no
            // letter names a body of, has no bucket. A relationship's start city keeps the city itself (Single).
            EntityDimension.City => [model.PlacementOf(id).City is { } city && city.Id != id ? city.Id : GroupTotal.Unknown],
            EntityDimension.Sector => SectorsOf(model)[id].DefaultIfEmpty(GroupTotal.Unknown),
            _ => [Single(id, dimension)],
        };

        public Accumulator Group(string first, string? second)
        {
            if (!_groups.TryGetValue((first, second), out var group))
            {
                string[] keys = second is null ? [first] : [first, second];
                var names = keys.Select((key, i) => entityKeys[i] && model.Nodes.TryGetValue(key, out var node) ? node.Name : null).ToArray();
                _groups[(first, second)] = group = new Accumulator(keys, names);
            }

            return group;
        }

        /// <summary>The groups, largest count first, then by their keys joined.</summary>
        public GroupTotal[] Totals() =>
        [
            .. _groups.Values
                .Select(group => (Joined: string.Join('\u001f', group.Keys), Group: group))
                .OrderByDescending(entry => entry.Group.Count)
                .ThenBy(entry => entry.Joined, StringComparer.Ordinal)
                .Select(entry => entry.Group.Total()),
        ];

        private string Single(string id, EntityDimension dimension) => dimension switch
        {
            EntityDimension.Label => model.Nodes.TryGetValue(id, out var node) ? node.Label : GroupTotal.Unknown,
            EntityDimension.Bloc => model.PlacementOf(id).Bloc is { } bloc ? Cached(_enumKeys, bloc, EnumKey) : GroupTotal.Unknown,
            EntityDimension.City => model.PlacementOf(id).City?.Id ?? GroupTotal.Unknown,
            _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
        };

        private static string Cached<TKey>(Dictionary<TKey, string> cache, TKey value, Func<TKey, string> make)
            where TKey : notnull
        {
            if (!cache.TryGetValue(value, out var key))
            {
                cache[value] = key = make(value);
            }

            return key;
        }
    }

    private sealed class Accumulator(string[] keys, string?[] names)
    {
        public string[] Keys => keys;

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
