using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Cooperation;

/// <summary>Which relationship statuses count, and how strong each is: planned &lt; ongoing &lt; implemented.</summary>
public static class StatusSet
{
    /// <summary>What counts unless a question asks for plans: done and under way.</summary>
    public static IReadOnlySet<RelationshipStatus> Default { get; } = new HashSet<RelationshipStatus> { RelationshipStatus.Implemented, RelationshipStatus.Ongoing };

    /// <summary>Every status, plans included.</summary>
    public static IReadOnlySet<RelationshipStatus> All { get; } = new HashSet<RelationshipStatus>(Enum.GetValues<RelationshipStatus>());

    /// <summary>How strong a status is: planned 0, ongoing 1, implemented 2.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The rank.</returns>
    public static int Strength(RelationshipStatus status) => status switch
    {
        RelationshipStatus.Planned => 0,
        RelationshipStatus.Ongoing => 1,
        _ => 2,
    };

    /// <summary>The weaker of two statuses.</summary>
    /// <param name="a">One status.</param>
    /// <param name="b">The other.</param>
    /// <returns>The weaker.</returns>
    public static RelationshipStatus Weakest(RelationshipStatus a, RelationshipStatus b) => Strength(a) <= Strength(b) ? a : b;

    /// <summary>The weakest status of some relationships.</summary>
    /// <param name="relationships">At least one relationship.</param>
    /// <returns>The weakest.</returns>
    public static RelationshipStatus Weakest(IEnumerable<GraphRelationship> relationships) =>
        relationships.Select(relationship => relationship.Status).Aggregate(RelationshipStatus.Implemented, Weakest);

    internal static int Key(IReadOnlySet<RelationshipStatus> statuses) => statuses.Aggregate(0, (key, status) => key | (1 << (int)status));
}
