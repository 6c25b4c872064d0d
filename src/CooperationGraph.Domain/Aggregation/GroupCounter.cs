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
public static partial class GroupCounter
{
    /// <summary>The most dimensions one aggregate groups by.</summary>
    public const int MaxDimensions = 2;

    private static readonly string?[] NoSecondKey = [null];

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
        var keys = new GroupKeys(model, by.Select(IsEntityKey).ToArray());
        var duplicates = model.PossibleDuplicateAmounts;
        foreach (var relationship in relationships)
        {
            var amount = relationship.Amount is { } stated && (stated.Currency ?? stated.Unit) == sumUnit ? stated.Value : (decimal?)null;
            var duplicate = amount is not null && duplicates.ContainsKey(relationship.Id);
            if (by.Count == 1 && keys.Single(relationship, by[0]) is { } key)
            {
                // One key, no enumerator and no array per relationship: the path of TYPE, STATUS, YEAR … over a million.
                keys.Group(key, null).Add(amount, duplicate);
                continue;
            }

            var first = keys.Of(relationship, by[0]);
            IEnumerable<string?> seconds = by.Count == 1 ? NoSecondKey : (IEnumerable<string?>)keys.Of(relationship, by[1]);
            foreach (var second in seconds)
            {
                foreach (var one in first)
                {
                    keys.Group(one, second).Add(amount, duplicate);
                }
            }
        }

        return keys.Totals();
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
        var keys = new GroupKeys(model, by.Select(dimension => dimension is EntityDimension.City or EntityDimension.Region or EntityDimension.Sector).ToArray());
        foreach (var node in nodes)
        {
            var first = keys.Of(node.Id, by[0]);
            IEnumerable<string?> seconds = by.Count == 1 ? NoSecondKey : (IEnumerable<string?>)keys.Of(node.Id, by[1]);
            foreach (var second in seconds)
            {
                foreach (var one in first)
                {
                    keys.Group(one, second).Add(null, false);
                }
            }
        }

        return keys.Totals();
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
}
