namespace CooperationGraph.Domain.Graph;

/// <summary>
/// Relationships in ordinal id order: the order the root <c>relationships</c> connection pages in and the cooperation
/// model indexes ends in. A store's export is usually in that order already; re-sorting a million relationships by
/// their string ids costs seconds, checking the order costs a pass.
/// </summary>
public static class RelationshipIdOrder
{
    /// <summary>The relationships in id order: the list itself when it is (ids strictly ascending), else a sorted copy.</summary>
    /// <param name="relationships">The relationships, in any order.</param>
    /// <returns>The same relationships, ordered by id (ties, which ids should not have, in their given order).</returns>
    public static IReadOnlyList<GraphRelationship> Of(IReadOnlyList<GraphRelationship> relationships)
    {
        ArgumentNullException.ThrowIfNull(relationships);
        for (var i = 1; i < relationships.Count; i++)
        {
            if (string.CompareOrdinal(relationships[i - 1].Id, relationships[i].Id) >= 0)
            {
                return [.. relationships.OrderBy(relationship => relationship.Id, StringComparer.Ordinal)];
            }
        }

        return relationships;
    }
}
